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
/// <remarks>
/// Values that a write must invalidate belong to a <em>scope</em> (one employee's profile, one
/// employee's payslips): they are stored under <c>{key}@{generation}</c>, the generation being a
/// counter at <c>gen:{scope}</c> that <see cref="InvalidateScopesAsync"/> increments after the
/// commit. A reader reads the generation before it loads from the database, so a value loaded
/// before a commit but written to Redis after the invalidation lands under the old generation,
/// which no later reader asks for (with plain delete-on-write that stale value would be served
/// until the TTL). Old generations simply expire.
/// </remarks>
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

    /// <summary>
    /// <see cref="GetOrLoadAsync{T}"/> for a value of <paramref name="scope"/>: cached under the
    /// scope's current generation. When the generation cannot be read (Redis unreachable) the value
    /// is loaded and not cached.
    /// </summary>
    public async Task<T?> GetOrLoadAsync<T>(
        string cacheName, string scope, string relativeKey, JsonTypeInfo<T> typeInfo, TimeSpan ttl,
        Func<CancellationToken, Task<T?>> load, CancellationToken cancellationToken)
        where T : class
    {
        if (!_enabled)
        {
            return await load(cancellationToken);
        }
        var generation = await TryGetGenerationAsync(cacheName, scope);
        if (generation is null)
        {
            metrics.RecordCacheLookup(cacheName, hit: false);
            return await load(cancellationToken);
        }
        return await GetOrLoadAsync(cacheName, ScopedKey(relativeKey, generation.Value), typeInfo, ttl, load, cancellationToken);
    }

    /// <summary>The key, relative to the prefix, of a scoped value in a given generation.</summary>
    public static string ScopedKey(string relativeKey, long generation) => $"{relativeKey}@{generation}";

    /// <summary>The key, relative to the prefix, of a scope's generation counter.</summary>
    public static string GenerationKey(string scope) => $"gen:{scope}";

    /// <summary>
    /// Moves every scope to a new generation, so values cached before are never read again. Call it
    /// after the database commit. Returns false when Redis could not be reached (the TTL then bounds
    /// how long the old values are served).
    /// </summary>
    public async Task<bool> InvalidateScopesAsync(string cacheName, IEnumerable<string> scopes)
    {
        var keys = scopes.Distinct(StringComparer.Ordinal).Select(s => Key(GenerationKey(s))).ToArray();
        if (keys.Length == 0)
        {
            return true;
        }
        try
        {
            var db = redis.GetDatabase();
            await Task.WhenAll(keys.Select(k => db.StringIncrementAsync(k)));
            return true;
        }
        catch (Exception ex) when (RedisFailure.Is(ex))
        {
            metrics.RecordCacheError(cacheName, "invalidate");
            LogCacheFailure(logger, cacheName, "invalidate", ex.GetType().Name);
            return false;
        }
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

    private async Task<T?> TryGetAsync<T>(string cacheName, RedisKey key, JsonTypeInfo<T> typeInfo)
        where T : class
    {
        try
        {
            var raw = await redis.GetDatabase().StringGetAsync(key);
            return raw.IsNull ? null : JsonSerializer.Deserialize((byte[])raw!, typeInfo);
        }
        catch (Exception ex) when (RedisFailure.Is(ex) || ex is JsonException)
        {
            metrics.RecordCacheError(cacheName, "get");
            LogCacheFailure(logger, cacheName, "get", ex.GetType().Name);
            return null;
        }
    }

    private async Task<long?> TryGetGenerationAsync(string cacheName, string scope)
    {
        try
        {
            var raw = await redis.GetDatabase().StringGetAsync(Key(GenerationKey(scope)));
            return raw.IsNull ? 0 : (long)raw;
        }
        catch (Exception ex) when (RedisFailure.Is(ex) || ex is InvalidCastException)
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
        catch (Exception ex) when (RedisFailure.Is(ex))
        {
            metrics.RecordCacheError(cacheName, "set");
            LogCacheFailure(logger, cacheName, "set", ex.GetType().Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cache {Cache} {Operation} failed ({Error}); falling back to the database")]
    private static partial void LogCacheFailure(ILogger logger, string cache, string operation, string error);
}
