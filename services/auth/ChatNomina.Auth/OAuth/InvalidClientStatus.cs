using Microsoft.AspNetCore;
using Microsoft.Extensions.Primitives;
using OpenIddict.Server;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace ChatNomina.Auth.OAuth;

/// <summary>
/// OpenIddict answers <c>invalid_client</c> with 401. RFC 6749 §5.2 requires 401 only when the
/// client authenticated with the <c>Authorization</c> header; otherwise the error is a plain 400
/// like every other token-endpoint error. Our clients are public (no secret, no header), so an
/// unknown or missing <c>client_id</c> gets 400, and clients handle one status for all OAuth errors.
/// </summary>
internal sealed class InvalidClientStatus<TContext> : IOpenIddictServerHandler<TContext>
    where TContext : OpenIddictServerEvents.BaseRequestContext
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; }
        = OpenIddictServerHandlerDescriptor.CreateBuilder<TContext>()
            .UseSingletonHandler<InvalidClientStatus<TContext>>()
            .SetOrder(OpenIddictServerAspNetCoreHandlers.AttachWwwAuthenticateHeader<TContext>.Descriptor.Order + 1)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public ValueTask HandleAsync(TContext context)
    {
        var http = context.Transaction.GetHttpRequest()?.HttpContext;
        if (http is not null
            && context.Transaction.Response?.Error == Errors.InvalidClient
            && http.Response.StatusCode == StatusCodes.Status401Unauthorized
            && StringValues.IsNullOrEmpty(http.Request.Headers.Authorization))
        {
            http.Response.StatusCode = StatusCodes.Status400BadRequest;
            http.Response.Headers.WWWAuthenticate = StringValues.Empty;
        }
        return default;
    }
}
