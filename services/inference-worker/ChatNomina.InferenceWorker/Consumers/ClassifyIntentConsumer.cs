using System.Diagnostics;
using ChatNomina.Contracts.Inference;
using ChatNomina.InferenceWorker.Infrastructure;
using MassTransit;

namespace ChatNomina.InferenceWorker.Consumers;

/// <summary>Classifies a batch of messages with one model call and answers every request.</summary>
public sealed class ClassifyIntentConsumer(InferenceModels models, InferenceMetrics metrics, ReplySender replies) : IConsumer<Batch<ClassifyIntent>>
{
    public async Task Consume(ConsumeContext<Batch<ClassifyIntent>> context)
    {
        var batch = context.Message;
        var engine = models.Engine;
        var texts = batch.Select(c => c.Message.Text).ToArray();
        var start = Stopwatch.GetTimestamp();
        var predictions = engine.ClassifyIntent(texts);
        metrics.Record(engine.IntentModelId, "intent", texts.Length, Stopwatch.GetElapsedTime(start).TotalSeconds);

        await Task.WhenAll(batch.Select((c, i) => replies.ReplyAsync(c, new IntentClassified(
            c.Message.MessageId, predictions[i].Intent, predictions[i].Confidence,
            predictions[i].Probabilities, engine.IntentModelId, engine.IntentModelVersion), "intent")));
    }
}
