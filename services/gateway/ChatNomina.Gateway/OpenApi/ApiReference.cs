using ChatNomina.Gateway.Extensions;
using Microsoft.Extensions.Options;
using Scalar.AspNetCore;

namespace ChatNomina.Gateway.OpenApi;

/// <summary>
/// Where <c>Gateway:OpenApi:Enabled</c> is on (locally), the gateway republishes every API's
/// OpenAPI document at <c>/openapi/{service}.json</c> (YARP routes to each service's
/// <c>/openapi/v1.json</c>) and serves an API reference page over them at
/// <c>/openapi/reference</c> (Scalar, its script from the package itself: no CDN, no fonts from
/// elsewhere, no telemetry). Off, both are 404.
/// </summary>
public static class ApiReference
{
    public static readonly string[] Services = ["chat", "payroll", "users", "auth"];

    public static WebApplication MapApiReference(this WebApplication app)
    {
        if (!app.Services.GetRequiredService<IOptions<GatewayOptions>>().Value.OpenApi.Enabled)
        {
            return app;
        }
        app.MapScalarApiReference("/openapi/reference", scalar =>
        {
            scalar.WithTitle("ChatNomina APIs")
                .WithOpenApiRoutePattern("/openapi/{documentName}.json")
                .DisableDefaultFonts()
                .DisableTelemetry();
            foreach (var service in Services)
            {
                scalar.AddDocument(service, $"ChatNomina {service}", isDefault: service == "chat");
            }
        }).AllowAnonymous();
        return app;
    }
}
