using System.ComponentModel.DataAnnotations;
using ChatNomina.Gateway.Middleware;
using ChatNomina.Gateway.Proxy;
using ChatNomina.Gateway.RateLimiting;
using ChatNomina.ServiceDefaults.Redis;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace ChatNomina.Gateway.Extensions;

public static class Extensions
{
    public static IHostApplicationBuilder AddGatewayServices(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;

        services.AddOptions<GatewayOptions>()
            .BindConfiguration(GatewayOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(o => IsValid(o.Cors) && IsValid(o.Limits) && IsValid(o.Network),
                "Gateway: invalid Cors, Limits or Network settings.")
            .Validate(o => o.Cors.AllowedOrigins.All(IsOrigin),
                "Gateway:Cors:AllowedOrigins: every origin is scheme://host[:port], without path or wildcard.")
            .ValidateOnStart();

        services.AddOptions<RateLimitOptions>()
            .BindConfiguration(RateLimitOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(o => o.Policies.Values.All(IsValid), "Gateway:RateLimiting:Policies: invalid policy.")
            .ValidateOnStart();

        // Kestrel: no Server banner, and the default body limit of every route.
        services.AddOptions<KestrelServerOptions>().Configure<IOptions<GatewayOptions>>((kestrel, gateway) =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = gateway.Value.Limits.MaxRequestBodySize;
        });

        // Client address and scheme from the configured proxies in front of us only (loopback when none is set).
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<GatewayOptions>>((forwarded, gateway) =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            ServiceDefaults.Http.TrustedProxies.Apply(forwarded, gateway.Value.Network.TrustedProxyNetworks, "Gateway:Network:TrustedProxyNetworks");
        });

        // CORS: the configured browser origins only; bearer tokens, no cookies (no credentials).
        services.AddCors();
        services.AddOptions<Microsoft.AspNetCore.Cors.Infrastructure.CorsOptions>()
            .Configure<IOptions<GatewayOptions>>((cors, gateway) => cors.AddDefaultPolicy(policy => policy
                .WithOrigins(gateway.Value.Cors.AllowedOrigins)
                .WithMethods("GET", "POST", "PUT", "PATCH", "DELETE")
                .WithHeaders("Authorization", "Content-Type", "Accept", "Accept-Language", "traceparent", "tracestate")
                .WithExposedHeaders("Retry-After", "Location")
                .SetPreflightMaxAge(gateway.Value.Cors.PreflightMaxAge)));

        // Rate-limit state lives in Redis. The limiter fails open, so Redis is not required for readiness.
        builder.AddRedis(requiredForReadiness: false);
        services.AddSingleton<RedisGcraRateLimiter>();

        // Browsers cannot put a header on a WebSocket: /ws/* may carry the token as ?access_token=.
        services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, jwt =>
        {
            jwt.Events ??= new JwtBearerEvents();
            var previous = jwt.Events.OnMessageReceived;
            jwt.Events.OnMessageReceived = async context =>
            {
                await previous(context);
                if (context.Token is null
                    && context.Request.Path.StartsWithSegments("/ws")
                    && !context.Request.Headers.ContainsKey("Authorization")
                    && context.Request.Query[GatewayTransforms.AccessTokenParameter] is { Count: 1 } token
                    && !string.IsNullOrEmpty(token[0]))
                {
                    context.Token = token[0];
                }
            };
        });

        services.AddReverseProxy()
            .LoadFromConfig(builder.Configuration.GetSection("ReverseProxy"))
            .AddTransforms(GatewayTransforms.Apply);

        return builder;
    }

    /// <summary>What runs before authentication: client address, access log, headers, CORS.</summary>
    public static WebApplication UseGatewayEdge(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseMiddleware<AccessLogMiddleware>();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseMiddleware<MetricsAccessMiddleware>();
        app.UseMiddleware<AmbiguousPathMiddleware>();
        app.UseMiddleware<HeaderEncodingMiddleware>();
        // Before authorization, so a preflight (which carries no token) is answered here.
        app.UseCors();
        return app;
    }

    /// <summary>What runs once the user is known: the rate limits.</summary>
    public static WebApplication UseGatewayRateLimiting(this WebApplication app)
    {
        app.UseMiddleware<RateLimitingMiddleware>();
        return app;
    }

    public static WebApplication MapGatewayProxy(this WebApplication app)
    {
        app.MapReverseProxy(proxy =>
        {
            proxy.Use((context, next) => UpstreamFailure.HandleAsync(context, () => next()));
            proxy.Use((context, next) => RequestBodyLimit.EnforceAsync(context, () => next()));
            proxy.UseSessionAffinity();
            proxy.UseLoadBalancing();
            proxy.UsePassiveHealthChecks();
        });
        return app;
    }

    private static bool IsValid(object settings) =>
        Validator.TryValidateObject(settings, new ValidationContext(settings), null, validateAllProperties: true);

    private static bool IsOrigin(string origin) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var uri)
        && uri.Scheme is "http" or "https"
        && uri.PathAndQuery == "/"
        && !origin.EndsWith('/')
        && !origin.Contains('*');
}
