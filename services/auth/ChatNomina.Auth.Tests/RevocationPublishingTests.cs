using System.Net;
using System.Security.Claims;
using ChatNomina.ServiceDefaults.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.EntityFrameworkCore.Models;
using StackExchange.Redis;
using static ChatNomina.Auth.Tests.TokenEndpoint;

namespace ChatNomina.Auth.Tests;

/// <summary>
/// A revocation at <c>/connect/revoke</c> is published to the APIs (a short-lived key in the real
/// Redis, read by <see cref="RevokedTokens"/> in every service), so access tokens stop working at once.
/// </summary>
public sealed class RevocationPublishingTests(AuthFactory factory) : IClassFixture<AuthFactory>
{
    private readonly IDatabase _redis = factory.Services.GetRequiredService<IConnectionMultiplexer>().GetDatabase();

    [Fact]
    public async Task Revoking_a_refresh_token_revokes_every_access_token_of_that_sign_in_only()
    {
        var user = await factory.AddUserAsync();
        var client = factory.CreateClient();
        var laptop = await SignInAsync(client, user);
        var refreshed = await ReadTokensAsync(await RefreshAsync(client, laptop.RefreshToken!));
        var phone = await SignInAsync(client, user);
        var checker = factory.Services.GetRequiredService<RevokedTokens>();
        Assert.False(await checker.IsRevokedAsync(Principal(refreshed.AccessToken)));

        Assert.Equal(HttpStatusCode.OK, (await RevokeAsync(client, refreshed.RefreshToken!)).StatusCode);

        Assert.True(await checker.IsRevokedAsync(Principal(laptop.AccessToken)));
        Assert.True(await checker.IsRevokedAsync(Principal(refreshed.AccessToken)));
        Assert.False(await checker.IsRevokedAsync(Principal(phone.AccessToken)));
        // The key outlives every access token of the sign-in (15 min + clock skew), and no longer.
        var ttl = await _redis.KeyTimeToLiveAsync(RevokedTokens.SignInKey(Claim(laptop.AccessToken, RevokedTokens.AuthorizationIdClaim)));
        Assert.InRange(ttl!.Value, TimeSpan.FromMinutes(15.5), TimeSpan.FromMinutes(16));
        Assert.Contains(factory.Logs.Lines, l => l.Contains("Sign-in revoked") && l.Contains(user.Id.ToString()));
    }

    [Fact]
    public async Task A_reused_refresh_token_revokes_every_access_token_of_its_sign_in_at_once()
    {
        var user = await factory.AddUserAsync();
        var client = factory.CreateClient();
        var first = await SignInAsync(client, user);
        var second = await ReadTokensAsync(await RefreshAsync(client, first.RefreshToken!));   // the first is redeemed
        var other = await SignInAsync(client, user);
        var checker = factory.Services.GetRequiredService<RevokedTokens>();
        Assert.False(await checker.IsRevokedAsync(Principal(second.AccessToken)));

        // A copy of the redeemed refresh token is presented again: theft.
        await AssertOAuthErrorAsync(await RefreshAsync(client, first.RefreshToken!), "invalid_grant");

        Assert.True(await checker.IsRevokedAsync(Principal(first.AccessToken)));
        Assert.True(await checker.IsRevokedAsync(Principal(second.AccessToken)));
        Assert.False(await checker.IsRevokedAsync(Principal(other.AccessToken)));
        Assert.Contains(factory.Logs.Lines, l => l.Contains("Refresh token reused") && l.Contains(user.Id.ToString()));
    }

    [Fact]
    public async Task Revoking_an_access_token_revokes_that_token_and_the_sign_in_goes_on()
    {
        var user = await factory.AddUserAsync();
        var client = factory.CreateClient();
        var tokens = await SignInAsync(client, user);
        var checker = factory.Services.GetRequiredService<RevokedTokens>();

        Assert.Equal(HttpStatusCode.OK, (await RevokeAsync(client, tokens.AccessToken)).StatusCode);

        Assert.True(await checker.IsRevokedAsync(Principal(tokens.AccessToken)));
        Assert.False(await _redis.KeyExistsAsync(RevokedTokens.SignInKey(Claim(tokens.AccessToken, RevokedTokens.AuthorizationIdClaim))));
        var next = await ReadTokensAsync(await RefreshAsync(client, tokens.RefreshToken!));
        Assert.False(await checker.IsRevokedAsync(Principal(next.AccessToken)));
    }

    [Fact]
    public async Task Signing_out_revokes_the_sign_in_in_the_database_too()
    {
        var user = await factory.AddUserAsync();
        var client = factory.CreateClient();
        var tokens = await SignInAsync(client, user);
        var signIn = Claim(tokens.AccessToken, RevokedTokens.AuthorizationIdClaim);

        Assert.Equal(HttpStatusCode.OK, (await RevokeAsync(client, tokens.RefreshToken!)).StatusCode);

        var id = Guid.Parse(signIn);
        var status = await factory.WithDbAsync(db => db.Set<OpenIddictEntityFrameworkCoreAuthorization<Guid>>()
            .Where(a => a.Id == id).Select(a => a.Status).SingleAsync());
        Assert.Equal("revoked", status);
        var live = await factory.WithDbAsync(db => db.Set<OpenIddictEntityFrameworkCoreToken<Guid>>()
            .CountAsync(t => t.Authorization!.Id == id && t.Status != "revoked"));
        Assert.Equal(0, live);
    }

    [Fact]
    public async Task Revoking_garbage_publishes_nothing()
    {
        Assert.Equal(HttpStatusCode.OK, (await RevokeAsync(factory.CreateClient(), "not-a-token-" + Guid.NewGuid())).StatusCode);

        Assert.DoesNotContain(factory.Logs.Lines, l => l.Contains("revoked for user"));
    }

    private static string Claim(string jwt, string type) => Read(jwt).GetClaim(type).Value;

    private static ClaimsPrincipal Principal(string jwt) => new(new ClaimsIdentity(Read(jwt).Claims));
}

/// <summary>
/// Redis down: a revocation the APIs would never hear of is not reported as done. The caller gets
/// 503 + Retry-After and nothing is revoked, so the same request, retried, does the whole thing.
/// </summary>
public sealed class RevocationWithoutRedisTests(RevocationWithoutRedisTests.Factory factory)
    : IClassFixture<RevocationWithoutRedisTests.Factory>
{
    public sealed class Factory : AuthFactory
    {
        protected override string RedisConfiguration => "127.0.0.1:1,connectTimeout=200";
    }

    [Fact]
    public async Task Signing_out_answers_503_with_retry_after_and_revokes_nothing()
    {
        var user = await factory.AddUserAsync();
        var client = factory.CreateClient();
        var tokens = await SignInAsync(client, user);

        using var revoke = await RevokeAsync(client, tokens.RefreshToken!);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, revoke.StatusCode);
        Assert.Equal("application/problem+json", revoke.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(revoke.Headers.RetryAfter?.Delta);
        Assert.Contains(factory.Logs.Lines, l => l.Contains("not recorded, Redis unavailable"));
        // Nothing was revoked: the refresh token still works, so a retry can sign out for real.
        using var refreshed = await RefreshAsync(client, tokens.RefreshToken!);
        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
    }

    [Fact]
    public async Task Revoking_an_access_token_answers_503_too()
    {
        var user = await factory.AddUserAsync();
        var client = factory.CreateClient();
        var tokens = await SignInAsync(client, user);

        using var revoke = await RevokeAsync(client, tokens.AccessToken);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, revoke.StatusCode);
        Assert.NotNull(revoke.Headers.RetryAfter?.Delta);
    }
}
