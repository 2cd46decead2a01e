using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace ChatNomina.ServiceDefaults.Health;

/// <summary>
/// Readiness is 503 from the moment the host starts shutting down (SIGTERM): a load balancer or
/// Kubernetes stops sending new work while the requests in flight finish.
/// </summary>
public sealed class ShutdownHealthCheck(IHostApplicationLifetime lifetime) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(lifetime.ApplicationStopping.IsCancellationRequested
            ? HealthCheckResult.Unhealthy("shutting down: finishing the requests in flight")
            : HealthCheckResult.Healthy());
}
