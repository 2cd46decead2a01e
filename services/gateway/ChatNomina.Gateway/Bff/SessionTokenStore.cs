using System.Security.Cryptography;
using System.Text.Json;
using ChatNomina.ServiceDefaults.Redis;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace ChatNomina.Gateway.Bff;

/// <summary>The tokens of one browser session: what the gateway attaches and refreshes.</summary>
public sealed record SessionTokens(string AccessToken, string RefreshToken, DateTimeOffset AccessTokenExpiresAt, DateTimeOffset SessionExpiresAt);

/// <summary>
/// A browser session's tokens live in Redis, never in the browser: the session cookie holds only
/// the user's claims and a random session id. Signing out deletes the entry, so a copied cookie
/// is worthless afterwards, and every gateway replica sees the same tokens (a refresh by one is
/// used by all). Entries are encrypted with the gateway's data-protection keys (they hold the
/// user's access and refresh tokens) and expire with the session.
/// </summary>
public sealed class SessionTokenStore(
    IConnectionMultiplexer redis,
    IDataProtectionProvider protection,
    IOptions<RedisOptions> redisOptions,
    TimeProvider clock)
{
    private readonly IDataProtector protector = protection.CreateProtector("ChatNomina.Gateway.Bff.SessionTokens");

    public static string NewSessionId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));

    public async Task SaveAsync(string sessionId, SessionTokens tokens)
    {
        var ttl = tokens.SessionExpiresAt - clock.GetUtcNow();
        if (ttl <= TimeSpan.Zero)
        {
            await RemoveAsync(sessionId);
            return;
        }
        var value = protector.Protect(JsonSerializer.SerializeToUtf8Bytes(tokens, BffJsonContext.Default.SessionTokens));
        await redis.GetDatabase().StringSetAsync(Key(sessionId), value, ttl);
    }

    /// <summary>The session's tokens; null when it ended (signed out, expired, or unreadable). Redis failures propagate.</summary>
    public async Task<SessionTokens?> GetAsync(string sessionId)
    {
        var value = (byte[]?)await redis.GetDatabase().StringGetAsync(Key(sessionId));
        if (value is null)
        {
            return null;
        }
        try
        {
            return JsonSerializer.Deserialize(protector.Unprotect(value), BffJsonContext.Default.SessionTokens);
        }
        catch (CryptographicException)
        {
            // Written with keys this gateway no longer has: the session is over.
            return null;
        }
    }

    public Task RemoveAsync(string sessionId) => redis.GetDatabase().KeyDeleteAsync(Key(sessionId));

    /// <summary>
    /// The session's refresh lock (every replica sees it), or null when another request holds it.
    /// It expires by itself after <see cref="RefreshLockLifetime"/> if its holder dies.
    /// </summary>
    public async Task<RefreshLock?> TryLockRefreshAsync(string sessionId)
    {
        var key = Key(sessionId).Append(":refresh");
        var owner = NewSessionId();
        return await redis.GetDatabase().StringSetAsync(key, owner, RefreshLockLifetime, When.NotExists)
            ? new RefreshLock(redis.GetDatabase(), key, owner)
            : null;
    }

    public static readonly TimeSpan RefreshLockLifetime = TimeSpan.FromSeconds(10);

    /// <summary>Releases the lock if it is still this holder's (compare and delete, atomically).</summary>
    public sealed class RefreshLock(IDatabase database, RedisKey key, string owner) : IAsyncDisposable
    {
        private const string Release = "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) else return 0 end";

        public async ValueTask DisposeAsync() => await database.ScriptEvaluateAsync(Release, [key], [owner]);
    }

    /// <summary>The entry's key names a hash of the session id, so reading Redis's key names does not give sessions away.</summary>
    private RedisKey Key(string sessionId) =>
        $"{redisOptions.Value.KeyPrefix}session:{Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(sessionId)))}";
}
