using System.ComponentModel.DataAnnotations;

namespace ChatNomina.InferenceWorker.Infrastructure;

/// <summary>Batch consumer limits (configuration section "Inference:Batching"), the same for the
/// three queues. A batch is delivered when it holds <see cref="MessageLimit"/> messages or
/// <see cref="TimeLimitMs"/> after its first message, whichever comes first.</summary>
public sealed class BatchingOptions
{
    public const string SectionName = "Inference:Batching";

    /// <summary>Most messages per model call.</summary>
    [Range(1, 256)]
    public int MessageLimit { get; set; } = 16;

    /// <summary>Longest wait (milliseconds) for a batch to fill after its first message.</summary>
    [Range(1, 10_000)]
    public int TimeLimitMs { get; set; } = 5;

    /// <summary>Batches of one queue run at once in this process.</summary>
    [Range(1, 64)]
    public int ConcurrencyLimit { get; set; } = 1;

    /// <summary>RabbitMQ prefetch of each queue; raised to at least MessageLimit × ConcurrencyLimit so
    /// that a batch can fill (0 = exactly that).</summary>
    [Range(0, 10_000)]
    public int PrefetchCount { get; set; }

    public int EffectivePrefetch => Math.Max(PrefetchCount, MessageLimit * ConcurrencyLimit);
}
