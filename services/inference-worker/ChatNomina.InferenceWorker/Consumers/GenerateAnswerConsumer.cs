using System.Diagnostics;
using System.Text;
using ChatNomina.Contracts.Inference;
using ChatNomina.InferenceWorker.Infrastructure;
using MassTransit;

namespace ChatNomina.InferenceWorker.Consumers;

/// <summary>Generates the answer templates of a batch with one greedy decoding run (KV cache).</summary>
public sealed class GenerateAnswerConsumer(InferenceModels models, InferenceMetrics metrics, ReplySender replies) : IConsumer<Batch<GenerateAnswer>>
{
    public async Task Consume(ConsumeContext<Batch<GenerateAnswer>> context)
    {
        var batch = context.Message;
        var t5 = models.Engine.T5;
        var inputs = batch.Select(c => ModelInput(c.Message)).ToArray();
        var start = Stopwatch.GetTimestamp();
        var results = models.Engine.Generate(inputs);
        metrics.Record(t5.Folder.Id, "generate", inputs.Length, Stopwatch.GetElapsedTime(start).TotalSeconds);

        await Task.WhenAll(batch.Select((c, i) => replies.ReplyAsync(c, new AnswerGenerated(
            c.Message.MessageId, results[i].Text, t5.Folder.Id, t5.Folder.Version), "generate")));
    }

    /// <summary>The model's input, exactly as the training corpus writes it (models/corpus/answers.py):
    /// <c>generate: intent=I lang=L fields=a,b[ trend=…][ tense=…][ status=…]</c>.</summary>
    public static string ModelInput(GenerateAnswer m)
    {
        var s = new StringBuilder($"generate: intent={m.Intent} lang={m.Language} fields={string.Join(',', m.Fields)}");
        if (m.Trend is not null) s.Append(" trend=").Append(m.Trend);
        if (m.Tense is not null) s.Append(" tense=").Append(m.Tense);
        if (m.Status is not null) s.Append(" status=").Append(m.Status);
        return s.ToString();
    }
}
