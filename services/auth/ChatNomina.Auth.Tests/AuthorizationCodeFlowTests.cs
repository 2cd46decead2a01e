using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text;
using ChatNomina.ServiceDefaults.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using static ChatNomina.Auth.Tests.CodeFlow;
using static ChatNomina.Auth.Tests.TokenEndpoint;

namespace ChatNomina.Auth.Tests;

/// <summary>
/// The browser sign-in of the gateway's client <c>chatnomina-bff</c>: authorization code + PKCE,
/// the user signing in on auth's own page. Each hop is driven by hand (no redirect followed, cookies
/// kept by <see cref="Browser"/>), as a browser and the gateway would make them.
/// </summary>
public sealed class AuthorizationCodeFlowTests(AuthFactory factory) : IClassFixture<AuthFactory>
{
    private Browser NewBrowser() => new(factory.CreateClientFrom("127.0.0.1"));

    [Fact]
    public async Task The_browser_signs_in_on_the_page_and_the_gateway_gets_the_same_tokens_as_the_password_grant()
    {
        var user = await factory.AddUserAsync(ChatNominaRoles.Hr);
        using var browser = NewBrowser();
        var pkce = Pkce.Create();
        var nonce = Guid.NewGuid().ToString("N");
        var authorize = AuthorizeUrl(pkce, "state-123", extra: ("nonce", nonce));

        // 1. Not signed in: the authorization endpoint sends the browser to the sign-in page, with itself as returnUrl.
        using var toSignIn = await browser.GetAsync(authorize);
        Assert.Equal(HttpStatusCode.Redirect, toSignIn.StatusCode);
        var signInPage = toSignIn.Headers.Location!.OriginalString;
        Assert.Equal("/account/signin?returnUrl=" + Uri.EscapeDataString(authorize), signInPage);

        // 2. The page, then 3. the right password and (an hr account) the one-time code: the bridge cookie,
        // and back to the authorization endpoint.
        using var signedIn = await SubmitAllAsync(browser, signInPage, user);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal(authorize, signedIn.Headers.Location!.OriginalString);
        var bridge = Assert.Single(browser.LastSetCookies, c => c.StartsWith(BridgeCookie + "=", StringComparison.Ordinal));
        var attributes = bridge.Split(';', StringSplitOptions.TrimEntries).Skip(1).Select(a => a.ToLowerInvariant()).ToList();
        Assert.Contains("path=/", attributes);
        Assert.Contains("secure", attributes);
        Assert.Contains("httponly", attributes);
        Assert.Contains("samesite=strict", attributes);
        Assert.DoesNotContain(attributes, a => a.StartsWith("expires", StringComparison.Ordinal) || a.StartsWith("max-age", StringComparison.Ordinal) || a.StartsWith("domain", StringComparison.Ordinal));

        // 4. Signed in: the code, to the registered redirect URI, with the state; the bridge cookie is removed.
        using var toClient = await browser.GetAsync(authorize);
        Assert.Equal(HttpStatusCode.Redirect, toClient.StatusCode);
        Assert.StartsWith(RedirectUri + "?", toClient.Headers.Location!.AbsoluteUri);
        var query = Query(toClient);
        Assert.Equal("state-123", query["state"]);
        Assert.False(browser.HasCookie(BridgeCookie));

        // 5. The gateway exchanges the code with the verifier and its secret.
        var tokens = await ReadJsonTokensAsync(await ExchangeAsync(factory.CreateClient(), query["code"], pkce.Verifier));
        Assert.Equal("Bearer", tokens.GetProperty("token_type").GetString());
        Assert.Equal(5, tokens.GetProperty("refresh_token").GetString()!.Split('.').Length);   // encrypted, like the password grant's
        var access = Read(tokens.GetProperty("access_token").GetString()!);
        var identity = Read(tokens.GetProperty("id_token").GetString()!);

        // The same user, audiences, scopes and claims as the password grant asking for the same scopes.
        var password = Read((await ReadTokensAsync(await PostAsync(factory.CreateClient(),
            ("grant_type", "password"), ("username", user.Email), ("password", user.Password), ("otp", user.NextCode()!),
            ("client_id", WebClientId), ("scope", Scope)))).AccessToken);
        Assert.Equal(password.Audiences.Order(StringComparer.Ordinal), access.Audiences.Order(StringComparer.Ordinal));
        Assert.Equal(Scopes(password), Scopes(access));
        foreach (var claim in new[] { "sub", "role", "email" })
        {
            Assert.Equal(password.GetClaim(claim).Value, access.GetClaim(claim).Value);
        }
        Assert.Equal(user.Id.ToString(), access.GetClaim("sub").Value);
        Assert.Equal(ChatNominaRoles.Hr, access.GetClaim("role").Value);
        Assert.Equal(ClientId, access.GetClaim("client_id").Value);
        Assert.Equal("http://localhost:8080/", access.Issuer);
        Assert.Equal(["chatnomina-api", "email", "offline_access", "openid", "roles"], Scopes(access));

        // The identity token: for the gateway, with the nonce, the user, the role and (email scope) the e-mail.
        Assert.Equal([ClientId], identity.Audiences);
        Assert.Equal(nonce, identity.GetClaim("nonce").Value);
        Assert.Equal(user.Id.ToString(), identity.GetClaim("sub").Value);
        Assert.Equal(ChatNominaRoles.Hr, identity.GetClaim("role").Value);
        Assert.Equal(user.Email, identity.GetClaim("email").Value);
    }

