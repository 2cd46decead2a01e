using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace ChatNomina.EndToEnd;

/// <summary>/ws/chat through the gateway: stream frames, then done with the whole answer — the
/// same answer REST gives.</summary>
[Collection(StackCollection.Name)]
public sealed class ChatWebSocketTests(StackFixture stack)
{
    [Fact]
    public async Task Stream_frames_arrive_before_done_and_add_up_to_the_same_answer_as_rest()
    {
        const string question = "¿cuánto cobré neto en marzo de 2025?";
        using var socket = await ConnectAsync(stack.Ana.AccessToken);

        await SendAsync(socket, new { message = question });
        var (chunks, done) = await ReadAnswerAsync(socket);

        Assert.True(chunks.Count > 1, "the answer is streamed in several frames");
        Assert.Equal("done", done.GetProperty("type").GetString());
        Assert.Equal(string.Concat(chunks), done.GetProperty("text").GetString());
        Assert.Equal("net_pay", done.GetProperty("intent").GetString());

        var rest = await new ChatClient(stack.ClientFor(stack.Ana)).AskAsync(question);
        Assert.Equal(rest.GetProperty("text").GetString(), done.GetProperty("text").GetString());
        Assert.Equal(rest.GetProperty("sources").ToString(), done.GetProperty("sources").ToString());

        // The same socket carries the conversation on.
        await SendAsync(socket, new { message = "¿y en febrero?", conversationId = done.GetProperty("conversationId").GetGuid() });
        var (_, followUp) = await ReadAnswerAsync(socket);
        Assert.Equal(done.GetProperty("conversationId").GetGuid(), followUp.GetProperty("conversationId").GetGuid());
        Assert.Equal(2, followUp.GetProperty("context").GetProperty("month").GetInt32());
    }

    [Fact]
    public async Task Bad_frames_get_error_frames_and_the_socket_stays_usable()
    {
        using var socket = await ConnectAsync(stack.John.AccessToken);

        await socket.SendAsync(Encoding.UTF8.GetBytes("not json"), WebSocketMessageType.Text, true, CancellationToken.None);
        var error = await ReceiveAsync(socket);
        Assert.Equal("error", error.GetProperty("type").GetString());
        Assert.Equal(400, error.GetProperty("status").GetInt32());

        await SendAsync(socket, new { message = "" });
        error = await ReceiveAsync(socket);
        Assert.Equal(400, error.GetProperty("status").GetInt32());

        await SendAsync(socket, new { message = "hello", conversationId = Guid.NewGuid() });
        error = await ReceiveAsync(socket);
        Assert.Equal(404, error.GetProperty("status").GetInt32());

        await SendAsync(socket, new { message = "what was my gross salary in May 2025?" });
        var (_, done) = await ReadAnswerAsync(socket);
        Assert.Equal("en", done.GetProperty("language").GetString());
    }

    [Fact]
    public async Task After_sign_out_an_open_socket_answers_nothing_more_and_is_closed_with_1008()
    {
        var login = await stack.TokenAsync(StackFixture.PasswordGrant(StackEnvironment.Ana, StackEnvironment.DemoPassword));
        using var socket = await ConnectAsync(login.AccessToken);
        await SendAsync(socket, new { message = "¿cuánto cobré neto en marzo de 2025?" });
        var (_, done) = await ReadAnswerAsync(socket);
        Assert.Equal("net_pay", done.GetProperty("intent").GetString());

        var revoke = await stack.Http.PostAsync("connect/revoke", new FormUrlEncodedContent([
            new("token", login.RefreshToken!),
            new("client_id", StackEnvironment.WebClient),
        ]));
        Assert.Equal(System.Net.HttpStatusCode.OK, revoke.StatusCode);

        await SendAsync(socket, new { message = "¿y en febrero?", conversationId = done.GetProperty("conversationId").GetGuid() });
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        var result = await socket.ReceiveAsync(new byte[4096], timeout.Token);
        Assert.Equal(WebSocketMessageType.Close, result.MessageType);
        Assert.Equal(WebSocketCloseStatus.PolicyViolation, socket.CloseStatus);
        Assert.Contains("expired or revoked", socket.CloseStatusDescription);
    }

    [Fact]
    public async Task Without_a_token_the_upgrade_is_refused()
    {
        using var socket = new ClientWebSocket();
        var url = new UriBuilder(StackEnvironment.GatewayUrl) { Scheme = "ws", Path = "/ws/chat" }.Uri;
        await Assert.ThrowsAnyAsync<WebSocketException>(() => socket.ConnectAsync(url, CancellationToken.None));
    }

