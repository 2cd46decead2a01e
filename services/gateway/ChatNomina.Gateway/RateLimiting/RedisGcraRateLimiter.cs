using StackExchange.Redis;

namespace ChatNomina.Gateway.RateLimiting;

/// <summary>The answer for one request: allowed or not, and when to come back.</summary>
public readonly record struct RateLimitDecision(bool Allowed, TimeSpan RetryAfter, long Remaining);

/// <summary>
/// GCRA (generic cell rate algorithm, the "virtual scheduling" form of a leaky bucket) with its
/// state in Redis, so every gateway replica draws from the same allowance. One key per
/// partition holds the theoretical arrival time (TAT) in microseconds of Redis server time; one
/// Lua script reads and updates it atomically, one round trip per request. Clock skew between
/// replicas cannot matter: only Redis's clock (<c>TIME</c>) is used.
/// </summary>
public sealed class RedisGcraRateLimiter(IConnectionMultiplexer redis)
{
    // KEYS[1]: the partition's key. ARGV[1]: emission interval (µs) = window / limit.
    // ARGV[2]: burst tolerance (µs) = window, so `limit` requests may arrive at once.
    // Returns { allowed (0|1), retry after (µs), remaining }.
    // Numbers are formatted with %.0f: Lua's tostring would write 1.7e+15 and lose precision.
    internal const string Script = """
        local t = redis.call('TIME')
        local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
        local interval = tonumber(ARGV[1])
        local tolerance = tonumber(ARGV[2])
        local tat = tonumber(redis.call('GET', KEYS[1]))
        if tat == nil or tat < now then tat = now end
        local new_tat = tat + interval
        local allow_at = new_tat - tolerance
        if now < allow_at then
          return { 0, string.format('%.0f', allow_at - now), 0 }
        end
        local ttl_ms = math.ceil((new_tat - now) / 1000)
        if ttl_ms < 1 then ttl_ms = 1 end
        redis.call('SET', KEYS[1], string.format('%.0f', new_tat), 'PX', ttl_ms)
        return { 1, '0', math.floor((tolerance - (new_tat - now)) / interval) }
        """;

    public async Task<RateLimitDecision> AcquireAsync(string key, RateLimitPolicy policy)
    {
        var windowMicros = policy.Window.Ticks / TimeSpan.TicksPerMicrosecond;
        var interval = Math.Max(1, windowMicros / policy.PermitLimit);
        var result = (RedisResult[])(await redis.GetDatabase().ScriptEvaluateAsync(
            Script, [new RedisKey(key)], [interval, windowMicros]))!;

        var allowed = (long)result[0] == 1;
        var retryAfterMicros = long.Parse((string)result[1]!, System.Globalization.CultureInfo.InvariantCulture);
        return new RateLimitDecision(allowed, TimeSpan.FromMicroseconds(retryAfterMicros), (long)result[2]);
    }
}
