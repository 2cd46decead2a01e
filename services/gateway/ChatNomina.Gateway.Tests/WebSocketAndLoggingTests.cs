using System.Net;
using System.Net.WebSockets;
using System.Text;

namespace ChatNomina.Gateway.Tests;

/// <summary>The chat WebSocket through the gateway, and what the access log says.</summary>
public sealed class WebSocketAndLoggingTests(GatewayFactory factory) : IClassFixture<GatewayFactory>
{
    [Fact]
    public async Task WebSocket_with_token_in_query_is_proxied_with_the_token_as_a_header()
    {
        var user = Guid.NewGuid();
        var token = GatewayFactory.TokenFor(user);
        using var socket = new ClientWebSocket();
        var uri = new UriBuilder(factory.BaseAddress) { Scheme = "ws", Path = "/ws/chat", Query = $"access_token={token}&lang=es" }.Uri;

        await socket.ConnectAsync(uri, CancellationToken.None);
        await socket.SendAsync(Encoding.UTF8.GetBytes("{\"message\":\"hola\"}"), WebSocketMessageType.Text, true, CancellationToken.None);
        var buffer = new byte[1024];
        var received = await socket.ReceiveAsync(buffer, CancellationToken.None);
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);

        Assert.Equal("{\"message\":\"hola\"}", Encoding.UTF8.GetString(buffer, 0, received.Count));
        var seen = Assert.Single(factory.Backend.Received, r => r.Path == "/ws/chat" && r.Headers.GetValueOrDefault("Authorization") == $"Bearer {token}");
        Assert.Equal("?lang=es", seen.Query);
    }

    [Fact]
    public async Task WebSocket_without_token_is_refused()
    {
        using var socket = new ClientWebSocket();
        var uri = new UriBuilder(factory.BaseAddress) { Scheme = "ws", Path = "/ws/chat" }.Uri;

        var error = await Assert.ThrowsAsync<WebSocketException>(() => socket.ConnectAsync(uri, CancellationToken.None));

        Assert.Contains("401", error.Message);
    }

    [Fact]
    public async Task Query_token_is_only_accepted_on_the_websocket_route()
    {
        var token = GatewayFactory.TokenFor(Guid.NewGuid());

        var response = await factory.Client().GetAsync($"/api/users/me?access_token={token}");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Access_log_has_route_status_user_and_trace_but_never_the_token()
    {
        var user = Guid.NewGuid();
        var token = GatewayFactory.TokenFor(user);
        var traceId = "0af7651916cd43dd8448eb211c80319c";
        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/payroll/payslips/2024/2?access_token={token}");
        request.Headers.Add("Authorization", $"Bearer {token}");
        request.Headers.Add("traceparent", $"00-{traceId}-b7ad6b7169203331-01");

        var response = await factory.Client().SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        // The line is written once the pipeline completes, which may be just after the client
        // has read the whole answer.
        for (var i = 0; i < 50 && !factory.Logs.Any(l => IsAccessLine(l, user)); i++)
        {
            await Task.Delay(20);
        }
        var line = Assert.Single(factory.Logs, l => IsAccessLine(l, user));
        Assert.Contains("GET payroll-payslips /api/payroll/payslips/2024/2 200", line.Message);
        Assert.Contains($"trace={traceId}", line.Message);
        Assert.DoesNotContain(factory.Logs, l => l.Message.Contains(token) || l.Message.Contains(token.Split('.')[2]));
    }

    private static bool IsAccessLine((string Category, Microsoft.Extensions.Logging.LogLevel Level, string Message) log, Guid user) =>
        log.Category.EndsWith("AccessLogMiddleware") && log.Message.Contains(user.ToString());
}
