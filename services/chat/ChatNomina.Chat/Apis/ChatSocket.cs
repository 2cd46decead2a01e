using System.Net.WebSockets;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ChatNomina.Chat.Extensions;
using ChatNomina.Chat.Pipeline;
using ChatNomina.ServiceDefaults.Authentication;
using ChatNomina.ServiceDefaults.Telemetry;
using Microsoft.Extensions.Options;

namespace ChatNomina.Chat.Apis;

/// <summary>
/// <c>GET /ws/chat</c>: the same pipeline as REST over a WebSocket. The client sends
/// <c>{"message","conversationId"?}</c> text frames; for each it receives <c>{"type":"stream","content"}</c>
/// frames and then <c>{"type":"done", …answer…}</c> (or <c>{"type":"error",…}</c>). The text is
/// streamed only after the figure check, so nothing unchecked ever reaches the client.
/// Keep-alive frames go out every <c>Chat:Stream:KeepAliveInterval</c>, under the gateway's idle timeout.
/// A socket outlives the token it was opened with: once that token has expired or was revoked
/// (signed out), the next message is not answered and the socket is closed with 1008 (policy
/// violation), so the client reconnects with a fresh token.
/// </summary>
public static partial class ChatSocket
{
    public static IEndpointConventionBuilder MapChatSocket(this IEndpointRouteBuilder app) =>
        app.Map("/ws/chat", HandleAsync).WithName("ChatWebSocket");

    public static async Task HandleAsync(
        HttpContext http, ClaimsPrincipal user, IServiceScopeFactory scopes, IOptions<ChatOptions> options,
        RevokedTokens revokedTokens, IOptions<IdentityOptions> identity, TimeProvider time, ILoggerFactory loggers)
    {
        if (!http.WebSockets.IsWebSocketRequest)
        {
            await Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "WebSocket required",
                detail: "Connect with a WebSocket upgrade request (GET /ws/chat).").ExecuteAsync(http);
            return;
        }
        var settings = options.Value.Stream;
        var userId = user.GetUserId();
        var token = http.BearerToken();
        var logger = loggers.CreateLogger(typeof(ChatSocket));
        using var socket = await http.WebSockets.AcceptWebSocketAsync(new WebSocketAcceptContext { KeepAliveInterval = settings.KeepAliveInterval });
        var ct = http.RequestAborted;
        var buffer = new byte[settings.MaxFrameBytes];
        try
        {
            while (socket.State == WebSocketState.Open && !ct.IsCancellationRequested)
            {
                var (kind, length) = await ReceiveAsync(socket, buffer, ct);
                if (kind == WebSocketMessageType.Close)
                {
                    await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "bye", ct);
                    break;
                }
                if (length < 0)
                {
                    await socket.CloseOutputAsync(WebSocketCloseStatus.MessageTooBig, $"frames are limited to {settings.MaxFrameBytes} bytes", ct);
                    break;
                }
                if (kind != WebSocketMessageType.Text)
                {
                    await SendErrorAsync(socket, new ChatProblem(StatusCodes.Status400BadRequest, "Invalid frame", "Send text frames with JSON."), ct);
                    continue;
                }

                if (await TokenEndedAsync(user, revokedTokens, time, identity.Value.ClockSkew))
                {
                    LogTokenEnded(logger, userId);
                    await socket.CloseOutputAsync(WebSocketCloseStatus.PolicyViolation, TokenEndedReason, ct);
                    break;
                }

                ChatRequest? request;
                try
                {
                    request = JsonSerializer.Deserialize(buffer.AsSpan(0, length), ChatJsonContext.Default.ChatRequest);
                }
                catch (JsonException)
                {
                    await SendErrorAsync(socket, new ChatProblem(StatusCodes.Status400BadRequest, "Invalid request",
                        "Send a JSON object {\"message\": \"…\", \"conversationId\": \"…\"?}."), ct);
                    continue;
                }

                using var activity = ChatNominaTelemetry.Source.StartActivity("chat.ws.message");
                await using var scope = scopes.CreateAsyncScope();
                var pipeline = scope.ServiceProvider.GetRequiredService<ChatPipeline>();
                var outcome = await pipeline.HandleAsync(userId, token, request ?? new ChatRequest(null, null), ct);
                if (outcome.Answer is not { } answer)
                {
                    await SendErrorAsync(socket, outcome.Problem!, ct);
                    continue;
                }
                foreach (var chunk in Chunks(answer.Text))
                {
                    await SendAsync(socket, JsonSerializer.SerializeToUtf8Bytes(new StreamFrame("stream", chunk), ChatJsonContext.Api.StreamFrame), ct);
                }
                var done = JsonSerializer.SerializeToNode(answer, ChatJsonContext.Api.ChatAnswer)!.AsObject();
                done.Insert(0, "type", "done");
                await SendAsync(socket, Encoding.UTF8.GetBytes(done.ToJsonString(ChatJsonContext.Api.Options)), ct);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
        {
            LogSocketClosed(logger, ex.GetType().Name);
        }
    }

