using Microsoft.AspNetCore;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using OpenIddict.Server;
using OpenIddict.Server.AspNetCore;

namespace ChatNomina.Auth.OAuth;

/// <summary>
/// The URLs OpenIddict writes (the discovery document's endpoints and <c>jwks_uri</c>) never copy a
/// host a client chose. OpenIddict builds them from the request's scheme and host; this handler,
/// right after it resolved them, puts the issuer's (<c>Auth:Issuer</c>) in their place for
/// <list type="bullet">
/// <item>every request that came through a proxy (the gateway: X-Forwarded-Host/Proto applied by the
/// forwarded-headers middleware, which leaves X-Original-Host/Proto), whatever host it forwarded, so
/// the public discovery document always names the public entry point;</item>
/// <item>and a direct request whose host is not one of auth's own names in <c>AllowedHosts</c> (host
/// filtering answers those with 400 before they get here, unless <c>AllowedHosts</c> is <c>*</c>).</item>
/// </list>
/// A direct request to one of those names (the services and the gateway's back channel, on
/// <c>http://localhost:8081</c> locally or <c>http://auth</c> in the cluster) keeps URLs on that
/// internal address, so they fetch the JWKS and exchange codes without going round the public entry point.
/// </summary>
internal sealed class IssuerPinnedUris(IOptions<HostFilteringOptions> hostFiltering) : IOpenIddictServerHandler<OpenIddictServerEvents.ProcessRequestContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; }
        = OpenIddictServerHandlerDescriptor.CreateBuilder<OpenIddictServerEvents.ProcessRequestContext>()
            .AddFilter<OpenIddictServerAspNetCoreHandlerFilters.RequireHttpRequest>()
            .UseSingletonHandler<IssuerPinnedUris>()
            .SetOrder(OpenIddictServerAspNetCoreHandlers.ResolveRequestUri.Descriptor.Order + 1)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    // Auth's own host names: the configured AllowedHosts, without the "*" that allows any.
    private readonly StringSegment[] _ownHosts = (hostFiltering.Value.AllowedHosts ?? [])
        .Where(h => h != "*").Select(h => new StringSegment(h)).ToArray();

    public ValueTask HandleAsync(OpenIddictServerEvents.ProcessRequestContext context)
    {
        var request = context.Transaction.GetHttpRequest();
        if (request is null || context.Options.Issuer is not { } issuer || !MustPin(request))
        {
            return default;
        }
        var origin = new Uri(issuer.GetLeftPart(UriPartial.Authority), UriKind.Absolute);
        context.BaseUri = new Uri(origin, request.PathBase.ToUriComponent() + "/");
        context.RequestUri = new Uri(origin, request.GetEncodedPathAndQuery());
        return default;
    }

    private bool MustPin(HttpRequest request) =>
        request.Headers.ContainsKey("X-Original-Host")
        || request.Headers.ContainsKey("X-Original-Proto")
        || !request.Host.HasValue
        || !HostString.MatchesAny(new StringSegment(request.Host.Host), _ownHosts);
}
