using System.Net.Http.Headers;
using Yarp.ReverseProxy.Transforms;
using Yarp.ReverseProxy.Transforms.Builder;

namespace ChatNomina.Gateway.Proxy;

/// <summary>
/// Transforms that need code. A route with metadata <c>AccessTokenFromQuery: true</c> (the chat
/// WebSocket: browsers cannot set headers on a WebSocket) has its <c>access_token</c> query
/// parameter moved into the <c>Authorization</c> header, so the backend validates the same token
/// the standard way and the token never appears in a URL that the backend or YARP would log.
/// </summary>
public static class GatewayTransforms
{
    public const string AccessTokenFromQuery = "AccessTokenFromQuery";
    public const string AccessTokenParameter = "access_token";

    public static void Apply(TransformBuilderContext builder)
    {
        if (builder.Route.Metadata?.GetValueOrDefault(AccessTokenFromQuery) is { } value
            && bool.TryParse(value, out var enabled) && enabled)
        {
            builder.AddRequestTransform(static transform =>
            {
                if (transform.Query.Collection.Remove(AccessTokenParameter, out var token)
                    && !string.IsNullOrEmpty(token)
                    && transform.ProxyRequest.Headers.Authorization is null)
                {
                    transform.ProxyRequest.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.ToString());
                }
                return ValueTask.CompletedTask;
            });
        }
    }
}
