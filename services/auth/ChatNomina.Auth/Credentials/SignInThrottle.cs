using System.Net;
using System.Security.Cryptography;
using System.Text;
using ChatNomina.Auth.Extensions;
using ChatNomina.ServiceDefaults.Redis;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace ChatNomina.Auth.Credentials;

/// <summary>What the throttle says about a sign-in attempt.</summary>
public readonly record struct ThrottleDecision(bool Allowed, TimeSpan RetryAfter, string? Reason)
{
    public static ThrottleDecision Allow { get; } = new(true, TimeSpan.Zero, null);
}

/// <summary>
/// Password guessing is slowed without letting anyone lock the real user out (no account lockout):
/// <list type="bullet">
/// <item>Failures are counted per (account, client address). The first <c>FreeAttempts</c> cost
/// nothing; after that each failure makes that address wait before its next try for that account,
/// doubling from <c>BaseDelay</c> up to <c>MaxDelay</c> (429 + Retry-After, no password checked).
/// Another address — the real user's — is not slowed by it.</item>
/// <item>Failures of an account from every address together: past <c>AccountThreshold</c> within
/// <c>AccountWindow</c> the account is under attack (logged, counted, alerted): addresses that never
/// signed in to it successfully then share one try per <c>AccountSlowInterval</c>; an address that
/// did (within <c>KnownAddressLifetime</c>) keeps signing in as usual.</item>
/// </list>
/// The account is the SHA-256 of the normalized e-mail, so an unknown e-mail is throttled exactly
/// like a real one (the 429s do not reveal which accounts exist). State lives in Redis with
/// expiries (one day for counts, the known-address lifetime for known addresses); the decisions
/// use the service's clock. Redis unavailable: the attempt is let through (counted as
/// <c>throttle_unavailable</c>) — sign-in keeps working, guessing is then only slowed by the
/// password hash and the gateway's per-address limit.
/// </summary>
public sealed partial class SignInThrottle(
    IConnectionMultiplexer redis,
    IOptions<RedisOptions> redisOptions,
    IOptions<SignInThrottleOptions> options,
    AuthMetrics metrics,
    ILogger<SignInThrottle> logger)
{
    // ARGV[7]: the browser's device member ("device:<id>") or "". A device that signed in to this
    // account before (within the known lifetime) is not throttled at all: it knows the password.
    private const string CheckScript = """
        local now = tonumber(ARGV[1])
        if ARGV[7] ~= '' then
          local device = redis.call('ZSCORE', KEYS[3], ARGV[7])
          if device and now - tonumber(device) <= tonumber(ARGV[6]) then return {0, 0} end
        end
        local pairNext = tonumber(redis.call('HGET', KEYS[1], 'n') or '0')
        if pairNext > now then return {1, pairNext - now} end
        local count = tonumber(redis.call('HGET', KEYS[2], 'c') or '0')
        local since = tonumber(redis.call('HGET', KEYS[2], 'w') or '0')
        if count >= tonumber(ARGV[3]) and now - since < tonumber(ARGV[5]) then
          local seen = redis.call('ZSCORE', KEYS[3], ARGV[2])
          if (not seen) or now - tonumber(seen) > tonumber(ARGV[6]) then
            local accountNext = tonumber(redis.call('HGET', KEYS[2], 'n') or '0')
            if accountNext > now then return {2, accountNext - now} end
            redis.call('HSET', KEYS[2], 'n', now + tonumber(ARGV[4]))
          end
        end
        return {0, 0}
        """;

    private const string FailureScript = """
        local now = tonumber(ARGV[1])
        local failures = redis.call('HINCRBY', KEYS[1], 'f', 1)
        local free = tonumber(ARGV[2])
        if failures > free then
          local wait = math.min(tonumber(ARGV[3]) * 2 ^ (failures - free - 1), tonumber(ARGV[4]))
          redis.call('HSET', KEYS[1], 'n', now + wait)
        end
        redis.call('EXPIRE', KEYS[1], ARGV[6])
        local since = tonumber(redis.call('HGET', KEYS[2], 'w') or '0')
        local count
        if now - since >= tonumber(ARGV[5]) then
          redis.call('HSET', KEYS[2], 'w', now)
          redis.call('HSET', KEYS[2], 'c', 1)
          redis.call('HDEL', KEYS[2], 'n')
          count = 1
        else
          count = redis.call('HINCRBY', KEYS[2], 'c', 1)
        end
        redis.call('EXPIRE', KEYS[2], ARGV[6])
        return {failures, count}
        """;

    private const string SuccessScript = """
        redis.call('DEL', KEYS[1])
        redis.call('ZADD', KEYS[2], ARGV[1], ARGV[2])
        if ARGV[5] ~= '' then redis.call('ZADD', KEYS[2], ARGV[1], ARGV[5]) end
        redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', tonumber(ARGV[1]) - tonumber(ARGV[3]))
        redis.call('EXPIRE', KEYS[2], ARGV[4])
        return 1
        """;

    private static readonly TimeSpan CountLifetime = TimeSpan.FromDays(1);

    private readonly string _prefix = redisOptions.Value.KeyPrefix + "signin:";

    /// <summary>
    /// Whether <paramref name="address"/> may try a password for <paramref name="email"/> now. A
    /// browser's <paramref name="device"/> that signed in to this account before always may.
    /// </summary>
    public async Task<ThrottleDecision> CheckAsync(string email, IPAddress? address, DateTimeOffset now, string? device = null)
    {
        var settings = options.Value;
        var (account, from) = Keys(email, address);
        try
        {
            var result = (RedisResult[])(await redis.GetDatabase().ScriptEvaluateAsync(CheckScript,
                [PairKey(account, from), AccountKey(account), KnownKey(account)],
                [now.ToUnixTimeMilliseconds(), from, settings.AccountThreshold, (long)settings.AccountSlowInterval.TotalMilliseconds,
                 (long)settings.AccountWindow.TotalMilliseconds, (long)settings.KnownAddressLifetime.TotalMilliseconds, DeviceMember(device)]))!;
            var verdict = (int)result[0];
            return verdict == 0
                ? ThrottleDecision.Allow
                : new ThrottleDecision(false, TimeSpan.FromMilliseconds((long)result[1]), verdict == 1 ? "address" : "account");
        }
        catch (Exception ex) when (RedisFailure.Is(ex))
        {
            LogUnavailable(logger, ex.GetType().Name);
            metrics.RecordSignIn("throttle_unavailable");
            return ThrottleDecision.Allow;
        }
    }

    /// <summary>Counts a failed attempt (wrong password or unknown account).</summary>
    public async Task RecordFailureAsync(string email, IPAddress? address, DateTimeOffset now, Guid? userId)
    {
        var settings = options.Value;
        var (account, from) = Keys(email, address);
        try
        {
            var result = (RedisResult[])(await redis.GetDatabase().ScriptEvaluateAsync(FailureScript,
                [PairKey(account, from), AccountKey(account)],
                [now.ToUnixTimeMilliseconds(), settings.FreeAttempts, (long)settings.BaseDelay.TotalMilliseconds,
                 (long)settings.MaxDelay.TotalMilliseconds, (long)settings.AccountWindow.TotalMilliseconds, (long)CountLifetime.TotalSeconds]))!;
            if ((int)result[1] == settings.AccountThreshold)
            {
                // Once per window: the alert's signal (chatnomina_auth_accounts_under_attack_total).
                LogUnderAttack(logger, userId, settings.AccountThreshold, settings.AccountWindow);
                metrics.AccountUnderAttack();
            }
        }
        catch (Exception ex) when (RedisFailure.Is(ex))
        {
            LogUnavailable(logger, ex.GetType().Name);
        }
    }

    /// <summary>A successful sign-in: that address's count starts again, and it (and the browser's device) become known.</summary>
    public async Task RecordSuccessAsync(string email, IPAddress? address, DateTimeOffset now, string? device = null)
    {
        var settings = options.Value;
        var (account, from) = Keys(email, address);
        try
        {
            await redis.GetDatabase().ScriptEvaluateAsync(SuccessScript, [PairKey(account, from), KnownKey(account)],
                [now.ToUnixTimeMilliseconds(), from, (long)settings.KnownAddressLifetime.TotalMilliseconds,
                 (long)settings.KnownAddressLifetime.TotalSeconds, DeviceMember(device)]);
        }
        catch (Exception ex) when (RedisFailure.Is(ex))
        {
            LogUnavailable(logger, ex.GetType().Name);
        }
    }

    private static (string Account, string Address) Keys(string email, IPAddress? address)
    {
        var normalized = Model.Credential.NormalizeEmail(email);
        var account = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalized)))[..32];
        var from = (address is { IsIPv4MappedToIPv6: true } ? address.MapToIPv4() : address)?.ToString() ?? "unknown";
        return (account, from);
    }

    /// <summary>A device id as a member of the known set (beside addresses), or "" for none.</summary>
    private static string DeviceMember(string? device) => string.IsNullOrEmpty(device) ? "" : "device:" + device;

    private RedisKey PairKey(string account, string address) => $"{_prefix}pair:{account}:{address}";

    private RedisKey AccountKey(string account) => $"{_prefix}account:{account}";

    private RedisKey KnownKey(string account) => $"{_prefix}known:{account}";

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sign-in throttle unavailable, attempt let through: Redis failed ({Error})")]
    private static partial void LogUnavailable(ILogger logger, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Account {UserId} under password attack: {Threshold} failed sign-ins within {Window}; unknown addresses are slowed")]
    private static partial void LogUnderAttack(ILogger logger, Guid? userId, int threshold, TimeSpan window);
}
