using System.Text.Json.Serialization;
using ChatNomina.Chat.Answers;
using ChatNomina.Chat.Conversations;
using ChatNomina.Chat.Pipeline;

namespace ChatNomina.Chat.Apis;

/// <summary>One stored exchange in a conversation's history.</summary>
public sealed record HistoryItem(
    Guid MessageId,
    DateTimeOffset CreatedAt,
    string Message,
    string Text,
    string? Intent,
    double? Confidence,
    string Language,
    string? Fallback,
    string? TraceId,
    string? Feedback,
    string? ClientMessageId);

public sealed record ConversationHistory(Guid ConversationId, DateTimeOffset CreatedAt, IReadOnlyList<HistoryItem> Messages);

/// <summary>A conversation in the list; <c>Title</c> is its first message (cut to <see cref="TitleLength"/> characters).</summary>
public sealed record ConversationSummary(Guid ConversationId, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, int MessageCount, string? Title)
{
    public const int TitleLength = 80;
}

public sealed record FeedbackRequest(string? Rating, string? Comment);

public sealed record FeedbackResult(Guid MessageId, string Rating, string? Comment, DateTimeOffset At);

/// <summary>WebSocket frames the server sends.</summary>
public sealed record StreamFrame(string Type, string Content);


/// <summary>JSON of the chat API. <see cref="Options"/> writes accents and € as they are (only
/// HTML-sensitive characters are escaped), so Spanish answers stay readable on the wire.</summary>
[JsonSourceGenerationOptions(System.Text.Json.JsonSerializerDefaults.Web,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(ChatRequest))]
[JsonSerializable(typeof(ChatAnswer))]
[JsonSerializable(typeof(ConversationContext))]
[JsonSerializable(typeof(IReadOnlyList<EntityDto>))]
[JsonSerializable(typeof(IReadOnlyList<AnswerSource>))]
[JsonSerializable(typeof(ConversationHistory))]
[JsonSerializable(typeof(ConversationSummary[]))]
[JsonSerializable(typeof(FeedbackRequest))]
[JsonSerializable(typeof(FeedbackResult))]
[JsonSerializable(typeof(StreamFrame))]
[JsonSerializable(typeof(Queries.PayrollQuery))]
public sealed partial class ChatJsonContext : JsonSerializerContext
{
    public static System.Text.Encodings.Web.JavaScriptEncoder Encoder { get; } =
        System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    /// <summary>The API's serializer options (source-generated, readable Unicode).</summary>
    public static ChatJsonContext Api { get; } = new(new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web)
    {
        Encoder = Encoder,
    });
}
