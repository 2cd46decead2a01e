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
    /// For an exception thrown by a StackExchange.Redis call (guard nothing else with it): a
    /// <see cref="RedisException"/> (connection, timeout, server error), a <see cref="TimeoutException"/>,
    /// and the two exceptions StackExchange.Redis 2.x lets escape when a connection breaks under load
    /// (StackExchange.Redis issues #2692 and #3085): the <see cref="InvalidOperationException"/> of its
    /// pipe reader ("Reading is not allowed after reader was completed", thrown by System.IO.Pipelines)
    /// and a cancellation (any <see cref="OperationCanceledException"/>; a <see cref="TaskCanceledException"/>
    /// in practice) — its commands take no CancellationToken, so a cancellation coming out of one is
    /// never the caller's. Other invalid operations are bugs and
    /// stay errors.
    /// </summary>
    public static bool Is(Exception ex) =>
        ex is RedisException or TimeoutException or OperationCanceledException
        || ex is InvalidOperationException { Source: "System.IO.Pipelines" or "Pipelines.Sockets.Unofficial" or "StackExchange.Redis" };
}
