using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using ChatNomina.ServiceDefaults.Telemetry;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace ChatNomina.ServiceDefaults.Redis;

/// <summary>
/// Cache-aside over Redis with JSON values (source-generated contexts). Redis being slow or
/// down is never an error for the caller: reads miss, writes and removals are skipped, and
/// the failure is logged and counted (<c>chatnomina_cache_errors_total</c>).
/// </summary>
public sealed partial class RedisJsonCache(
    IConnectionMultiplexer redis,
    IOptions<RedisOptions> options,
    ChatNominaMetrics metrics,
    ILogger<RedisJsonCache> logger)
{
    private readonly string _prefix = options.Value.KeyPrefix;
    private readonly bool _enabled = options.Value.CacheEnabled;

    /// <summary>The full Redis key for a key relative to this service's prefix.</summary>
    public RedisKey Key(string relativeKey) => _prefix + relativeKey;

    /// <summary>
    /// Returns the cached value, or loads it, caches it for <paramref name="ttl"/> and returns it.
    /// A null from the loader (not found) is not cached.
    /// </summary>
    public async Task<T?> GetOrLoadAsync<T>(
        string cacheName, string relativeKey, JsonTypeInfo<T> typeInfo, TimeSpan ttl,
        Func<CancellationToken, Task<T?>> load, CancellationToken cancellationToken)
        where T : class
    {
        if (!_enabled)
        {
            return await load(cancellationToken);
        }
        var key = Key(relativeKey);
        var cached = await TryGetAsync(cacheName, key, typeInfo);
        if (cached is not null)
        {
            metrics.RecordCacheLookup(cacheName, hit: true);
            return cached;
        }

        metrics.RecordCacheLookup(cacheName, hit: false);
        var value = await load(cancellationToken);
        if (value is not null)
        {
            await TrySetAsync(cacheName, key, JsonSerializer.SerializeToUtf8Bytes(value, typeInfo), ttl);
        }
        return value;
    }

    /// <summary>The value under a key, or null when absent, unreadable or Redis is unreachable.</summary>
    public async Task<T?> GetAsync<T>(string cacheName, string relativeKey, JsonTypeInfo<T> typeInfo)
        where T : class
    {
        var value = await TryGetAsync(cacheName, Key(relativeKey), typeInfo);
        metrics.RecordCacheLookup(cacheName, hit: value is not null);
        return value;
    }

    /// <summary>Stores a value for <paramref name="ttl"/>; skipped (logged, counted) when Redis is unreachable.</summary>
    public Task SetAsync<T>(string cacheName, string relativeKey, T value, JsonTypeInfo<T> typeInfo, TimeSpan ttl) =>
        TrySetAsync(cacheName, Key(relativeKey), JsonSerializer.SerializeToUtf8Bytes(value, typeInfo), ttl);

    /// <summary>Removes keys (relative to the prefix). Returns false when Redis could not be reached.</summary>
    public async Task<bool> RemoveAsync(string cacheName, IEnumerable<string> relativeKeys)
    {
        var keys = relativeKeys.Select(Key).ToArray();
        if (keys.Length == 0)
        {
            return true;
        }
        try
        {
            await redis.GetDatabase().KeyDeleteAsync(keys);
            return true;
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            metrics.RecordCacheError(cacheName, "remove");
            LogCacheFailure(logger, cacheName, "remove", ex.GetType().Name);
            return false;
        }
    }

    private async Task<T?> TryGetAsync<T>(string cacheName, RedisKey key, JsonTypeInfo<T> typeInfo)
        where T : class
    {
        try
        {
            var raw = await redis.GetDatabase().StringGetAsync(key);
            return raw.IsNull ? null : JsonSerializer.Deserialize((byte[])raw!, typeInfo);
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException or JsonException)
        {
            metrics.RecordCacheError(cacheName, "get");
            LogCacheFailure(logger, cacheName, "get", ex.GetType().Name);
            return null;
        }
    }

    private async Task TrySetAsync(string cacheName, RedisKey key, byte[] value, TimeSpan ttl)
    {
        try
        {
            await redis.GetDatabase().StringSetAsync(key, value, ttl);
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            metrics.RecordCacheError(cacheName, "set");
            LogCacheFailure(logger, cacheName, "set", ex.GetType().Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cache {Cache} {Operation} failed ({Error}); falling back to the database")]
    private static partial void LogCacheFailure(ILogger logger, string cache, string operation, string error);
}