    /// <summary>A socket to /ws/chat through the gateway (or straight to <paramref name="service"/>, with the token in the header).</summary>
    internal static async Task<ClientWebSocket> ConnectAsync(string token, Uri? service = null)
    {
        var socket = new ClientWebSocket();
        var origin = service ?? StackEnvironment.GatewayUrl;
        var url = new UriBuilder(origin)
        {
            Scheme = origin.Scheme == "https" ? "wss" : "ws",
            Path = "/ws/chat",
            Query = service is null ? "access_token=" + Uri.EscapeDataString(token) : "",
        }.Uri;
        if (service is not null)
        {
            socket.Options.SetRequestHeader("Authorization", "Bearer " + token);
        }
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await socket.ConnectAsync(url, timeout.Token);
        return socket;
    }

    internal static Task SendAsync(ClientWebSocket socket, object message) =>
        socket.SendAsync(JsonSerializer.SerializeToUtf8Bytes(message), WebSocketMessageType.Text, true, CancellationToken.None);

    internal static async Task<(List<string> Chunks, JsonElement Done)> ReadAnswerAsync(ClientWebSocket socket)
    {
        var chunks = new List<string>();
        while (true)
        {
            var frame = await ReceiveAsync(socket);
            switch (frame.GetProperty("type").GetString())
            {
                case "stream":
                    chunks.Add(frame.GetProperty("content").GetString()!);
                    break;
                case "done":
                    return (chunks, frame);
                default:
                    Assert.Fail($"unexpected frame {frame}");
                    break;
            }
        }
    }

    internal static async Task<JsonElement> ReceiveAsync(ClientWebSocket socket)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        var buffer = new byte[64 * 1024];
        var length = 0;
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer.AsMemory(length), timeout.Token);
            Assert.NotEqual(WebSocketMessageType.Close, result.MessageType);
            length += result.Count;
            if (result.EndOfMessage)
            {
                return JsonDocument.Parse(buffer.AsMemory(0, length)).RootElement.Clone();
            }
        }
    }
}

/// <summary>
/// Keep-alive: a gateway of its own whose WebSocket idle timeout is 4 s, in front of a chat of its
/// own. With pings every second an idle socket survives 10 s of silence; with pings off the same
/// gateway drops it — so the test shows the pings are what keeps it open. (4 s leaves room for a
/// busy CI machine to delay a ping by up to 3 s without dropping the socket.)
/// </summary>
[Collection(StackCollection.Name)]
public sealed class ChatWebSocketKeepAliveTests(StackFixture stack)
{
    [Theory]
    [InlineData("00:00:01", true)]
    [InlineData("00:00:00", false)]
    public async Task An_idle_socket_survives_the_gateway_idle_timeout_only_thanks_to_pings(string keepAlive, bool survives)
    {
        await using var chat = await ServiceProcess.StartAsync("chat", "ChatNomina.Chat", new Dictionary<string, string>
        {
            ["Redis__KeyPrefix"] = $"chatnomina:chat:e2e-{Guid.NewGuid():N}:",
            ["Chat__Stream__KeepAliveInterval"] = keepAlive,
        });
        await using var gateway = await ServiceProcess.StartAsync("gateway", "ChatNomina.Gateway", new Dictionary<string, string>
        {
            ["ReverseProxy__Clusters__chat-ws__Destinations__chat__Address"] = chat.Url.ToString(),
            ["ReverseProxy__Clusters__chat-ws__HttpRequest__ActivityTimeout"] = "00:00:04",
        });
        using var socket = new System.Net.WebSockets.ClientWebSocket();
        socket.Options.KeepAliveInterval = TimeSpan.Zero;   // only the server's frames keep it alive
        var url = new UriBuilder(gateway.Url) { Scheme = "ws", Path = "/ws/chat", Query = "access_token=" + Uri.EscapeDataString(stack.John.AccessToken) }.Uri;
        await socket.ConnectAsync(url, CancellationToken.None);

        await Task.Delay(TimeSpan.FromSeconds(10));

        var alive = true;
        try
        {
            await socket.SendAsync(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(new { message = "hello" }),
                System.Net.WebSockets.WebSocketMessageType.Text, true, CancellationToken.None);
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            var buffer = new byte[64 * 1024];
            var result = await socket.ReceiveAsync(buffer, timeout.Token);
            alive = result.MessageType == System.Net.WebSockets.WebSocketMessageType.Text;
        }
        catch (Exception ex) when (ex is System.Net.WebSockets.WebSocketException or OperationCanceledException)
        {
            alive = false;
        }
        Assert.Equal(survives, alive);
    }
}
