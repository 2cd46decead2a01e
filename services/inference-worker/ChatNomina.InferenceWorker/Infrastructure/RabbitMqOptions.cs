using System.ComponentModel.DataAnnotations;

namespace ChatNomina.InferenceWorker.Infrastructure;

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
