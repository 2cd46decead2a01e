using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text.Json;

namespace ChatNomina.EndToEnd;

/// <summary>
/// Graceful shutdown of the chat (SIGTERM, as Kubernetes sends it), on a chat process of the
/// test's own: the message being answered is answered, every socket is closed with 1012 (service
/// restart) so clients reconnect, the process exits in seconds, and a client that resends an
/// unanswered message with its id to the restarted chat gets one answer — never two.
/// </summary>
[Collection(StackCollection.Name)]
public sealed class ChatShutdownTests(StackFixture stack)
{
    [Fact]
    public async Task Sigterm_finishes_the_message_in_flight_closes_sockets_with_1012_and_a_resend_is_answered_once()
    {
        var account = await stack.SignInThrowawayAsync();
        await using var chat = await ServiceProcess.StartAsync("chat", "ChatNomina.Chat", new Dictionary<string, string>
        {
            ["Redis__KeyPrefix"] = $"chatnomina:chat:e2e-{Guid.NewGuid():N}:",
            ["Chat__RateLimit__PermitLimit"] = "100000",
        });
        using var idle = await ChatWebSocketTests.ConnectAsync(account.AccessToken, chat.Url);
        using var busy = await ChatWebSocketTests.ConnectAsync(account.AccessToken, chat.Url);
        await ChatWebSocketTests.SendAsync(busy, new { message = "¿cuánto cobré neto en marzo de 2025?", clientMessageId = Guid.NewGuid().ToString() });
        var (_, opening) = await ChatWebSocketTests.ReadAnswerAsync(busy);
        var conversation = opening.GetProperty("conversationId").GetGuid();

        // A follow-up goes out and the service is told to stop right behind it.
        var id = Guid.NewGuid().ToString();
        var followUp = new { message = "¿y en febrero?", conversationId = conversation, clientMessageId = id };
        await ChatWebSocketTests.SendAsync(busy, followUp);
        var terminating = chat.TerminateAsync(TimeSpan.FromSeconds(15));

        var (answered, busyClose) = await ReadUntilCloseAsync(busy);
        var (idleAnswered, idleClose) = await ReadUntilCloseAsync(idle);
        var (took, exitCode) = await terminating;

        Assert.Equal(1012, (int?)busyClose.Status);
        Assert.Equal(1012, (int?)idleClose.Status);
        Assert.Contains("reconnect", idleClose.Reason);
        Assert.Null(idleAnswered);
        Assert.Equal(0, exitCode);
        Assert.True(took < TimeSpan.FromSeconds(10), $"the chat took {took.TotalSeconds:0.0} s to stop");

        // The client reconnects (here: to the restarted process) and sends the follow-up again with its id.
        await chat.RestartAsync();
        using var again = await ChatWebSocketTests.ConnectAsync(account.AccessToken, chat.Url);
        await ChatWebSocketTests.SendAsync(again, followUp);
        var (_, resent) = await ChatWebSocketTests.ReadAnswerAsync(again);
        Assert.Equal(2, resent.GetProperty("context").GetProperty("month").GetInt32());
        if (answered is { } before)
        {
            // Answered before the close: the resend is the same answer, not a second one.
            Assert.True(resent.GetProperty("replayed").GetBoolean());
            Assert.Equal(before.GetProperty("messageId").GetGuid(), resent.GetProperty("messageId").GetGuid());
        }
        using var http = stack.ClientFor(account);
        var history = await http.GetFromJsonAsync<JsonElement>($"api/chat/conversations/{conversation}/messages");
        var messages = history.GetProperty("messages").EnumerateArray().Select(m => m.GetProperty("message").GetString()).ToList();
        Assert.Equal(["¿cuánto cobré neto en marzo de 2025?", "¿y en febrero?"], messages);
    }

    /// <summary>Reads frames until the server closes: the "done" answer seen on the way (if any) and the close.</summary>
    private static async Task<(JsonElement? Done, (WebSocketCloseStatus? Status, string Reason) Close)> ReadUntilCloseAsync(ClientWebSocket socket)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        var buffer = new byte[64 * 1024];
        JsonElement? done = null;
        var length = 0;
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer.AsMemory(length), timeout.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "ok", timeout.Token);
                return (done, (socket.CloseStatus, socket.CloseStatusDescription ?? ""));
            }
            length += result.Count;
            if (!result.EndOfMessage)
            {
                continue;
            }
            var frame = JsonDocument.Parse(buffer.AsMemory(0, length)).RootElement.Clone();
            length = 0;
            if (frame.GetProperty("type").GetString() == "done")
            {
                done = frame;
            }
        }
    }
}
