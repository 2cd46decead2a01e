using System.Net;
using System.Text.Json;

namespace ChatNomina.EndToEnd;

/// <summary>
/// Rate limits: per user on /api/**, per client IP on /connect/token, shared by every gateway
/// replica through Redis. Each test exhausts the limit of its own throwaway account or of a
/// made-up client address, so no other test (or person) is slowed down.
/// </summary>
[Collection(StackCollection.Name)]
public sealed class RateLimitTests(StackFixture stack)
{
    private const int MaxRequests = 3000;

    [Fact]
    public async Task User_over_the_limit_gets_429_with_retry_after_and_others_are_unaffected()
    {
        var account = await stack.SignInThrowawayAsync();

        var (allowed, refused) = await ExhaustAsync([stack.ClientFor(account)]);

        Assert.True(allowed > 0);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.InRange(refused.Headers.RetryAfter!.Delta!.Value.TotalSeconds, 1, 3600);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Equal(429, JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement.GetProperty("status").GetInt32());
        Assert.Equal(HttpStatusCode.OK, (await stack.ClientFor(stack.Ana).GetAsync("api/users/me")).StatusCode);
    }

    [Fact]
    public async Task Two_gateway_replicas_share_one_users_limit()
    {
        await using var second = await ServiceProcess.StartGatewayAsync();
        // The same user through one replica, then through two: two replicas must not double it.
        var alone = await stack.SignInThrowawayAsync();
        var (allowedAlone, _) = await ExhaustAsync([stack.ClientFor(alone)]);

        var shared = await stack.SignInThrowawayAsync();
        var first = stack.ClientFor(shared);
        var other = stack.ClientFor(shared.AccessToken, second.Url);
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync("api/users/me")).StatusCode);
        var (allowedShared, _) = await ExhaustAsync([first, other]);

        Assert.True(allowedShared + 1 < allowedAlone * 1.5,
            $"two replicas allowed {allowedShared + 1} requests where one allowed {allowedAlone}: the limit is not shared");
        // Right after, both replicas refuse (a permit comes back every window/limit, so a few
        // requests each: most must be refused on both).
        // Both replicas are asked at the same moment, so neither check waits for the other while permits come back.
        var firstAfterTask = Task.WhenAll(Enumerable.Range(0, 8).Select(_ => first.GetAsync("api/users/me")));
        var otherAfterTask = Task.WhenAll(Enumerable.Range(0, 8).Select(_ => other.GetAsync("api/users/me")));
        var firstAfter = await firstAfterTask;
        var otherAfter = await otherAfterTask;
        Assert.True(firstAfter.Count(r => r.StatusCode == HttpStatusCode.TooManyRequests) >= 6, "the first replica still lets the user through");
        Assert.True(otherAfter.Count(r => r.StatusCode == HttpStatusCode.TooManyRequests) >= 6, "the second replica still lets the user through");
    }

    [Fact]
    public async Task Token_endpoint_is_limited_per_client_ip()
    {
        // A made-up client address, as the trusted proxy in front of the gateway would report it.
        var clientIp = $"198.18.{Random.Shared.Next(0, 255)}.{Random.Shared.Next(1, 255)}";
        HttpResponseMessage? refused = null;
        var sent = 0;
        while (refused is null && sent < 1000)
        {
            var batch = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => stack.Http.SendAsync(BadLogin(clientIp))));
            sent += batch.Length;
            refused = batch.FirstOrDefault(r => r.StatusCode == HttpStatusCode.TooManyRequests);
            Assert.All(batch, r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.BadRequest, HttpStatusCode.TooManyRequests }));
        }

        Assert.NotNull(refused);
        Assert.True(refused.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.BadRequest, (await stack.Http.SendAsync(BadLogin("198.19.0.1"))).StatusCode);
    }

    /// <summary>Requests (16 at a time, round robin over the clients) until one is refused.</summary>
    private static async Task<(int Allowed, HttpResponseMessage Refused)> ExhaustAsync(HttpClient[] clients)
    {
        var allowed = 0;
        var sent = 0;
        while (sent < MaxRequests)
        {
            var batch = await Task.WhenAll(Enumerable.Range(0, 16)
                .Select(i => clients[(sent + i) % clients.Length].GetAsync("api/users/me")));
            sent += batch.Length;
            allowed += batch.Count(r => r.StatusCode == HttpStatusCode.OK);
            Assert.All(batch, r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.TooManyRequests }));
            if (batch.FirstOrDefault(r => r.StatusCode == HttpStatusCode.TooManyRequests) is { } refused)
            {
                return (allowed, refused);
            }
        }
        throw new Xunit.Sdk.XunitException($"no 429 after {MaxRequests} requests of one user");
    }

    private static HttpRequestMessage BadLogin(string clientIp)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "connect/token")
        {
            Content = StackFixture.PasswordGrant($"nobody-{Guid.NewGuid():N}@example.invalid", "wrong"),
        };
        request.Headers.Add("X-Forwarded-For", clientIp);
        return request;
    }
}