    [Fact]
    public async Task Without_the_email_scope_no_token_carries_the_email_and_the_api_scope_and_a_refresh_token_come_anyway()
    {
        var user = await factory.AddUserAsync();
        using var browser = NewBrowser();
        var pkce = Pkce.Create();

        var code = await CodeAsync(browser, user, pkce, scope: "openid");
        var tokens = await ReadJsonTokensAsync(await ExchangeAsync(factory.CreateClient(), code, pkce.Verifier));

        var access = Read(tokens.GetProperty("access_token").GetString()!);
        Assert.False(access.TryGetClaim("email", out _));
        Assert.False(Read(tokens.GetProperty("id_token").GetString()!).TryGetClaim("email", out _));
        Assert.Equal(["chatnomina-api", "offline_access", "openid"], Scopes(access));
        Assert.Equal(4, access.Audiences.Count());
        Assert.False(string.IsNullOrEmpty(tokens.GetProperty("refresh_token").GetString()));
    }

    [Fact]
    public async Task The_bridge_cookie_is_used_once_so_the_next_authorization_asks_for_the_password_again()
    {
        var user = await factory.AddUserAsync();
        using var browser = NewBrowser();
        await CodeAsync(browser, user, Pkce.Create());

        // The app signed out and signs in again: no lingering session at auth.
        await AuthorizeToSignInPageAsync(browser, AuthorizeUrl(Pkce.Create(), "again"));
    }

    [Fact]
    public async Task A_wrong_code_verifier_is_refused_and_so_is_another_redirect_uri()
    {
        var user = await factory.AddUserAsync();
        using var browser = NewBrowser();
        var pkce = Pkce.Create();
        var code = await CodeAsync(browser, user, pkce);

        await AssertOAuthErrorAsync(await ExchangeAsync(factory.CreateClient(), code, Pkce.Create().Verifier), "invalid_grant");

        var other = Pkce.Create();
        var second = await CodeAsync(browser, user, other);
        await AssertOAuthErrorAsync(await ExchangeAsync(factory.CreateClient(), second, other.Verifier, redirectUri: "http://localhost:8080/elsewhere"), "invalid_grant");
    }

