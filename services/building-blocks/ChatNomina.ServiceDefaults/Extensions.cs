using ChatNomina.ServiceDefaults.Authentication;
using ChatNomina.ServiceDefaults.Errors;
using ChatNomina.ServiceDefaults.Health;
using ChatNomina.ServiceDefaults.OpenApi;
using ChatNomina.ServiceDefaults.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ChatNomina.ServiceDefaults;

/// <summary>
/// The one call every ChatNomina service makes: telemetry, logs, health, problem details,
/// HTTP client resilience and JWT bearer validation.
/// </summary>
public static class Extensions
{
    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder)
        where TBuilder : IHostApplicationBuilder
    {
        builder.ConfigureStructuredLogging();
        builder.ConfigureOpenTelemetry();
        builder.AddDefaultHealthChecks();
        builder.AddDefaultProblemDetails();
        builder.AddDefaultOpenApi();

        builder.Services.AddHttpClient();
        builder.Services.ConfigureHttpClientDefaults(http => http.AddStandardResilienceHandler());

        return builder;
    }

    /// <summary>
    /// Maps <c>/metrics</c>, <c>/health/live</c> and <c>/health/ready</c>, and adds the request
    /// metrics and user log scope middleware. Call after <c>UseAuthentication</c>.
    /// </summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.MapPrometheusScrapingEndpoint("/metrics").AllowAnonymous();
        app.MapDefaultHealthChecks();
        app.MapDefaultOpenApi();
        return app;
    }

    /// <summary>
    /// Error handling, request body charset check, request metrics, authentication and the user log scope, in order;
    /// <paramref name="beforeAuthentication"/> adds what must see the request just before authentication (the gateway's browser session).
    /// </summary>
    public static WebApplication UseServiceDefaults(this WebApplication app, Action<WebApplication>? beforeAuthentication = null)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<Http.RequestCharsetMiddleware>();
        app.UseMiddleware<RequestMetricsMiddleware>();
        beforeAuthentication?.Invoke(app);
        if (app.Services.GetService<Microsoft.AspNetCore.Authentication.IAuthenticationSchemeProvider>() is not null)
        {
            app.UseAuthentication();
            app.UseMiddleware<UserLogScopeMiddleware>();
            app.UseAuthorization();
        }
        return app;
    }

    internal static bool IsInfrastructurePath(PathString path) =>
        path.StartsWithSegments("/metrics") || path.StartsWithSegments("/health");
}
