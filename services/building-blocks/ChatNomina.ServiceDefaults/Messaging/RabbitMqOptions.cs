using System.ComponentModel.DataAnnotations;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
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