    [Fact]
    public async Task A_code_request_without_a_code_challenge_or_with_a_plain_one_is_refused()
    {
        using var browser = NewBrowser();
        var pkce = Pkce.Create();

        using var none = await browser.GetAsync(AuthorizeUrl(pkce: null, "s1"));
        using var plain = await browser.GetAsync(AuthorizeUrl(pkce: null, "s2",
            extra: [("code_challenge", pkce.Verifier), ("code_challenge_method", "plain")]));

        // OpenIddict checks PKCE before it trusts the redirect URI, so it answers itself: no code, no redirect.
        foreach (var response in new[] { none, plain })
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Null(response.Headers.Location);
            Assert.Contains("error:invalid_request", await response.Content.ReadAsStringAsync());
        }
    }

    [Theory]
    [InlineData(ClientId, "https://evil.example/signin-oidc")]
    [InlineData(ClientId, "http://localhost:8080/signin-oidc/extra")]
    [InlineData(ClientId, "http://localhost:8081/signin-oidc")]
    [InlineData(WebClientId, RedirectUri)]   // the public clients keep the password grant only
    [InlineData("unknown-client", RedirectUri)]
    public async Task An_unregistered_client_or_redirect_uri_is_refused_without_sending_the_browser_there(string clientId, string redirectUri)
    {
        using var browser = NewBrowser();

        using var response = await browser.GetAsync(AuthorizeUrl(Pkce.Create(), "s", redirectUri: redirectUri, clientId: clientId));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task A_wrong_or_missing_client_secret_is_refused()
    {
        var user = await factory.AddUserAsync();
        using var browser = NewBrowser();
        var pkce = Pkce.Create();
        var code = await CodeAsync(browser, user, pkce);
        var client = factory.CreateClient();

        await AssertOAuthErrorAsync(await ExchangeAsync(client, code, pkce.Verifier, clientSecret: "not-the-secret"), "invalid_client");
        await AssertOAuthErrorAsync(await PostAsync(client,
            ("grant_type", "authorization_code"), ("code", code), ("redirect_uri", RedirectUri),
            ("code_verifier", pkce.Verifier), ("client_id", ClientId)), "invalid_client");
        using var basic = new HttpRequestMessage(HttpMethod.Post, "/connect/token")
        {
            Content = new FormUrlEncodedContent(
            [
                KeyValuePair.Create("grant_type", "authorization_code"), KeyValuePair.Create("code", code),
                KeyValuePair.Create("redirect_uri", RedirectUri), KeyValuePair.Create("code_verifier", pkce.Verifier),
            ]),
        };
        basic.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{ClientId}:wrong-secret")));
        await AssertOAuthErrorAsync(await client.SendAsync(basic), "invalid_client", HttpStatusCode.Unauthorized);

        // None of these used the code up: with the secret it is still exchanged once.
        await ReadJsonTokensAsync(await ExchangeAsync(client, code, pkce.Verifier));
    }

    [Fact]
    public async Task A_code_used_twice_is_refused_and_ends_the_tokens_issued_for_it_at_once()
    {
        var user = await factory.AddUserAsync();
        using var browser = NewBrowser();
        var pkce = Pkce.Create();
        var code = await CodeAsync(browser, user, pkce);
        var client = factory.CreateClient();
        var first = await ReadJsonTokensAsync(await ExchangeAsync(client, code, pkce.Verifier));
        var checker = factory.Services.GetRequiredService<RevokedTokens>();
        Assert.False(await checker.IsRevokedAsync(Principal(first.GetProperty("access_token").GetString()!)));

        await AssertOAuthErrorAsync(await ExchangeAsync(client, code, pkce.Verifier), "invalid_grant");

        // RFC 6749 §4.1.2: what was issued for the code is revoked — the refresh token at auth, the
        // access token at every API (published like a sign-out).
        Assert.True(await checker.IsRevokedAsync(Principal(first.GetProperty("access_token").GetString()!)));
        await AssertOAuthErrorAsync(await CodeFlow.RefreshAsync(client, first.GetProperty("refresh_token").GetString()!), "invalid_grant");
        Assert.Contains(factory.Logs.Lines, l => l.Contains("Authorization code reused") && l.Contains(user.Id.ToString()));
    }

    [Fact]
    public async Task Prompt_none_without_a_signed_in_user_is_login_required_at_the_client()
    {
        using var browser = NewBrowser();

        using var response = await browser.GetAsync(AuthorizeUrl(Pkce.Create(), "quiet", extra: ("prompt", "none")));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith(RedirectUri + "?", response.Headers.Location!.AbsoluteUri);
        var query = Query(response);
        Assert.Equal("login_required", query["error"]);
        Assert.Equal("quiet", query["state"]);
        Assert.False(query.ContainsKey("code"));
    }

    [Fact]
    public async Task Prompt_login_asks_for_the_password_even_right_after_a_sign_in_and_then_issues_the_code()
    {
        var user = await factory.AddUserAsync();
        using var browser = NewBrowser();
        var pkce = Pkce.Create();
        var authorize = AuthorizeUrl(pkce, "fresh", extra: ("prompt", "login"));

        var signInPage = await AuthorizeToSignInPageAsync(browser, authorize);
        using var signedIn = await SubmitAsync(browser, signInPage, user.Email, user.Password);

        // The way back leaves prompt=login out (the sign-in just happened), so there is no loop.
        var back = signedIn.Headers.Location!.OriginalString;
        Assert.DoesNotContain("prompt", back);
        using var toClient = await browser.GetAsync(back);
        Assert.Equal("fresh", Query(toClient)["state"]);
        Assert.True(Query(toClient).ContainsKey("code"));

        // A bridge cookie in hand does not skip the password when prompt=login is asked.
        var page = await AuthorizeToSignInPageAsync(browser, AuthorizeUrl(Pkce.Create(), "x"));
        using var again = await SubmitAsync(browser, page, user.Email, user.Password);
        Assert.True(browser.HasCookie(BridgeCookie));
        await AuthorizeToSignInPageAsync(browser, AuthorizeUrl(Pkce.Create(), "y", extra: ("prompt", "login")));
        Assert.False(browser.HasCookie(BridgeCookie));
    }

    [Fact]
    public async Task An_authorization_request_sent_as_a_form_post_goes_through_the_sign_in_page_too()
    {
        var user = await factory.AddUserAsync();
        using var browser = NewBrowser();
        var pkce = Pkce.Create();
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(AuthorizeUrl(pkce, "posted")[AuthorizeUrl(pkce, "posted").IndexOf('?')..]);

        using var toSignIn = await browser.PostFormAsync("/connect/authorize", [.. query.Select(p => (p.Key, p.Value.ToString()))]);

        Assert.Equal(HttpStatusCode.Redirect, toSignIn.StatusCode);
        var signInPage = toSignIn.Headers.Location!.OriginalString;
        using var signedIn = await SubmitAsync(browser, signInPage, user.Email, user.Password);
        using var toClient = await browser.GetAsync(signedIn.Headers.Location!.OriginalString);
        var result = Query(toClient);
        Assert.Equal("posted", result["state"]);
        await ReadJsonTokensAsync(await ExchangeAsync(factory.CreateClient(), result["code"], pkce.Verifier));
    }

    [Fact]
    public async Task The_refresh_token_of_the_code_flow_rotates_and_signing_out_ends_every_access_token_of_the_sign_in()
    {
        var user = await factory.AddUserAsync();
        using var browser = NewBrowser();
        var pkce = Pkce.Create();
        var client = factory.CreateClient();
        var first = await ReadJsonTokensAsync(await ExchangeAsync(client, await CodeAsync(browser, user, pkce), pkce.Verifier));

        var refreshed = await ReadJsonTokensAsync(await CodeFlow.RefreshAsync(client, first.GetProperty("refresh_token").GetString()!));
        var refreshedAccess = Read(refreshed.GetProperty("access_token").GetString()!);
        Assert.Equal(user.Id.ToString(), refreshedAccess.GetClaim("sub").Value);
        Assert.Equal(Scopes(Read(first.GetProperty("access_token").GetString()!)), Scopes(refreshedAccess));
        Assert.Equal(
            Read(first.GetProperty("access_token").GetString()!).GetClaim(RevokedTokens.AuthorizationIdClaim).Value,
            refreshedAccess.GetClaim(RevokedTokens.AuthorizationIdClaim).Value);
        // The first refresh token is redeemed (rotation); presenting it again would be a theft.
        var checker = factory.Services.GetRequiredService<RevokedTokens>();

        // The gateway signs the user out: it revokes the refresh token.
        Assert.Equal(HttpStatusCode.OK, (await CodeFlow.RevokeAsync(client, refreshed.GetProperty("refresh_token").GetString()!)).StatusCode);

        Assert.True(await checker.IsRevokedAsync(Principal(first.GetProperty("access_token").GetString()!)));
        Assert.True(await checker.IsRevokedAsync(Principal(refreshed.GetProperty("access_token").GetString()!)));
        await AssertOAuthErrorAsync(await CodeFlow.RefreshAsync(client, refreshed.GetProperty("refresh_token").GetString()!), "invalid_grant");
    }

    [Fact]
    public async Task A_refresh_token_of_the_gateway_cannot_be_used_or_revoked_by_another_client()
    {
        var user = await factory.AddUserAsync();
        using var browser = NewBrowser();
        var pkce = Pkce.Create();
        var client = factory.CreateClient();
        var tokens = await ReadJsonTokensAsync(await ExchangeAsync(client, await CodeAsync(browser, user, pkce), pkce.Verifier));
        var refresh = tokens.GetProperty("refresh_token").GetString()!;

        await AssertOAuthErrorAsync(await TokenEndpoint.RefreshAsync(client, refresh, WebClientId), "invalid_grant");

        await ReadJsonTokensAsync(await CodeFlow.RefreshAsync(client, refresh));
    }

    [Fact]
    public async Task An_account_deleted_between_the_sign_in_and_the_exchange_gets_no_tokens()
    {
        var user = await factory.AddUserAsync();
        using var browser = NewBrowser();
        var pkce = Pkce.Create();
        var code = await CodeAsync(browser, user, pkce);

        await factory.WithDbAsync(db => db.Credentials.Where(c => c.UserId == user.Id).ExecuteDeleteAsync());

        await AssertOAuthErrorAsync(await ExchangeAsync(factory.CreateClient(), code, pkce.Verifier), "invalid_grant");
    }

    [Fact]
    public async Task Passwords_codes_verifiers_and_tokens_never_appear_in_the_logs()
    {
        var user = await factory.AddUserAsync();
        using var browser = NewBrowser();
        var pkce = Pkce.Create();
        var signInPage = await AuthorizeToSignInPageAsync(browser, AuthorizeUrl(pkce, "logs"));
        const string wrong = "Wr0ng-Page-Password-81";
        (await SubmitAsync(browser, signInPage, user.Email, wrong)).Dispose();
        var code = await CodeAsync(browser, user, pkce);
        var client = factory.CreateClient();
        var tokens = await ReadJsonTokensAsync(await ExchangeAsync(client, code, pkce.Verifier));
        (await ExchangeAsync(client, code, pkce.Verifier)).Dispose();   // reuse: an error path that logs

        var secrets = new[]
        {
            user.Password, wrong, code, pkce.Verifier, ClientSecret,
            tokens.GetProperty("access_token").GetString()!, tokens.GetProperty("refresh_token").GetString()!,
            tokens.GetProperty("id_token").GetString()!,
        };
        foreach (var line in factory.Logs.Lines)
        {
            foreach (var secret in secrets)
            {
                Assert.DoesNotContain(secret, line);
            }
        }
        Assert.Contains(factory.Logs.Lines, l => l.Contains("Authorization code issued") && l.Contains(user.Id.ToString()));
    }

    private static string[] Scopes(JsonWebToken jwt) =>
        [.. jwt.Claims.Where(c => c.Type == "scope").SelectMany(c => c.Value.Split(' ')).Order(StringComparer.Ordinal)];

    private static ClaimsPrincipal Principal(string jwt) => new(new ClaimsIdentity(Read(jwt).Claims));
}
