using System.Collections.Concurrent;
using System.Net.Http.Headers;
using ChatNomina.ServiceDefaults.Authentication;
using ChatNomina.Testing;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using StackExchange.Redis;

namespace ChatNomina.Gateway.Tests;

/// <summary>
/// The gateway on a real loopback port (Kestrel, so WebSockets and forwarded headers behave as
/// in production), every cluster pointed at one <see cref="EchoBackend"/>, tokens from
/// <see cref="TestTokens"/>, its own Redis key prefix, and small limits that tests can reach:
/// 1 KiB bodies (4 KiB on the imports route), 5 requests a minute per user and per IP.
/// </summary>
public class GatewayFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string Audience = "chatnomina-gateway";
    public const int BodyLimit = 1024;
    public const int ImportBodyLimit = 4096;
    public const int PermitLimit = 5;

    private static readonly string[] Clusters = ["auth", "users", "payroll", "chat", "chat-ws"];

    public GatewayFactory() => UseKestrel(0);

    public EchoBackend Backend { get; private set; } = null!;

    /// <summary>Shared by factories that must share rate-limit state (two replicas).</summary>
    public virtual string RedisKeyPrefix { get; } = $"test:gateway:{Guid.NewGuid():N}:";

    protected virtual string RedisConfiguration => TestEnvironment.Redis;

    public ConcurrentQueue<(string Category, LogLevel Level, string Message)> Logs { get; } = new();

    public Uri BaseAddress
    {
        get
        {
            var address = Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
            return new Uri(address.Replace("[::]", "127.0.0.1").Replace("0.0.0.0", "127.0.0.1").TrimEnd('/') + "/");
        }
    }

    public virtual async Task InitializeAsync()
    {
        Backend = await EchoBackend.StartAsync();
        StartServer();
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await Backend.DisposeAsync();
        try
        {
            await using var redis = await ConnectionMultiplexer.ConnectAsync(TestEnvironment.Redis);
            var keys = redis.GetServers().First().Keys(pattern: RedisKeyPrefix + "*").ToArray();
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

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var cluster in Clusters)
        {
            builder.UseSetting($"ReverseProxy:Clusters:{cluster}:Destinations:{(cluster == "chat-ws" ? "chat" : cluster)}:Address", Backend.Url);
        }
        builder.UseSetting("Identity:Authority", TestTokens.Issuer);
        builder.UseSetting("Identity:Issuer", TestTokens.Issuer);
        builder.UseSetting("Identity:Audience", Audience);
        builder.UseSetting("Redis:Configuration", RedisConfiguration);
        builder.UseSetting("Redis:KeyPrefix", RedisKeyPrefix);
        builder.UseSetting("Gateway:Limits:MaxRequestBodySize", BodyLimit.ToString());
        builder.UseSetting("ReverseProxy:Routes:payroll-imports:MaxRequestBodySize", ImportBodyLimit.ToString());
        builder.UseSetting("Gateway:Bff:RequireHttpsMetadata", "false");
        builder.UseSetting("Gateway:Bff:ClientSecret", "gateway-tests-bff-secret");
        builder.UseSetting("Gateway:RateLimiting:Policies:PerUser:PermitLimit", PermitLimit.ToString());
        builder.UseSetting("Gateway:RateLimiting:Policies:TokenPerIp:PermitLimit", PermitLimit.ToString());
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<ILoggerProvider>(new CapturingLoggerProvider(Logs));
            services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, jwt =>
            {
                // The keys the real gateway reads from the auth service's JWKS.
                var configuration = new OpenIdConnectConfiguration { Issuer = TestTokens.Issuer };
                configuration.SigningKeys.Add(TestTokens.SigningKey);
                jwt.Configuration = configuration;
                jwt.ConfigurationManager = new StaticConfigurationManager<OpenIdConnectConfiguration>(configuration);
            });
        });
    }

    public HttpClient Client(string? token = null)
    {
        // No propagator: this process also hosts the gateway's telemetry, and the client must
        // send the trace headers a test sets, not its own.
        var client = new HttpClient(new SocketsHttpHandler { ActivityHeadersPropagator = null }) { BaseAddress = BaseAddress };
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        return client;
    }

    public static string TokenFor(Guid userId, string role = ChatNominaRoles.Employee) =>
        TestTokens.Create(userId, role, Audience);

    public HttpClient ClientFor(Guid userId, string role = ChatNominaRoles.Employee) => Client(TokenFor(userId, role));
}

/// <summary>A second gateway replica: same Redis key prefix (same limits state) as <paramref name="first"/>.</summary>
public sealed class SecondReplicaFactory(GatewayFactory first) : GatewayFactory
{
    public override string RedisKeyPrefix => first.RedisKeyPrefix;
}

/// <summary>A gateway whose Redis is unreachable (nothing listens on port 1).</summary>
public sealed class RedisDownGatewayFactory : GatewayFactory
{
    protected override string RedisConfiguration => "127.0.0.1:1,connectTimeout=200";
}

internal sealed class CapturingLoggerProvider(ConcurrentQueue<(string, LogLevel, string)> sink) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new CapturingLogger(categoryName, sink);

    public void Dispose()
    {
    }

    private sealed class CapturingLogger(string category, ConcurrentQueue<(string, LogLevel, string)> sink) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            sink.Enqueue((category, logLevel, formatter(state, exception)));
    }
}
