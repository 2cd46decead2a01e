using System.Net;
using System.Text;
using ChatNomina.ServiceDefaults.Authentication;

namespace ChatNomina.Gateway.Tests;

/// <summary>Headers, CORS, body limits and the gateway's own operational endpoints.</summary>
public sealed class EdgeTests(GatewayFactory factory) : IClassFixture<GatewayFactory>
{
    [Theory]
    [InlineData("/api/users/me", true)]
    [InlineData("/api/users/me", false)]
    [InlineData("/nothing", true)]
    [InlineData("/.well-known/openid-configuration", false)]
    public async Task Every_answer_has_security_headers_and_no_server_banner(string url, bool withToken)
    {
        var client = withToken ? factory.ClientFor(Guid.NewGuid()) : factory.Client();

        var response = await client.GetAsync(url);

        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.False(response.Headers.Contains("Server"));
        Assert.False(response.Headers.Contains("X-Powered-By"));
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task Api_answers_are_not_cached()
    {
        var response = await factory.ClientFor(Guid.NewGuid()).GetAsync("/api/payroll/payslips/2025/1");

        Assert.True(response.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task Hsts_only_when_the_request_came_over_https()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/health/live");
        request.Headers.Add("X-Forwarded-Proto", "https"); // from loopback: a trusted proxy

        var response = await factory.Client().SendAsync(request);

        Assert.StartsWith("max-age=", Assert.Single(response.Headers.GetValues("Strict-Transport-Security")));
    }

    [Theory]
    [InlineData("http://localhost:5173")]
    [InlineData("http://localhost:3000")]
    public async Task Preflight_from_a_configured_origin_is_allowed(string origin)
    {
        var response = await factory.Client().SendAsync(Preflight(origin));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(origin, Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
        Assert.Contains("authorization", string.Join(",", response.Headers.GetValues("Access-Control-Allow-Headers")), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("https://evil.example")]
    [InlineData("http://localhost:5174")]
    [InlineData("null")]
    [InlineData("http://localhost:3000.evil.example")]
    public async Task Preflight_from_an_unknown_origin_is_refused(string origin)
    {
        var before = factory.Backend.Received.Count;

        var response = await factory.Client().SendAsync(Preflight(origin));

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.False(response.Headers.Contains("Access-Control-Allow-Headers"));
        Assert.Equal(before, factory.Backend.Received.Count);
    }

    [Fact]
    public async Task Simple_request_from_an_unknown_origin_gets_no_cors_grant()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/users/me");
        request.Headers.Add("Origin", "https://evil.example");

        var response = await factory.ClientFor(Guid.NewGuid()).SendAsync(request);

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Body_over_the_default_limit_is_413_and_not_forwarded()
    {
        var before = factory.Backend.Received.Count;

        var response = await factory.ClientFor(Guid.NewGuid())
            .PostAsync("/api/chat/messages", Json(GatewayFactory.BodyLimit + 1));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(before, factory.Backend.Received.Count);
    }

    [Fact]
    public async Task Chunked_body_over_the_limit_is_413()
    {
        var content = new StreamContent(new MemoryStream(new byte[GatewayFactory.BodyLimit * 8]));
        content.Headers.ContentType = new("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/chat/messages") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        var response = await factory.ClientFor(Guid.NewGuid()).SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Body_within_the_limit_is_forwarded_whole()
    {
        var response = await factory.ClientFor(Guid.NewGuid()).PostAsync("/api/chat/messages", Json(GatewayFactory.BodyLimit));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(GatewayFactory.BodyLimit, EchoBackend.Parse(await response.Content.ReadAsStringAsync()).BodyLength);
    }

    [Fact]
    public async Task Imports_route_has_its_own_larger_limit()
    {
        var hr = factory.ClientFor(Guid.NewGuid(), ChatNominaRoles.Hr);

        var within = await hr.PostAsync("/api/payroll/imports", Csv(GatewayFactory.ImportBodyLimit));
        var over = await hr.PostAsync("/api/payroll/imports", Csv(GatewayFactory.ImportBodyLimit + 1));

        Assert.Equal(HttpStatusCode.OK, within.StatusCode);
        Assert.Equal(GatewayFactory.ImportBodyLimit, EchoBackend.Parse(await within.Content.ReadAsStringAsync()).BodyLength);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, over.StatusCode);
    }

    [Fact]
    public async Task Own_metrics_answer_the_local_scraper()
    {
        var response = await factory.Client().GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("http_server_request_duration_seconds", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Own_metrics_are_not_public()
    {
        // Relayed by a trusted proxy for a client on the internet.
        var request = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        request.Headers.Add("X-Forwarded-For", "203.0.113.50");

        var response = await factory.Client().SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("http_server", await response.Content.ReadAsStringAsync());
    }

    private static HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/api/users/me");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "GET");
        request.Headers.Add("Access-Control-Request-Headers", "authorization");
        return request;
    }

    private static StringContent Json(int bytes) =>
        new("{\"message\":\"" + new string('a', bytes - 14) + "\"}", Encoding.ASCII, "application/json");

    private static StringContent Csv(int bytes) => new(new string('x', bytes), Encoding.ASCII, "text/csv");
}
