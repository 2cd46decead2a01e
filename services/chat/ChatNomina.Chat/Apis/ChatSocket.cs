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
/// <c>{"message","conversationId"?,"clientMessageId"?}</c> text frames; for each it receives <c>{"type":"stream","content"}</c>
/// frames and then <c>{"type":"done", …answer…}</c> (or <c>{"type":"error",…}</c>), both carrying the
/// clientMessageId when one was sent: a client that resends a message with the same id after a
/// lost connection gets the stored answer (<c>"replayed": true</c>), never a second one. The text is
/// streamed only after the figure check, so nothing unchecked ever reaches the client.
/// Keep-alive frames go out every <c>Chat:Stream:KeepAliveInterval</c>, under the gateway's idle timeout.
/// A socket outlives the token it was opened with: once that token has expired or was revoked
/// (signed out), the next message is not answered and the socket is closed with 1008 (policy
/// violation), so the client reconnects with a fresh token. When the service shuts down (SIGTERM),
/// a message being answered is finished and every socket is closed with 1012 (service restart),
/// so clients reconnect to a replica that is still running.
/// </summary>
public static partial class ChatSocket
{
    public static IEndpointConventionBuilder MapChatSocket(this IEndpointRouteBuilder app) =>
        app.Map("/ws/chat", HandleAsync).WithName("ChatWebSocket");

    public static async Task HandleAsync(
        HttpContext http, ClaimsPrincipal user, IServiceScopeFactory scopes, IOptions<ChatOptions> options,
        RevokedTokens revokedTokens, IOptions<IdentityOptions> identity, TimeProvider time, ILoggerFactory loggers,
        IHostApplicationLifetime lifetime)
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
        var stopping = lifetime.ApplicationStopping;
        var stopSignal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var onStop = stopping.Register(() => stopSignal.TrySetResult());
        var buffer = new byte[settings.MaxFrameBytes];
        try
        {
            while (socket.State == WebSocketState.Open && !ct.IsCancellationRequested)
            {
                var receiving = ReceiveAsync(socket, buffer, ct);
                await Task.WhenAny(receiving, stopSignal.Task);
                if (!receiving.IsCompleted)
                {
                    // Shutting down while the client is idle: tell it to reconnect (to another replica).
                    await CloseForRestartAsync(socket, receiving, logger);
                    break;
                }
                var (kind, length) = await receiving;
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
                    await SendErrorAsync(socket, new ChatProblem(StatusCodes.Status400BadRequest, "Invalid frame", "Send text frames with JSON."), null, ct);
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
                        "Send a JSON object {\"message\": \"…\", \"conversationId\": \"…\"?, \"clientMessageId\": \"…\"?}."), null, ct);
                    continue;
                }

                // The message in flight is answered even when a shutdown begins meanwhile.
                await AnswerAsync(socket, userId, token, request ?? new ChatRequest(null, null), scopes, ct);
                if (stopping.IsCancellationRequested)
                {
                    await CloseForRestartAsync(socket, null, logger);
                    break;
                }
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
        {
            LogSocketClosed(logger, ex.GetType().Name);
        }
    }

    /// <summary>Close code 1012 (service restart): the server is going away, reconnect and go on.</summary>
    public const WebSocketCloseStatus ServiceRestart = (WebSocketCloseStatus)1012;

    /// <summary>The close reason sent with <see cref="ServiceRestart"/>.</summary>
    public const string RestartReason = "server restarting: reconnect";

    private static async Task AnswerAsync(WebSocket socket, Guid userId, string token, ChatRequest request, IServiceScopeFactory scopes, CancellationToken ct)
    {
        using var activity = ChatNominaTelemetry.Source.StartActivity("chat.ws.message");
        await using var scope = scopes.CreateAsyncScope();
        var pipeline = scope.ServiceProvider.GetRequiredService<ChatPipeline>();
        var outcome = await pipeline.HandleAsync(userId, token, request, ct);
        if (outcome.Answer is not { } answer)
        {
            await SendErrorAsync(socket, outcome.Problem!, request.ClientMessageId, ct);
            return;
        }
        foreach (var chunk in Chunks(answer.Text))
        {
            await SendAsync(socket, JsonSerializer.SerializeToUtf8Bytes(new StreamFrame("stream", chunk), ChatJsonContext.Api.StreamFrame), ct);
        }
        var done = JsonSerializer.SerializeToNode(answer, ChatJsonContext.Api.ChatAnswer)!.AsObject();
        done.Insert(0, "type", "done");
        if (request.ClientMessageId is { } clientId)
        {
            done["clientMessageId"] = clientId;
            done["replayed"] = outcome.Replayed;
        }
        await SendAsync(socket, Encoding.UTF8.GetBytes(done.ToJsonString(ChatJsonContext.Api.Options)), ct);
    }

    /// <summary>
    /// Sends the 1012 close and waits briefly for the client's close frame (the receive already
    /// pending, or a new one), so the close handshake completes before the host stops.
    /// </summary>
    private static async Task CloseForRestartAsync(WebSocket socket, Task<(WebSocketMessageType Kind, int Length)>? receiving, ILogger logger)
    {
        LogClosingForRestart(logger);
        using var bound = new CancellationTokenSource(CloseHandshakeTimeout);
        await socket.CloseOutputAsync(ServiceRestart, RestartReason, bound.Token);
        var drain = new byte[1024];
        receiving ??= ReceiveAsync(socket, drain, bound.Token);
        while (true)
        {
            await receiving.WaitAsync(bound.Token);
            if (socket.State is not (WebSocketState.Open or WebSocketState.CloseSent) || receiving.Result.Kind == WebSocketMessageType.Close)
            {
                return;
            }
            receiving = ReceiveAsync(socket, drain, bound.Token);   // a message sent just before our close: not answered, the client resends it
        }
    }

    private static readonly TimeSpan CloseHandshakeTimeout = TimeSpan.FromSeconds(2);

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

    private static Task SendErrorAsync(WebSocket socket, ChatProblem problem, string? clientMessageId, CancellationToken ct)
    {
        var frame = new JsonObject
        {
            ["type"] = "error",
            ["status"] = problem.Status,
            ["title"] = problem.Title,
            ["detail"] = problem.Detail,
            ["traceId"] = ChatNominaTelemetry.CurrentTraceId,
        };
        if (clientMessageId is not null)
        {
            frame["clientMessageId"] = clientMessageId;
        }
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Shutting down: chat WebSocket closed with 1012 (service restart)")]
    private static partial void LogClosingForRestart(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Chat WebSocket ended: {Reason}")]
    private static partial void LogSocketClosed(ILogger logger, string reason);
}
