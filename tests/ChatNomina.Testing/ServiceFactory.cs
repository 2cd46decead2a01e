using System.Net.Http.Headers;
using ChatNomina.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using StackExchange.Redis;
using Xunit;

namespace ChatNomina.Testing;

/// <summary>
/// Hosts a service in-process against the real PostgreSQL and Redis, with its own database
/// (created by the service's migrations, dropped afterwards) and its own Redis key prefix, so
/// test classes run in parallel and leave nothing behind. Tokens from <see cref="TestTokens"/>
/// are accepted; everything else about JWT validation is the service's own.
/// </summary>
public abstract class ServiceFactory<TProgram, TDbContext> : WebApplicationFactory<TProgram>, IAsyncLifetime
    where TProgram : class
    where TDbContext : DbContext
{
    private readonly string _id = Guid.NewGuid().ToString("N")[..12];

    /// <summary>The service's connection string name (<c>ConnectionStrings:{name}</c>).</summary>
    protected abstract string ConnectionName { get; }

    /// <summary>The audience the service expects in access tokens.</summary>
    public abstract string Audience { get; }

    public string DatabaseName => $"test_{typeof(TProgram).Assembly.GetName().Name!.Split('.').Last().ToLowerInvariant()}_{_id}";

    public string RedisKeyPrefix => $"test:{_id}:";

    /// <summary>Redis address the service uses; tests of a Redis outage point it elsewhere.</summary>
    protected virtual string RedisConfiguration => TestEnvironment.Redis;

    /// <summary>
    /// Set by tests of a PostgreSQL outage: the service then reaches PostgreSQL through this proxy
    /// (2 s connect timeout), which the test cuts and restores.
    /// </summary>
    protected virtual TcpFaultProxy? PostgresProxy => null;

    private string ConnectionString
    {
        get
        {
            var connection = TestEnvironment.PostgresDatabase(DatabaseName);
            return PostgresProxy is { } proxy
                ? new Npgsql.NpgsqlConnectionStringBuilder(connection) { Host = "127.0.0.1", Port = proxy.Port, Timeout = 2 }.ConnectionString
                : connection;
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting($"ConnectionStrings:{ConnectionName}", ConnectionString);
        builder.UseSetting("Redis:Configuration", RedisConfiguration);
        builder.UseSetting("Redis:KeyPrefix", RedisKeyPrefix);
        builder.UseSetting("Identity:Authority", TestTokens.Issuer);
        builder.UseSetting("Identity:Audience", Audience);
        builder.ConfigureServices(services =>
            services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, jwt =>
            {
                // The keys a real service reads from the auth service's JWKS.
                var configuration = new OpenIdConnectConfiguration { Issuer = TestTokens.Issuer };
                configuration.SigningKeys.Add(TestTokens.SigningKey);
                jwt.Configuration = configuration;
                jwt.ConfigurationManager = new StaticConfigurationManager<OpenIdConnectConfiguration>(configuration);
            }));
    }

    public virtual async Task InitializeAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<TDbContext>().Database.MigrateAsync();
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        PostgresProxy?.Restore();
        await DropDatabaseAsync();
        await DeleteRedisKeysAsync();
        await DisposeAsync();
    }

    /// <summary>
    /// Drops the test database. EF Core drops it WITH (FORCE), which may not end an autovacuum worker
    /// that PostgreSQL started on it after the test's writes (42501 for a non-superuser role): that
    /// worker finishes within moments, so the drop is tried again a few times.
    /// </summary>
    private async Task DropDatabaseAsync()
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var scope = Services.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<TDbContext>().Database.EnsureDeletedAsync();
                return;
            }
            catch (Npgsql.PostgresException ex) when (ex.SqlState is "42501" or "55006" && attempt < 10)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(500));
            }
        }
    }

    public HttpClient CreateClientFor(Guid userId, string role = ChatNominaRoles.Employee)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization =
            new AuthenticationHeaderValue("Bearer", TestTokens.Create(userId, role, Audience));
        return client;
    }

    /// <summary>Runs <paramref name="work"/> with a fresh DbContext of the service.</summary>
    public async Task<T> WithDbAsync<T>(Func<TDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<TDbContext>());
    }

    private async Task DeleteRedisKeysAsync()
    {
        try
        {
            await using var redis = await ConnectionMultiplexer.ConnectAsync(TestEnvironment.Redis);
            var server = redis.GetServers().First();
            var keys = server.Keys(pattern: RedisKeyPrefix + "*").ToArray();
            if (keys.Length > 0)
            {
                await redis.GetDatabase().KeyDeleteAsync(keys);
            }
        }
        catch (RedisConnectionException)
        {
            // Nothing to clean when Redis is not there.
        }
    }
}
