using System.Net;
using System.Security.Claims;
using ChatNomina.ServiceDefaults.Authentication;
using ChatNomina.Testing;

namespace ChatNomina.Gateway.Tests;

/// <summary>
/// Access tokens revoked at the auth service (a key in Redis, written by auth's revocation
/// endpoint) are refused although their signature and lifetime are still good.
/// </summary>
public sealed class RevokedTokenTests(GatewayFactory factory) : IClassFixture<GatewayFactory>
{
    [Fact]
    public async Task Every_token_of_a_revoked_sign_in_is_refused_and_other_sign_ins_keep_working()
    {
        var user = Guid.NewGuid();
        var signIn = Guid.NewGuid().ToString();
        var first = factory.Client(Token(user, signIn, Guid.NewGuid().ToString()));
        var refreshed = factory.Client(Token(user, signIn, Guid.NewGuid().ToString()));
        var otherDevice = factory.Client(Token(user, Guid.NewGuid().ToString(), Guid.NewGuid().ToString()));
        Assert.Equal(HttpStatusCode.OK, (await first.GetAsync("/api/users/me")).StatusCode);

        await RedisProbe.StringSetAsync(RevokedTokens.SignInKey(signIn), 1, TimeSpan.FromMinutes(1));

        AssertRevoked(await first.GetAsync("/api/users/me"));
        AssertRevoked(await refreshed.GetAsync("/api/payroll/payslips/latest"));
        Assert.Equal(HttpStatusCode.OK, (await otherDevice.GetAsync("/api/users/me")).StatusCode);
        var metrics = await factory.Client().GetStringAsync("/metrics");
        var checks = metrics.Split('\n').Where(l => l.StartsWith("chatnomina_revocation_checks_total{", StringComparison.Ordinal)).ToList();
        Assert.Contains(checks, l => l.Contains("result=\"revoked\""));
        Assert.Contains(checks, l => l.Contains("result=\"valid\""));
    }

    [Fact]
    public async Task A_revoked_access_token_is_refused_and_its_sign_in_keeps_working()
    {
        var user = Guid.NewGuid();
        var signIn = Guid.NewGuid().ToString();
        var tokenId = Guid.NewGuid().ToString();
        var revoked = factory.Client(Token(user, signIn, tokenId));
        var next = factory.Client(Token(user, signIn, Guid.NewGuid().ToString()));

        await RedisProbe.StringSetAsync(RevokedTokens.TokenKey(tokenId), 1, TimeSpan.FromMinutes(1));

        AssertRevoked(await revoked.GetAsync("/api/users/me"));
        Assert.Equal(HttpStatusCode.OK, (await next.GetAsync("/api/users/me")).StatusCode);
    }

    [Fact]
    public async Task A_revoked_token_cannot_open_a_websocket_either()
    {
        var tokenId = Guid.NewGuid().ToString();
        var token = Token(Guid.NewGuid(), Guid.NewGuid().ToString(), tokenId);
        await RedisProbe.StringSetAsync(RevokedTokens.TokenKey(tokenId), 1, TimeSpan.FromMinutes(1));

        // The browser form: the token in the query string of the upgrade request.
        var response = await factory.Client().GetAsync($"/ws/chat?access_token={token}");

        AssertRevoked(response);
    }

    [Fact]
    public async Task Revocation_keys_expire_by_themselves()
    {
        var tokenId = Guid.NewGuid().ToString();
        var client = factory.Client(Token(Guid.NewGuid(), Guid.NewGuid().ToString(), tokenId));
        await RedisProbe.StringSetAsync(RevokedTokens.TokenKey(tokenId), 1, TimeSpan.FromMilliseconds(300));
        AssertRevoked(await client.GetAsync("/api/users/me"));

        await Task.Delay(TimeSpan.FromSeconds(1));

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/users/me")).StatusCode);
    }

    internal static string Token(Guid user, string signIn, string tokenId) =>
        TestTokens.Create(user, ChatNominaRoles.Employee, GatewayFactory.Audience, claims:
        [
            new Claim(RevokedTokens.AuthorizationIdClaim, signIn),
            new Claim(RevokedTokens.TokenIdClaim, tokenId),
        ]);

    private static void AssertRevoked(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains(response.Headers.WwwAuthenticate, h => h.Scheme == "Bearer" && h.Parameter!.Contains("invalid_token"));
        // Told that the token is invalid, never why.
        Assert.DoesNotContain(response.Headers.WwwAuthenticate, h => h.Parameter?.Contains("error_description") == true);
    }
}
