using System.Diagnostics;
using System.Globalization;
using ChatNomina.Contracts.Inference;
using ChatNomina.Inference;
using ChatNomina.InferenceWorker.Infrastructure;
using MassTransit;

namespace ChatNomina.InferenceWorker.Consumers;

/// <summary>Extracts the entities of a batch of messages with one model call; relative periods are
/// normalized against each message's own date (its time in the sender's offset).</summary>
public sealed class ExtractEntitiesConsumer(InferenceModels models, InferenceMetrics metrics, ReplySender replies) : IConsumer<Batch<ExtractEntities>>
{
    public async Task Consume(ConsumeContext<Batch<ExtractEntities>> context)
    {
        var batch = context.Message;
        var ner = models.Engine.Ner;
        var texts = batch.Select(c => c.Message.Text).ToArray();
        var nows = batch.Select(c => DateOnly.FromDateTime(c.Message.MessageTime.DateTime)).ToArray();
        var start = Stopwatch.GetTimestamp();
        var entities = models.Engine.ExtractEntities(texts, nows);
        metrics.Record(ner.Folder.Id, "entities", texts.Length, Stopwatch.GetElapsedTime(start).TotalSeconds);

        await Task.WhenAll(batch.Select((c, i) => replies.ReplyAsync(c, new EntitiesExtracted(
            c.Message.MessageId, entities[i].Select(ToContract).ToArray(), ner.Folder.Id, ner.Folder.Version), "entities")));
    }

    public static ExtractedEntity ToContract(Entity e) => new(
        e.Type, e.Text, e.Start, e.End,
        e.Value switch
        {
            null => null,
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            var v => v.ToString(),
        },
        e.Value as int?);
}
