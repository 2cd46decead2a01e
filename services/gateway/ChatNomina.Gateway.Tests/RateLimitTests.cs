using System.Net;
using System.Text.Json;
using ChatNomina.Testing;

namespace ChatNomina.Gateway.Tests;

/// <summary>Per-user and per-IP limits, kept in Redis so that every replica shares them.</summary>
public sealed class RateLimitTests(GatewayFactory factory) : IClassFixture<GatewayFactory>
{
    [Fact]
    public async Task User_over_the_limit_gets_429_with_retry_after_and_problem_details()
    {
        var client = factory.ClientFor(Guid.NewGuid());
        for (var i = 0; i < GatewayFactory.PermitLimit; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/users/me")).StatusCode);
        }
        var before = factory.Backend.Received.Count;

        var refused = await client.GetAsync("/api/payroll/payslips/2025/1");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        var retryAfter = refused.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value.TotalSeconds, 1, 60);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync());
        Assert.Equal(429, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Equal(before, factory.Backend.Received.Count);
    }

    [Fact]
    public async Task One_users_limit_does_not_touch_another_user()
    {
        var greedy = factory.ClientFor(Guid.NewGuid());
        for (var i = 0; i <= GatewayFactory.PermitLimit; i++)
        {
            await greedy.GetAsync("/api/users/me");
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await greedy.GetAsync("/api/users/me")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await factory.ClientFor(Guid.NewGuid()).GetAsync("/api/users/me")).StatusCode);
    }

    [Fact]
    public async Task Token_endpoint_is_limited_per_client_ip()
    {
        var ip = $"198.51.100.{Random.Shared.Next(1, 250)}";
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i <= GatewayFactory.PermitLimit; i++)
        {
            statuses.Add((await factory.Client().SendAsync(TokenRequest(ip))).StatusCode);
        }

        Assert.All(statuses.Take(GatewayFactory.PermitLimit), s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        // Another client address is not affected.
        Assert.Equal(HttpStatusCode.OK, (await factory.Client().SendAsync(TokenRequest("198.51.100.251"))).StatusCode);
    }

    [Fact]
    public async Task Two_replicas_share_one_users_limit()
    {
        await using var second = new SecondReplicaFactory(factory);
        await ((IAsyncLifetime)second).InitializeAsync();
        var user = Guid.NewGuid();
        var first = factory.ClientFor(user);
        var other = second.ClientFor(user);

        var allowed = 0;
        for (var i = 0; i < GatewayFactory.PermitLimit * 2; i++)
        {
            var response = await (i % 2 == 0 ? first : other).GetAsync("/api/users/me");
            if (response.StatusCode == HttpStatusCode.OK)
            {
                allowed++;
            }
        }

        // Each replica alone would have allowed PermitLimit; together they allow PermitLimit.
        Assert.Equal(GatewayFactory.PermitLimit, allowed);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await other.GetAsync("/api/users/me")).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await first.GetAsync("/api/users/me")).StatusCode);
    }

    [Fact]
    public async Task Unlimited_routes_are_not_counted()
    {
        var client = factory.Client();
        for (var i = 0; i < GatewayFactory.PermitLimit * 2; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/.well-known/openid-configuration")).StatusCode);
        }
    }

    private static HttpRequestMessage TokenRequest(string clientIp)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/connect/token")
        {
            Content = new FormUrlEncodedContent([new("grant_type", "password"), new("username", "x"), new("password", "y")]),
        };
        request.Headers.Add("X-Forwarded-For", clientIp);
        return request;
    }
}

/// <summary>Without Redis the limits cannot be counted: the gateway lets requests through (fail open).</summary>
public sealed class RedisOutageTests(RedisDownGatewayFactory factory) : IClassFixture<RedisDownGatewayFactory>
{
    [Fact]
    public async Task Requests_pass_when_redis_is_unreachable()
    {
        var client = factory.ClientFor(Guid.NewGuid());
        for (var i = 0; i <= GatewayFactory.PermitLimit; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/users/me")).StatusCode);
        }
        Assert.Contains(factory.Logs, l => l.Message.Contains("Rate limiter unavailable"));
    }

    [Fact]
    public async Task Tokens_are_accepted_when_the_revocation_list_cannot_be_read()
    {
        // Fail open: without Redis a token is good until it expires, as it is without the check.
        var token = RevokedTokenTests.Token(Guid.NewGuid(), Guid.NewGuid().ToString(), Guid.NewGuid().ToString());

        var response = await factory.Client(token).GetAsync("/api/users/me");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(factory.Logs, l => l.Message.Contains("Revoked-token check skipped"));
    }

    [Fact]
    public async Task Readiness_stays_up_without_redis()
    {
        var response = await factory.Client().GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Degraded", await response.Content.ReadAsStringAsync());
    }
}
