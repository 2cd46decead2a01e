using System.Diagnostics.Metrics;
using ChatNomina.ServiceDefaults.Telemetry;

namespace ChatNomina.Chat.Telemetry;

/// <summary>The chat's metrics (Prometheus names in the comments), on the shared ChatNomina meter.</summary>
public sealed class ChatMetrics
{
    public const string IntentConfidence = ChatNominaMetrics.Prefix + "intent_confidence";
    public const string AnswerDuration = ChatNominaMetrics.Prefix + "chat_answer_duration";
    public const string StageDuration = ChatNominaMetrics.Prefix + "chat_stage_duration";

    /// <summary>Confidence buckets: fine near the clarification threshold and near certainty.</summary>
    public static readonly double[] ConfidenceBuckets = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.99, 1.0];

    private readonly Counter<long> _messages;
    private readonly Counter<long> _fallbacks;
    private readonly Histogram<double> _confidence;
    private readonly Counter<long> _feedback;
    private readonly Counter<long> _rejections;
    private readonly Counter<long> _circuit;
    private readonly Counter<long> _replays;
    private readonly Histogram<double> _duration;
    private readonly Histogram<double> _stage;

    public ChatMetrics(ChatNominaMetrics shared)
    {
        var meter = shared.Meter;
        // chatnomina_chat_messages_total{intent,lang}
        _messages = meter.CreateCounter<long>(ChatNominaMetrics.Prefix + "chat_messages", description: "Chat messages answered, by intent and language.");
        // chatnomina_chat_fallbacks_total{reason}
        _fallbacks = meter.CreateCounter<long>(ChatNominaMetrics.Prefix + "chat_fallbacks", description: "Answers that fell back (template, clarification or degraded), by reason.");
        // chatnomina_intent_confidence (histogram)
        _confidence = meter.CreateHistogram<double>(IntentConfidence, description: "Probability of the predicted intent.");
        // chatnomina_chat_feedback_total{rating}
        _feedback = meter.CreateCounter<long>(ChatNominaMetrics.Prefix + "chat_feedback", description: "Feedback on answers, by rating.");
        // chatnomina_chat_rejections_total{reason} (rate_limited, overloaded, client_message_id_reused)
        _rejections = meter.CreateCounter<long>(ChatNominaMetrics.Prefix + "chat_rejections", description: "Messages refused before processing: rate limited (429) or overloaded (503).");
        // chatnomina_circuit_breaker_state_changes_total{circuit,state}
        _circuit = meter.CreateCounter<long>(ChatNominaMetrics.Prefix + "circuit_breaker_state_changes", description: "Circuit breaker transitions.");
        // chatnomina_chat_replays_total: retries (same client message id) answered with the stored answer
        _replays = meter.CreateCounter<long>(ChatNominaMetrics.Prefix + "chat_replays", description: "Retried messages (same client message id) answered with the answer already stored.");
        // chatnomina_chat_answer_duration_seconds{intent}
        _duration = meter.CreateHistogram<double>(AnswerDuration, unit: "s", description: "Time to answer a chat message, validation to stored answer.");
        // chatnomina_chat_stage_duration_seconds{stage} (understand, data, generate, store)
        _stage = meter.CreateHistogram<double>(StageDuration, unit: "s", description: "Time spent in each pipeline stage.");
    }

    public void Answered(string intent, string lang, double? confidence, string? fallback, double seconds)
    {
        _messages.Add(1, new KeyValuePair<string, object?>("intent", intent), new KeyValuePair<string, object?>("lang", lang));
        if (confidence is { } c)
        {
            _confidence.Record(c);
        }
        if (fallback is not null)
        {
            _fallbacks.Add(1, new KeyValuePair<string, object?>("reason", fallback));
        }
        _duration.Record(seconds, new KeyValuePair<string, object?>("intent", intent));
    }

    public void Stage(string stage, double seconds) => _stage.Record(seconds, new KeyValuePair<string, object?>("stage", stage));

    public void Feedback(string rating) => _feedback.Add(1, new KeyValuePair<string, object?>("rating", rating));

    public void Rejected(string reason) => _rejections.Add(1, new KeyValuePair<string, object?>("reason", reason));

    public void Replayed() => _replays.Add(1);

    public void CircuitStateChanged(string circuit, string state) =>
        _circuit.Add(1, new KeyValuePair<string, object?>("circuit", circuit), new KeyValuePair<string, object?>("state", state));
}
