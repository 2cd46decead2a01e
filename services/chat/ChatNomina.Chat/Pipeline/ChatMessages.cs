using ChatNomina.Chat.Answers;
using ChatNomina.Chat.Conversations;

namespace ChatNomina.Chat.Pipeline;

// The pipeline's input and output records: what REST and the WebSocket both hand to it and get back.

/// <summary>A message from the employee (REST body and WebSocket frame), with the client's own id
/// for it when the client retries safely (<see cref="Pipeline.ClientMessageId"/>).</summary>
public sealed record ChatRequest(string? Message, Guid? ConversationId, string? ClientMessageId = null);

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
