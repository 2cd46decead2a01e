using StackExchange.Redis;

namespace ChatNomina.ServiceDefaults.Redis;

/// <summary>
/// The one rule for "Redis could not answer this call", used wherever Redis is optional (caches,
/// rate limits, conversation contexts, health): such a failure degrades the feature, it never
/// becomes a 500.
/// </summary>
public static class RedisFailure
{
    /// <summary>
    /// A <see cref="RedisException"/> (connection, timeout, server error), a
    /// <see cref="TimeoutException"/>, or the <see cref="InvalidOperationException"/> that
    /// StackExchange.Redis 2.x lets escape from its pipe reader when a connection breaks under load
    /// ("Reading is not allowed after reader was completed", thrown by System.IO.Pipelines; see
    /// StackExchange.Redis issues #2692 and #3085). Other invalid operations are bugs and stay errors.
    /// </summary>
    public static bool Is(Exception ex) =>
        ex is RedisException or TimeoutException
        || ex is InvalidOperationException { Source: "System.IO.Pipelines" or "Pipelines.Sockets.Unofficial" or "StackExchange.Redis" };
}
