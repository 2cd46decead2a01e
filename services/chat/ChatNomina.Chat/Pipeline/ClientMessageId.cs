namespace ChatNomina.Chat.Pipeline;

/// <summary>
/// The client's id for a message, so that a retry is safe: REST takes it as the
/// <c>Idempotency-Key</c> header (or <c>clientMessageId</c> in the body), the WebSocket as
/// <c>clientMessageId</c> in the frame. Ids are scoped to the user; the first message stored with
/// an id is the only one: a retry with the same id gets that stored answer back, and the same id
/// with another message is refused (422), as the IETF Idempotency-Key draft prescribes.
/// </summary>
public static class ClientMessageId
{
    /// <summary>Header that carries the id on <c>POST /api/chat/messages</c>.</summary>
    public const string Header = "Idempotency-Key";

    /// <summary>Header set on a response that replays a stored answer.</summary>
    public const string ReplayedHeader = "Idempotent-Replayed";

    /// <summary>Longest id accepted (a UUID is 36; room for a prefix).</summary>
    public const int MaxLength = Storage.ChatExchange.ClientMessageIdMaxLength;

    /// <summary>Why <paramref name="id"/> is not a valid id, or null when it is (1–64 visible ASCII characters).</summary>
    public static string? Validate(string id) =>
        id.Length is 0 or > MaxLength || id.Any(c => c is < '!' or > '~')
            ? $"The client message id (Idempotency-Key) must be 1 to {MaxLength} visible ASCII characters, e.g. a UUID."
            : null;
}
