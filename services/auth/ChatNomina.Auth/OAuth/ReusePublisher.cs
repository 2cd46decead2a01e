using System.Security.Claims;
using ChatNomina.Auth.Extensions;
using ChatNomina.ServiceDefaults.Authentication;
using ChatNomina.ServiceDefaults.Redis;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace ChatNomina.Auth.OAuth;

/// <summary>
/// A refresh token presented again after it was redeemed (beyond the reuse leeway), or an
/// authorization code presented a second time (RFC 6749 §4.1.2), is a stolen token in use.
/// OpenIddict then refuses it and revokes every token of its sign-in in the database; this handler,
/// running just before that check, also tells the APIs (through <see cref="RevokedTokens"/>), so
/// the sign-in's access tokens — the thief's as well as the owner's — stop working at once instead
/// of at their expiry. The owner's other sign-ins go on.
/// </summary>
/// <remarks>
/// Redis unavailable: logged, and OpenIddict's refusal and database revocation happen anyway; the
/// access tokens then end at their expiry (the documented fail-open rule of revocation checks).
/// </remarks>
internal sealed partial class ReusePublisher(
    RevokedTokens revoked,
    IOpenIddictTokenManager tokens,
    IOptions<AuthOptions> options,
    TimeProvider clock,
    ILogger<ReusePublisher> logger)
    : IOpenIddictServerHandler<OpenIddictServerEvents.ValidateTokenContext>
{
    public static OpenIddictServerHandlerDescriptor Descriptor { get; }
        = OpenIddictServerHandlerDescriptor.CreateBuilder<OpenIddictServerEvents.ValidateTokenContext>()
            .UseScopedHandler<ReusePublisher>()
            .SetOrder(OpenIddictServerHandlers.Protection.ValidateTokenEntry.Descriptor.Order - 1)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public async ValueTask HandleAsync(OpenIddictServerEvents.ValidateTokenContext context)
    {
        if (context.IsRejected || context.Principal is not { } principal
            || !(principal.HasTokenType(TokenTypeIdentifiers.RefreshToken) || principal.HasTokenType(TokenTypeIdentifiers.Private.AuthorizationCode))
            || principal.GetTokenId() is not { Length: > 0 } tokenId
            || await tokens.FindByIdAsync(tokenId, context.CancellationToken) is not { } token
            || !await tokens.HasStatusAsync(token, Statuses.Redeemed, context.CancellationToken))
        {
            return;
        }
        var redeemed = await tokens.GetRedemptionDateAsync(token, context.CancellationToken);
        if (principal.HasTokenType(TokenTypeIdentifiers.RefreshToken)
            && redeemed is { } at && clock.GetUtcNow() < at + options.Value.RefreshTokenReuseLeeway)
        {
            return;   // within the leeway: a concurrent refresh by the owner, not a theft (codes have none)
        }
        var signIn = await tokens.GetAuthorizationIdAsync(token, context.CancellationToken);
        if (string.IsNullOrEmpty(signIn))
        {
            return;
        }
        var userId = principal.GetClaim(Claims.Subject);
        try
        {
            await revoked.RevokeSignInAsync(signIn, RevocationPublisher.RevocationTtl(options.Value));
            LogReuseRevoked(logger, Kind(principal), userId);
        }
        catch (Exception ex) when (RedisFailure.Is(ex))
        {
            LogNotPublished(logger, Kind(principal), userId, ex.GetType().Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{TokenKind} reused for user {UserId}: the sign-in is revoked and its access tokens are refused from now on")]
    private static partial void LogReuseRevoked(ILogger logger, string tokenKind, string? userId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{TokenKind} reused for user {UserId}; the APIs could not be told (Redis unavailable: {Error}), its access tokens end at their expiry")]
    private static partial void LogNotPublished(ILogger logger, string tokenKind, string? userId, string error);

    private static string Kind(ClaimsPrincipal principal) =>
        principal.HasTokenType(TokenTypeIdentifiers.RefreshToken) ? "Refresh token" : "Authorization code";
}
