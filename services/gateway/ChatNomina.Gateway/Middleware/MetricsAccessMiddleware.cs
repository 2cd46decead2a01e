using System.Net;
using ChatNomina.Gateway.Extensions;
using Microsoft.Extensions.Options;

namespace ChatNomina.Gateway.Middleware;

/// <summary>
/// The gateway is the public entry point, so its own <c>/metrics</c> answers only clients in
/// <c>Gateway:Network:MetricsAllowedNetworks</c> (the scraper's network; loopback by default).
/// The client address is the one after trusted <c>X-Forwarded-For</c> processing, so a request
/// relayed by the ingress carries the real client's address and is refused. Refused: 404, as if
/// the endpoint did not exist. Backends' <c>/metrics</c> and <c>/health</c> have no route at all.
/// The APIs' OpenAPI documents (<c>/openapi/*</c>) are published only where
/// <c>Gateway:OpenApi:Enabled</c> is true (locally; off by default in production): otherwise 404 too.
/// </summary>
public sealed class MetricsAccessMiddleware(RequestDelegate next, IOptions<GatewayOptions> options, IProblemDetailsService problems)
{
    private readonly IPNetwork[] _allowed =
        NetworkRules.Parse(options.Value.Network.MetricsAllowedNetworks, "Gateway:Network:MetricsAllowedNetworks");

    public async Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path;
        if ((path.StartsWithSegments("/metrics") && !NetworkRules.Contains(_allowed, context.Connection.RemoteIpAddress))
            || (path.StartsWithSegments("/openapi") && !options.Value.OpenApi.Enabled))
        {
            await problems.WriteNotFoundAsync(context);
            return;
        }
        await next(context);
    }
}
