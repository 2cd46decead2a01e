using ChatNomina.Chat.Storage;
using ChatNomina.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ChatNomina.Chat.Tests.Analytics;

/// <summary>
/// The chat service in-process on its own PostgreSQL database and Redis key prefix, for routes that
/// only read the store. Nothing reaches RabbitMQ: the bus's hosted service and the warm-up (which sends
/// an understanding request) are not started, and the broker address points nowhere in case anything
/// else tries.
/// </summary>
public class ChatFactory : ServiceFactory<Program, ChatDbContext>
{
    protected override string ConnectionName => "chatdb";

    public override string Audience => "chatnomina-chat";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("RabbitMq:Host", "127.0.0.1");
        builder.UseSetting("RabbitMq:Port", "1");
        builder.ConfigureServices(services =>
        {
            // MassTransit's hosted service by type; the warm-up is the one registered through a factory.
            var bus = services.Where(d => d.ServiceType == typeof(IHostedService)
                && (d.ImplementationType?.Namespace?.StartsWith("MassTransit", StringComparison.Ordinal) == true
                    || d.ImplementationFactory is not null)).ToList();
            foreach (var descriptor in bus)
            {
                services.Remove(descriptor);
            }
        });
    }
}
