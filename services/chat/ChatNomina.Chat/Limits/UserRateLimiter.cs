using ChatNomina.Chat.Extensions;
using ChatNomina.ServiceDefaults.Redis;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace ChatNomina.Chat.Limits;

/// <summary>
/// Per-user sliding-window limit on chat messages, in Redis (one sorted set of message times per
/// user, trimmed to the window by a Lua script, so the check and the add are atomic and every
/// chat replica shares the count). If Redis is unreachable the message is let through (logged):
/// losing the limit for a moment is better than refusing every user.
/// </summary>
public sealed class UserRateLimiter(
    IConnectionMultiplexer redis,
    IOptions<RedisOptions> redisOptions,
    IOptions<ChatOptions> options,
    TimeProvider clock,
    ILogger<UserRateLimiter> logger)
{
    // KEYS[1] = the user's set; ARGV = now (ms), window (ms), limit, member id.
    // Returns 0 when allowed, else the milliseconds until the oldest entry leaves the window.
    private const string Script = """
        local key = KEYS[1]
        local now = tonumber(ARGV[1])
        local window = tonumber(ARGV[2])
        local limit = tonumber(ARGV[3])
        redis.call('ZREMRANGEBYSCORE', key, '-inf', now - window)
        local count = redis.call('ZCARD', key)
        if count < limit then
          redis.call('ZADD', key, now, ARGV[4])
          redis.call('PEXPIRE', key, window)
          return 0
        end
        local oldest = redis.call('ZRANGE', key, 0, 0, 'WITHSCORES')
        local wait = tonumber(oldest[2]) + window - now
        if wait < 1 then wait = 1 end
        return wait
        """;

    /// <summary>Null when the message may go on; otherwise how long until it would be allowed.</summary>
    public async Task<TimeSpan?> TryAcquireAsync(Guid userId, CancellationToken ct)
    {
        var settings = options.Value.RateLimit;
        var key = $"{redisOptions.Value.KeyPrefix}ratelimit:{userId:N}";
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        try
        {
            var result = await redis.GetDatabase().ScriptEvaluateAsync(Script, [key],
                [now, (long)settings.Window.TotalMilliseconds, settings.PermitLimit, Guid.NewGuid().ToString("N")]);
            var waitMs = (long)result;
            return waitMs <= 0 ? null : TimeSpan.FromMilliseconds(waitMs);
        }
        catch (Exception ex) when (RedisFailure.Is(ex))
        {
            logger.LogWarning("Chat rate limit not applied, Redis unreachable: {Error}", ex.GetType().Name);
            return null;
        }
    }
}
