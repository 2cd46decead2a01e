using System.Net;
using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text;

namespace ChatNomina.EndToEnd;

/// <summary>Body limits, CORS, security headers and what the gateway does not expose.</summary>
[Collection(StackCollection.Name)]
public sealed class EdgeTests(StackFixture stack)
{
    [Fact]
    public async Task Oversized_body_is_413()
    {
        var body = new StringContent("{\"message\":\"" + new string('a', 2 * 1024 * 1024) + "\"}", Encoding.ASCII, "application/json");

        var request = new HttpRequestMessage(HttpMethod.Post, "api/chat/messages") { Content = body };
        request.Headers.ExpectContinue = true; // the gateway answers before the body is sent

        var response = await stack.ClientFor(stack.Ana).SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Oversized_payroll_import_is_413_at_the_gateway()
    {
        var csv = new ByteArrayContent(new byte[30 * 1024 * 1024]);
        csv.Headers.ContentType = new MediaTypeHeaderValue("text/csv");

        var request = new HttpRequestMessage(HttpMethod.Post, "api/payroll/imports") { Content = csv };
        request.Headers.ExpectContinue = true; // the gateway answers before the body is sent

        var response = await stack.ClientFor(stack.Hr).SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Theory]
    [InlineData("https://evil.example")]
    [InlineData("http://localhost:8080.evil.example")]
    [InlineData("null")]
    public async Task Cors_preflight_from_an_unknown_origin_is_refused(string origin)
    {
        var response = await stack.Http.SendAsync(Preflight(origin));

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Cors_preflight_from_the_web_app_is_allowed()
    {
        var response = await stack.Http.SendAsync(Preflight("http://localhost:5173"));

        Assert.Equal("http://localhost:5173", Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
    }

    [Theory]
    [InlineData("api/users/me")]
    [InlineData(".well-known/openid-configuration")]
    [InlineData("api/nothing")]
    public async Task Answers_carry_security_headers_and_no_server_banner(string url)
    {
        var response = await stack.ClientFor(stack.Ana).GetAsync(url);

        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.False(response.Headers.Contains("Server"));
        Assert.False(response.Headers.Contains("Strict-Transport-Security")); // plain HTTP here
    }

    [Fact]
    public async Task Gateway_metrics_are_not_public()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "metrics");
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");

        var response = await stack.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("# TYPE", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("api/users/metrics")]
    [InlineData("api/payroll/metrics")]
    [InlineData("api/payroll/payslips/metrics")]
    [InlineData("api/chat/metrics")]
    [InlineData("api/chat/health/ready")]
    [InlineData("api/payroll/payslips/health/ready")]
    public async Task Backend_metrics_and_health_are_not_reachable_through_the_gateway(string url)
    {
        var response = await stack.ClientFor(stack.Hr).GetAsync(url);

        var body = await response.Content.ReadAsStringAsync();
        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("# TYPE", body);
        Assert.DoesNotContain("\"checks\"", body);
    }

    [Fact]
    public async Task Chat_websocket_without_a_token_is_refused()
    {
        using var socket = new ClientWebSocket();
        var uri = new UriBuilder(StackEnvironment.GatewayUrl) { Scheme = "ws", Path = "/ws/chat" }.Uri;

        var error = await Assert.ThrowsAsync<WebSocketException>(() => socket.ConnectAsync(uri, CancellationToken.None));

        Assert.Contains("401", error.Message);
    }

    /// <summary>A header value beyond ASCII is the client's mistake (400), not a backend that did not answer (503).</summary>
    [Theory]
    [InlineData("X-Note", "ñandú")]
    [InlineData("Accept-Language", "es\u00a0ES")]
    public async Task A_header_value_beyond_ascii_is_a_400_problem(string header, string value)
    {
        // (HttpClient refuses to send such a value unless told how to encode it: as a client that sends UTF-8.)
        using var http = new HttpClient(new SocketsHttpHandler { RequestHeaderEncodingSelector = (_, _) => Encoding.UTF8 })
        {
            BaseAddress = StackEnvironment.GatewayUrl,
        };
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/payroll/payslips/latest");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", stack.Ana.AccessToken);
        request.Headers.TryAddWithoutValidation(header, value);
        using var response = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    /// <summary>The gateway answers only the names it is reached by (AllowedHosts): the browser sign-in never
    /// builds its redirect from a Host the client chose (finding 8).</summary>
    [Fact]
    public async Task A_foreign_host_is_refused_and_never_reflected()
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = StackEnvironment.GatewayUrl };
        using var request = new HttpRequestMessage(HttpMethod.Get, "bff/login?returnUrl=%2F");
        request.Headers.Host = "evil.example";
        using var response = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.DoesNotContain("evil.example", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);

        using var own = await http.GetAsync("bff/login?returnUrl=%2F");
        Assert.Equal(HttpStatusCode.Redirect, own.StatusCode);
        Assert.StartsWith(StackEnvironment.GatewayUrl.GetLeftPart(UriPartial.Authority), own.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    private static HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "api/payroll/payslips/latest");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "GET");
        request.Headers.Add("Access-Control-Request-Headers", "authorization");
        return request;
    }
}
