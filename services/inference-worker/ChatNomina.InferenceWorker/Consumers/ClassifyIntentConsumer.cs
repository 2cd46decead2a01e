using System.Diagnostics;
using ChatNomina.Contracts.Inference;
using ChatNomina.InferenceWorker.Infrastructure;
using MassTransit;

namespace ChatNomina.InferenceWorker.Consumers;

/// <summary>Classifies a batch of messages with one model call and answers every request.</summary>
public sealed class ClassifyIntentConsumer(InferenceModels models, InferenceMetrics metrics) : IConsumer<Batch<ClassifyIntent>>
{
    public async Task Consume(ConsumeContext<Batch<ClassifyIntent>> context)
    {
        var batch = context.Message;
        var t5 = models.Engine.T5;
        var texts = batch.Select(c => c.Message.Text).ToArray();
        var start = Stopwatch.GetTimestamp();
        var predictions = models.Engine.ClassifyIntent(texts);
        metrics.Record(t5.Folder.Id, "intent", texts.Length, Stopwatch.GetElapsedTime(start).TotalSeconds);

        await Task.WhenAll(batch.Select((c, i) => c.RespondAsync(new IntentClassified(
            c.Message.MessageId, predictions[i].Intent, predictions[i].Confidence,
            predictions[i].Probabilities, t5.Folder.Id, t5.Folder.Version))));
    }
}
