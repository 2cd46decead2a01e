using ChatNomina.ServiceDefaults.Redis;
using StackExchange.Redis;

namespace ChatNomina.Testing;

/// <summary>Looks at the Redis a service uses from the outside, with its own connection.</summary>
public static class RedisProbe
{
    public static async Task<T> WithRedisAsync<T>(Func<IDatabase, Task<T>> work, string? redisConfiguration = null)
    {
        await using var redis = await ConnectionMultiplexer.ConnectAsync(redisConfiguration ?? TestEnvironment.Redis);
        return await work(redis.GetDatabase());
    }

    public static Task<bool> KeyExistsAsync(string key, string? redisConfiguration = null) =>
        WithRedisAsync(db => db.KeyExistsAsync(key), redisConfiguration);

    /// <summary>Writes a key as another service would (e.g. auth publishing a revocation). Its own connection is
    /// connected when this returns; the service's multiplexer may still be connecting right after start-up.</summary>
    public static Task<bool> StringSetAsync(RedisKey key, RedisValue value, TimeSpan expiry, string? redisConfiguration = null) =>
        WithRedisAsync(db => db.StringSetAsync(key, value, expiry), redisConfiguration);

    /// <summary>
    /// The full key under which a service caches <paramref name="relativeKey"/> of
    /// <paramref name="scope"/> right now (the scope's current generation, see <see cref="RedisJsonCache"/>).
    /// </summary>
    public static Task<string> ScopedKeyAsync(
        string keyPrefix, string scope, string relativeKey, string? redisConfiguration = null) =>
        WithRedisAsync(async db =>
        {
            var generation = await db.StringGetAsync(keyPrefix + RedisJsonCache.GenerationKey(scope));
            return keyPrefix + RedisJsonCache.ScopedKey(relativeKey, generation.IsNull ? 0 : (long)generation);
        }, redisConfiguration);
}
