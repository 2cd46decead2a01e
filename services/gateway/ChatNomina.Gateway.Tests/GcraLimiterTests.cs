using ChatNomina.Gateway.RateLimiting;
using ChatNomina.Testing;
using StackExchange.Redis;

namespace ChatNomina.Gateway.Tests;

/// <summary>The GCRA script itself, against the real Redis.</summary>
public sealed class GcraLimiterTests : IAsyncLifetime
{
    private readonly string _key = $"test:gateway:gcra:{Guid.NewGuid():N}";
    private ConnectionMultiplexer _redis = null!;

    public async Task InitializeAsync() => _redis = await ConnectionMultiplexer.ConnectAsync(TestEnvironment.Redis);

    public async Task DisposeAsync()
    {
        await _redis.GetDatabase().KeyDeleteAsync(_key);
        await _redis.DisposeAsync();
    }

    [Fact]
    public async Task Burst_of_exactly_the_limit_then_refused_with_the_wait_until_the_next_permit()
    {
        var limiter = new RedisGcraRateLimiter(_redis);
        var policy = new RateLimitPolicy { PermitLimit = 4, Window = TimeSpan.FromSeconds(40) }; // one per 10 s

        var burst = new List<RateLimitDecision>();
        for (var i = 0; i < 5; i++)
        {
            burst.Add(await limiter.AcquireAsync(_key, policy));
        }

        Assert.Equal([true, true, true, true, false], burst.Select(d => d.Allowed));
        Assert.Equal([3L, 2L, 1L, 0L], burst.Take(4).Select(d => d.Remaining));
        Assert.InRange(burst[4].RetryAfter, TimeSpan.FromSeconds(8), TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task A_permit_comes_back_after_the_emission_interval()
    {
        var limiter = new RedisGcraRateLimiter(_redis);
        var policy = new RateLimitPolicy { PermitLimit = 1, Window = TimeSpan.FromSeconds(3) };

        Assert.True((await limiter.AcquireAsync(_key, policy)).Allowed);
        var refused = await limiter.AcquireAsync(_key, policy);
        Assert.False(refused.Allowed);
        Assert.InRange(refused.RetryAfter, TimeSpan.FromTicks(1), TimeSpan.FromSeconds(3));

        await Task.Delay(refused.RetryAfter + TimeSpan.FromMilliseconds(50));
        Assert.True((await limiter.AcquireAsync(_key, policy)).Allowed);
    }

    [Fact]
    public async Task Idle_partition_expires_from_redis()
    {
        var limiter = new RedisGcraRateLimiter(_redis);
        var policy = new RateLimitPolicy { PermitLimit = 10, Window = TimeSpan.FromSeconds(1) };

        await limiter.AcquireAsync(_key, policy);

        var ttl = await _redis.GetDatabase().KeyTimeToLiveAsync(_key);
        Assert.NotNull(ttl);
        Assert.InRange(ttl.Value, TimeSpan.FromMilliseconds(1), TimeSpan.FromMilliseconds(100));
    }
}
