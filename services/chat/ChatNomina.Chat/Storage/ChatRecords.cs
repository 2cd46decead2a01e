namespace ChatNomina.Chat.Storage;

/// <summary>A conversation belongs to exactly one employee; nobody else can read or continue it.</summary>
public sealed class Conversation
{
    public Guid Id { get; set; }
    public Guid UserId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public int MessageCount { get; set; }
}

/// <summary>One exchange: the user's message and the assistant's answer, with what it understood.</summary>
public sealed class ChatExchange
{
    /// <summary>The unique index on (user, client message id): a violation means a retry raced its original.</summary>
    public const string ClientMessageIdIndex = "ux_messages_user_client_message_id";

    public const int ClientMessageIdMaxLength = 64;

    public Guid Id { get; set; }
    public Guid ConversationId { get; set; }
    public Guid UserId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>The client's id for this message (REST <c>Idempotency-Key</c>, WebSocket
    /// <c>clientMessageId</c>): unique per user, so a retry finds this exchange instead of making a second.</summary>
    public string? ClientMessageId { get; set; }
    public required string Message { get; set; }
    public required string Language { get; set; }
    public required string Answer { get; set; }
    public string? Intent { get; set; }
    public double? Confidence { get; set; }
    /// <summary>JSON array of the entities (type, text, start, end, value).</summary>
    public required string Entities { get; set; }
    /// <summary>JSON of the merged conversation context after this turn.</summary>
    public required string Context { get; set; }
    /// <summary>JSON array of the sources (payslip periods, profile).</summary>
    public required string Sources { get; set; }
    /// <summary>JSON of the query the answer resolved (null for turns without one).</summary>
    public string? Query { get; set; }
    public string? TraceId { get; set; }
    public string? Fallback { get; set; }
    public int DurationMs { get; set; }
    public string? FeedbackRating { get; set; }
    public string? FeedbackComment { get; set; }
    public DateTimeOffset? FeedbackAt { get; set; }

    // Computed by PostgreSQL when the exchange is stored (generated columns, ExchangeAnalytics): what
    // HR's analytics count. Never set by the application.

    /// <summary>Why the assistant could not answer (<see cref="ExchangeAnalytics.Unclear"/>, …), null when it answered.</summary>
    public string? UnansweredReason { get; private set; }

    public bool OutOfScope { get; private set; }

    /// <summary>The distinct measures asked (<c>net_pay</c>, <c>deduction:irpf</c>, …).</summary>
    public string[] AskedMeasures { get; private set; } = [];

    /// <summary>The distinct operations asked (<c>value</c>, <c>compare</c>, …).</summary>
    public string[] AskedOperations { get; private set; } = [];
}
