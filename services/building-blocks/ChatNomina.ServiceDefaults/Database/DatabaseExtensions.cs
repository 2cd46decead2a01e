using ChatNomina.ServiceDefaults.Health;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ChatNomina.ServiceDefaults.Database;

public static class DatabaseExtensions
{
    /// <summary>
    /// Registers the service's PostgreSQL DbContext (pooled factory + scoped context) from
    /// <c>ConnectionStrings:{connectionName}</c>, with a readiness check.
    /// </summary>
    public static IHostApplicationBuilder AddPostgresDbContext<TContext>(this IHostApplicationBuilder builder, string connectionName)
        where TContext : DbContext
    {
        var connectionString = builder.Configuration.GetConnectionString(connectionName)
            ?? throw new InvalidOperationException($"ConnectionStrings:{connectionName} is not configured.");

        // A blip is retried; an outage is a 503 within about a second and a half, not a request
        // hanging on retries (Database:MaxRetryCount × Database:MaxRetryDelay bound the wait).
        var retries = builder.Configuration.GetValue("Database:MaxRetryCount", 3);
        var delay = builder.Configuration.GetValue("Database:MaxRetryDelay", TimeSpan.FromMilliseconds(500));
        builder.Services.AddPooledDbContextFactory<TContext>(o => o.UseNpgsql(connectionString, npgsql =>
            npgsql.EnableRetryOnFailure(maxRetryCount: retries, maxRetryDelay: delay, errorCodesToAdd: null)));
        builder.Services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<TContext>>().CreateDbContext());
        builder.Services.AddHealthChecks().AddDbContextCheck<TContext>("postgres", tags: [HealthExtensions.ReadyTag]);
        return builder;
    }

    /// <summary>
    /// <c>dotnet Service.dll migrate</c> applies the EF Core migrations and exits. Migrations run
    /// once per deployment (./chatnomina up locally, a Kubernetes Job in the cluster), never from
    /// every replica at start-up.
    /// </summary>
    public static async Task<bool> TryRunMigrationsAsync<TContext>(this IHost host, string[] args)
        where TContext : DbContext
    {
        if (args.Length == 0 || args[0] != "migrate")
        {
            return false;
        }
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger("Migrations");
        var pending = (await db.Database.GetPendingMigrationsAsync()).ToList();
        await db.Database.MigrateAsync();
        logger.LogInformation("Applied {Count} migration(s) to {Context}", pending.Count, typeof(TContext).Name);
        return true;
    }
}
