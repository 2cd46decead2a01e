using System.Diagnostics.Metrics;
using ChatNomina.ServiceDefaults.Telemetry;

namespace ChatNomina.InferenceWorker.Infrastructure;

/// <summary>Worker metrics on the shared "ChatNomina" meter:
/// <c>chatnomina_model_duration_seconds{model,task}</c> (one model call for a whole batch) and
/// <c>chatnomina_inference_batch_size{model,task}</c> (messages per call) and
/// <c>chatnomina_inference_replies_dropped_total{task}</c> (answers whose caller was gone, <see cref="ReplySender"/>).</summary>
public sealed class InferenceMetrics
{
    public const string ModelDuration = ChatNominaMetrics.Prefix + "model_duration";
    public const string BatchSize = ChatNominaMetrics.Prefix + "inference_batch_size";
    public const string RepliesDropped = ChatNominaMetrics.Prefix + "inference_replies_dropped";

    public static readonly double[] BatchSizeBuckets = [1, 2, 4, 8, 16, 32, 64, 128, 256];

    private readonly Histogram<double> _duration;
    private readonly Histogram<int> _batchSize;
    private readonly Counter<long> _dropped;

    public InferenceMetrics(ChatNominaMetrics metrics)
    {
        _duration = metrics.Meter.CreateHistogram<double>(ModelDuration, unit: "s",
            description: "Duration of one model call (a whole batch), by model and task.");
        _batchSize = metrics.Meter.CreateHistogram<int>(BatchSize,
            description: "Messages per model call, by model and task.");
        _dropped = metrics.Meter.CreateCounter<long>(RepliesDropped,
            description: "Answers not delivered because the caller's reply address was gone or unreachable, by task.");
    }

    public void ReplyDropped(string task) => _dropped.Add(1, new KeyValuePair<string, object?>("task", task));

    public void Record(string model, string task, int batchSize, double seconds)
    {
        var m = new KeyValuePair<string, object?>("model", model);
        var t = new KeyValuePair<string, object?>("task", task);
        _duration.Record(seconds, m, t);
        _batchSize.Record(batchSize, m, t);
    }
}
