using System.ComponentModel.DataAnnotations;
using ChatNomina.ServiceDefaults.Health;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace ChatNomina.ServiceDefaults.Messaging;

/// <summary>Broker connection (configuration section "RabbitMq"). The defaults are the local
/// ./chatnomina broker (guest/guest only works from localhost); production sets them from secrets.</summary>
public sealed class RabbitMqOptions
{
    public const string SectionName = "RabbitMq";

    [Required] public string Host { get; set; } = "localhost";
    [Range(1, 65535)] public int Port { get; set; } = 5672;
    [Required] public string VirtualHost { get; set; } = "/";
    [Required] public string Username { get; set; } = "guest";
    [Required] public string Password { get; set; } = "guest";
}

public static class RabbitMqExtensions
{
    /// <summary>Binds and validates <see cref="RabbitMqOptions"/> (section <c>RabbitMq</c>).</summary>
    public static IServiceCollection AddRabbitMqOptions(this IServiceCollection services)
    {
        services.AddOptions<RabbitMqOptions>().BindConfiguration(RabbitMqOptions.SectionName)
            .ValidateDataAnnotations().ValidateOnStart();
        return services;
    }

    /// <summary>
    /// MassTransit on the RabbitMQ broker of <see cref="RabbitMqOptions"/>: the host does not wait
    /// for the broker to start (liveness answers at once), the bus health check is tagged for
    /// readiness with <paramref name="busDownStatus"/> (Unhealthy where the service is useless
    /// without the broker, Degraded where it still answers), and endpoints are configured from
    /// what <paramref name="configure"/> registers.
    /// </summary>
    public static IServiceCollection AddRabbitMqBus(this IServiceCollection services, HealthStatus busDownStatus,
        Action<IBusRegistrationConfigurator>? configure = null)
    {
        services.AddRabbitMqOptions();
        services.Configure<MassTransitHostOptions>(o => o.WaitUntilStarted = false);
        services.AddMassTransit(x =>
        {
            configure?.Invoke(x);
            // MassTransit's own check says Degraded while the connection is lost (its endpoints
            // are not ready), which readiness counts as ready: ours says busDownStatus instead.
            x.ConfigureHealthCheckOptions(h => h.Name = "masstransit-bus");
            x.UsingRabbitMq((context, cfg) =>
            {
                cfg.UseConfiguredHost(context);
                cfg.ConfigureEndpoints(context);
            });
        });
        services.AddHealthChecks().Add(new HealthCheckRegistration("rabbitmq",
            sp => new BusReadinessCheck(sp.GetRequiredService<IBusControl>(), busDownStatus), busDownStatus, [HealthExtensions.ReadyTag]));
        return services;
    }

    /// <summary>Points a MassTransit RabbitMQ bus at the broker of <see cref="RabbitMqOptions"/>.</summary>
    public static void UseConfiguredHost(this IRabbitMqBusFactoryConfigurator cfg, IBusRegistrationContext context)
    {
        var rabbit = context.GetRequiredService<IOptions<RabbitMqOptions>>().Value;
        cfg.Host(rabbit.Host, (ushort)rabbit.Port, rabbit.VirtualHost, h =>
        {
            h.Username(rabbit.Username);
            h.Password(rabbit.Password);
        });
    }
}

/// <summary>
/// Readiness from the bus's own view (connection and every receive endpoint): anything but
/// healthy — the broker connection lost and being retried, an endpoint's consumers gone — is
/// the service's "bus down" status, never a 200 that hides it.
/// </summary>
internal sealed class BusReadinessCheck(IBusControl bus, HealthStatus busDownStatus) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var health = bus.CheckHealth();
        return Task.FromResult(health.Status == BusHealthStatus.Healthy
            ? HealthCheckResult.Healthy(health.Description)
            : new HealthCheckResult(busDownStatus, health.Description, health.Exception));
    }
}
