using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.Model;

namespace ChatNomina.Gateway.Proxy;

internal static class GatewayRoute
{
    /// <summary>
    /// The YARP route the request matched, read from the endpoint's metadata (so it works in the
    /// middleware before the proxy pipeline, where YARP's own proxy feature is not set yet).
    /// </summary>
    public static RouteConfig? GetProxyRoute(this HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<RouteModel>()?.Config;
}
