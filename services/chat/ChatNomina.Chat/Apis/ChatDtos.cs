using System.Text.Json.Serialization;
using ChatNomina.Chat.Answers;
using ChatNomina.Chat.Conversations;

namespace ChatNomina.Chat.Apis;

/// <summary>A message from the employee (REST body and WebSocket frame).</summary>
public sealed record ChatRequest(string? Message, Guid? ConversationId);

/// <summary>An entity as the API shows it: offsets into the message as typed (UTF-16 units).</summary>
public sealed record EntityDto(string Type, string Text, int Start, int End, string? Value);

/// <summary>The answer object of the API contract (REST response and WebSocket "done" frame).</summary>
public sealed record ChatAnswer(
    Guid ConversationId,
    Guid MessageId,
    string Text,
    string? Intent,
    double Confidence,
    IReadOnlyList<EntityDto> Entities,
    ConversationContext Context,
    IReadOnlyList<AnswerSource> Sources,
    string? TraceId,
    string? Fallback,
    string Language,
    DateTimeOffset CreatedAt,
    Queries.PayrollQuery? Query = null);

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
    string? Feedback);

public sealed record ConversationHistory(Guid ConversationId, DateTimeOffset CreatedAt, IReadOnlyList<HistoryItem> Messages);

public sealed record ConversationSummary(Guid ConversationId, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, int MessageCount);

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
