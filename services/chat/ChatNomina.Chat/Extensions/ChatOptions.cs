using System.ComponentModel.DataAnnotations;

namespace ChatNomina.Chat.Extensions;

/// <summary>The chat pipeline's settings (section <c>Chat</c>).</summary>
public sealed class ChatOptions
{
    public const string SectionName = "Chat";

    /// <summary>Longest message accepted, in characters after trimming (spec: 1,000).</summary>
    [Range(1, 10_000)] public int MaxMessageLength { get; set; } = 1000;

    /// <summary>Below this intent probability the assistant asks a clarifying question.</summary>
    [Range(0.0, 1.0)] public double ConfidenceThreshold { get; set; } = 0.45;

    /// <summary>How long a conversation's context lives in Redis after its last message.</summary>
    public TimeSpan ContextTtl { get; set; } = TimeSpan.FromMinutes(30);

    [Required] public RateLimitSettings RateLimit { get; set; } = new();
    [Required] public BackpressureSettings Backpressure { get; set; } = new();
    [Required] public InferenceSettings Inference { get; set; } = new();
    [Required] public DataSettings Data { get; set; } = new();
    [Required] public StreamSettings Stream { get; set; } = new();
}

/// <summary>Per-user sliding window over all of a user's chat messages (kept in Redis, so it
/// holds across chat replicas).</summary>
public sealed class RateLimitSettings
{
    [Range(1, 1_000_000)] public int PermitLimit { get; set; } = 30;
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}

/// <summary>Bound on messages being answered at once by one chat process.</summary>
public sealed class BackpressureSettings
{
    [Range(1, 100_000)] public int MaxInFlight { get; set; } = 64;
    /// <summary>Messages that may wait for a free slot; past it the answer is 503 at once.</summary>
    [Range(0, 100_000)] public int MaxQueued { get; set; } = 256;
    /// <summary>How long a message may wait for a slot before 503.</summary>
    public TimeSpan QueueTimeout { get; set; } = TimeSpan.FromSeconds(2);
    /// <summary>The Retry-After sent with 503 and 429 answers when nothing better is known.</summary>
    public TimeSpan RetryAfter { get; set; } = TimeSpan.FromSeconds(1);
}

/// <summary>The inference worker's jobs over RabbitMQ.</summary>
public sealed class InferenceSettings
{
    /// <summary>Intent and entity jobs (sent together): time to wait for both.</summary>
    public TimeSpan UnderstandTimeout { get; set; } = TimeSpan.FromSeconds(2);
    public TimeSpan GenerateTimeout { get; set; } = TimeSpan.FromSeconds(2);
    /// <summary>How long a generated text is reused for the same request (zero: never).</summary>
    public TimeSpan GenerationCacheTtl { get; set; } = TimeSpan.FromMinutes(10);
    [Required] public string ClassifyIntentQueue { get; set; } = "classify-intent";
    [Required] public string ExtractEntitiesQueue { get; set; } = "extract-entities";
    [Required] public string GenerateAnswerQueue { get; set; } = "generate-answer";
    /// <summary>Share of failed calls in the sampling window that opens the circuit.</summary>
    [Range(0.01, 1.0)] public double BreakerFailureRatio { get; set; } = 0.5;
    [Range(2, 10_000)] public int BreakerMinimumThroughput { get; set; } = 4;
    /// <summary>
    /// The window the failure ratio is measured over. Short (5 s), so successes from before an
    /// outage stop diluting it within seconds: with the 2 s timeouts the circuit opens about
    /// 3–5 s after the workers stop answering (it was 13–14 s with a 20 s window).
    /// </summary>
    public TimeSpan BreakerSamplingDuration { get; set; } = TimeSpan.FromSeconds(5);
    public TimeSpan BreakerBreakDuration { get; set; } = TimeSpan.FromSeconds(5);
}

/// <summary>Where the data services are (called with the user's own token).</summary>
public sealed class DataSettings
{
    [Required, Url] public string PayrollUrl { get; set; } = "http://localhost:8083";
    [Required, Url] public string UsersUrl { get; set; } = "http://localhost:8082";
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(3);
}

/// <summary>WebSocket streaming.</summary>
public sealed class StreamSettings
{
    /// <summary>Ping interval: must stay well under the gateway's idle timeout for WebSockets.</summary>
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(20);
    /// <summary>Largest client frame accepted, in bytes.</summary>
    [Range(1024, 1_048_576)] public int MaxFrameBytes { get; set; } = 16 * 1024;
}
