using System.ComponentModel.DataAnnotations;
using ChatNomina.ServiceDefaults.Health;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace ChatNomina.ServiceDefaults.Redis;

/// <summary>Redis connection and key prefix (section <c>Redis</c>).</summary>
public sealed class RedisOptions
{
    public const string SectionName = "Redis";

    [Required]
    public string Configuration { get; set; } = "localhost:6379";

    /// <summary>Prefix of every key this service writes, e.g. <c>chatnomina:payroll:</c>.</summary>
    [Required]
    public string KeyPrefix { get; set; } = "chatnomina:";

    /// <summary>
    /// How long a Redis call may take before the caller gives up and uses the database:
    /// a cache must never make a request slower than having no cache.
    /// </summary>
    [Range(50, 10_000)]
    public int OperationTimeoutMs { get; set; } = 500;

    /// <summary>
    /// False turns cache-aside off (every read goes to the database): for benchmarks and for
    /// ruling the cache out when investigating stale data.
    /// </summary>
    public bool CacheEnabled { get; set; } = true;
}

public static class RedisExtensions
{
    /// <summary>
    /// One <see cref="IConnectionMultiplexer"/> per process, which keeps reconnecting in the
    /// background when Redis is away, plus a readiness check. When <paramref name="requiredForReadiness"/>
    /// is false (a pure cache), an unreachable Redis reports Degraded instead of Unhealthy.
    /// </summary>
    public static IHostApplicationBuilder AddRedis(this IHostApplicationBuilder builder, bool requiredForReadiness)
    {
        builder.Services.AddOptions<RedisOptions>()
            .BindConfiguration(RedisOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        builder.Services.AddSingleton<IConnectionMultiplexer>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<RedisOptions>>().Value;
            var config = ConfigurationOptions.Parse(options.Configuration);
            config.AbortOnConnectFail = false;
            config.ConnectTimeout = Math.Max(options.OperationTimeoutMs, 1000);
            config.SyncTimeout = options.OperationTimeoutMs;
            config.AsyncTimeout = options.OperationTimeoutMs;
            config.ClientName ??= builder.Environment.ApplicationName;
            // While disconnected, fail at once instead of queueing commands until the timeout:
            // callers fall back to the database without waiting.
            config.BacklogPolicy = BacklogPolicy.FailFast;
            return ConnectionMultiplexer.Connect(config);
        });
        builder.Services.AddSingleton<RedisJsonCache>();

        builder.Services.AddHealthChecks().Add(new HealthCheckRegistration(
            "redis",
            sp => new RedisHealthCheck(sp.GetRequiredService<IConnectionMultiplexer>()),
            requiredForReadiness ? HealthStatus.Unhealthy : HealthStatus.Degraded,
            [HealthExtensions.ReadyTag],
            TimeSpan.FromSeconds(2)));

        return builder;
    }
}

internal sealed class RedisHealthCheck(IConnectionMultiplexer redis) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var latency = await redis.GetDatabase().PingAsync();
            return HealthCheckResult.Healthy($"PING {latency.TotalMilliseconds:F1} ms");
        }
        catch (Exception ex) when (RedisFailure.Is(ex))
        {
            return new HealthCheckResult(context.Registration.FailureStatus, "Redis unreachable: " + ex.GetType().Name);
        }
    }
}
