using System.Net;
using System.Text;
using ChatNomina.Gateway.Bff;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChatNomina.Gateway.Tests;

/// <summary>The browser session's pure rules: where sign-in may return to, and which refresh answers end a session.</summary>
public sealed class BrowserSessionRulesTests
{
    [Theory]
    [InlineData("/")]
    [InlineData("/payslips/2025/3")]
    [InlineData("/payslips?year=2025")]
    [InlineData("/chat#last")]
    public void A_page_of_the_app_is_a_return_url(string url) => Assert.True(BffExtensions.IsLocalPath(url));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/x")]
    [InlineData("/\\evil.example")]
    [InlineData("/a\\b")]
    [InlineData("javascript:alert(1)")]
    [InlineData("evil")]
    [InlineData("/é")]                   // not ASCII: the redirect header would be refused after the code was spent
    [InlineData("/a b")]
    [InlineData("/a\tb")]
    [InlineData("/bff/login")]           // signing in again and again
    [InlineData("/BFF/logout")]
    [InlineData("/signin-oidc?code=x")]
    [InlineData("/connect/authorize")]
    [InlineData("/account/signin")]
    public void Anything_else_is_not(string? url) => Assert.False(BffExtensions.IsLocalPath(url));

    private static readonly SessionTokens Session = new("access", "refresh-1", DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddHours(1));

    private static AuthServerClient ClientAnswering(HttpStatusCode status, string body) =>
        new(new HttpClient(new FixedAnswer(status, body)),
            Options.Create(new BffOptions { Authority = "http://auth.test", ClientSecret = "a-client-secret-of-16+" }),
            TimeProvider.System, NullLogger<AuthServerClient>.Instance);

    [Fact]
    public async Task Invalid_grant_ends_the_session()
    {
        var client = ClientAnswering(HttpStatusCode.BadRequest, """{"error":"invalid_grant"}""");
        Assert.Null(await client.RefreshAsync(Session, CancellationToken.None));
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest, """{"error":"invalid_client"}""")]   // a secret being rotated
    [InlineData(HttpStatusCode.Unauthorized, """{"error":"invalid_client"}""")]
    [InlineData(HttpStatusCode.BadRequest, "not json")]
    [InlineData(HttpStatusCode.InternalServerError, "")]
    [InlineData(HttpStatusCode.ServiceUnavailable, "")]
    public async Task Any_other_refusal_is_a_failure_that_keeps_the_session(HttpStatusCode status, string body)
    {
        var client = ClientAnswering(status, body);
        await Assert.ThrowsAsync<HttpRequestException>(() => client.RefreshAsync(Session, CancellationToken.None));
    }

    [Fact]
    public async Task A_refresh_gives_the_rotated_tokens()
    {
        var client = ClientAnswering(HttpStatusCode.OK, """{"access_token":"access-2","refresh_token":"refresh-2","expires_in":900}""");
        var refreshed = await client.RefreshAsync(Session, CancellationToken.None);
        Assert.Equal(("access-2", "refresh-2"), (refreshed!.AccessToken, refreshed.RefreshToken));
        Assert.InRange(refreshed.AccessTokenExpiresAt - DateTimeOffset.UtcNow, TimeSpan.FromSeconds(890), TimeSpan.FromSeconds(900));
        Assert.Equal(Session.SessionExpiresAt, refreshed.SessionExpiresAt);
    }

    private sealed class FixedAnswer(HttpStatusCode status, string body) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") });
    }
}
