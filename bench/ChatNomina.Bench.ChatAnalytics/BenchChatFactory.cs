using ChatNomina.Chat.Storage;
using ChatNomina.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ChatNomina.Bench.ChatAnalytics;

/// <summary>
/// The chat service in-process on a scratch PostgreSQL database (the tests' plumbing: its own database,
/// created by the migrations and dropped afterwards). Only the store is used: the bus and the warm-up
/// are not started and the broker address points nowhere, so nothing reaches RabbitMQ.
/// </summary>
public sealed class BenchChatFactory : ServiceFactory<Program, ChatDbContext>
{
    protected override string ConnectionName => "chatdb";

    public override string Audience => "chatnomina-chat";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("RabbitMq:Host", "127.0.0.1");
        builder.UseSetting("RabbitMq:Port", "1");
        // The table is the output: no logs (request logs would also cost more than the queries timed).
        builder.ConfigureLogging(logging => logging.ClearProviders());
        builder.ConfigureServices(services =>
        {
            foreach (var descriptor in services.Where(d => d.ServiceType == typeof(IHostedService)
                && (d.ImplementationType?.Namespace?.StartsWith("MassTransit", StringComparison.Ordinal) == true
                    || d.ImplementationFactory is not null)).ToList())
            {
                services.Remove(descriptor);
            }
        });
    }
}