    /// <summary>The close reason sent when the socket's token has expired or was revoked.</summary>
    public const string TokenEndedReason = "access token expired or revoked: reconnect with a new one";

    /// <summary>Expired (with the same clock skew as the token validation, so a token accepted at the
    /// upgrade is not refused at the first message) or revoked.</summary>
    private static async Task<bool> TokenEndedAsync(ClaimsPrincipal user, RevokedTokens revokedTokens, TimeProvider time, TimeSpan clockSkew) =>
        !long.TryParse(user.FindFirst("exp")?.Value, out var expires)
        || time.GetUtcNow() >= DateTimeOffset.FromUnixTimeSeconds(expires) + clockSkew
        || await revokedTokens.IsRevokedAsync(user);

    /// <summary>Word-sized pieces whose concatenation is exactly <paramref name="text"/>.</summary>
    public static IEnumerable<string> Chunks(string text) => ChunkPattern().Matches(text).Select(m => m.Value);

    /// <summary>Reads one whole message; length −1 when it is larger than the buffer.</summary>
    private static async Task<(WebSocketMessageType Kind, int Length)> ReceiveAsync(WebSocket socket, byte[] buffer, CancellationToken ct)
    {
        var length = 0;
        while (true)
        {
            if (length == buffer.Length)
            {
                return (WebSocketMessageType.Text, -1);
            }
            var result = await socket.ReceiveAsync(buffer.AsMemory(length), ct);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return (WebSocketMessageType.Close, 0);
            }
            length += result.Count;
            if (result.EndOfMessage)
            {
                return (result.MessageType, length);
            }
        }
    }

    private static Task SendErrorAsync(WebSocket socket, ChatProblem problem, CancellationToken ct)
    {
        var frame = new JsonObject
        {
            ["type"] = "error",
            ["status"] = problem.Status,
            ["title"] = problem.Title,
            ["detail"] = problem.Detail,
            ["traceId"] = ChatNominaTelemetry.CurrentTraceId,
        };
        if (problem.RetryAfter is { } retry)
        {
            frame["retryAfter"] = Math.Max(1, (int)Math.Ceiling(retry.TotalSeconds));
        }
        return SendAsync(socket, Encoding.UTF8.GetBytes(frame.ToJsonString(ChatJsonContext.Api.Options)), ct);
    }

    private static Task SendAsync(WebSocket socket, byte[] payload, CancellationToken ct) =>
        socket.SendAsync(payload, WebSocketMessageType.Text, endOfMessage: true, ct);

    [GeneratedRegex(@"\S+\s*|\s+")]
    private static partial Regex ChunkPattern();

    [LoggerMessage(Level = LogLevel.Information, Message = "Chat WebSocket of user {UserId} closed: its access token expired or was revoked")]
    private static partial void LogTokenEnded(ILogger logger, Guid userId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Chat WebSocket ended: {Reason}")]
    private static partial void LogSocketClosed(ILogger logger, string reason);
}
