using ChatNomina.Auth.Extensions;
using ChatNomina.ServiceDefaults.Authentication;
using ChatNomina.ServiceDefaults.Redis;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace ChatNomina.Auth.OAuth;

/// <summary>
/// After OpenIddict has revoked a token at <c>/connect/revoke</c>: revoking a refresh token (signing
/// out) also revokes its sign-in in the database (the authorization and every token of it, so no
/// refresh token of that chain can be redeemed again, whatever the reuse leeway) and tells the APIs
/// (through <see cref="RevokedTokens"/>) to refuse every access token of that sign-in at once instead
/// of at their expiry; revoking an access token ends that token. Redis unavailable: the revocation in
/// the database stands, the access tokens run to their expiry, and a warning says so.
/// </summary>
internal sealed partial class RevocationPublisher(
    RevokedTokens revoked,
    IOpenIddictAuthorizationManager authorizations,
    IOpenIddictTokenManager tokens,
    IOptions<AuthOptions> options,
    ILogger<RevocationPublisher> logger)
    : IOpenIddictServerHandler<OpenIddictServerEvents.HandleRevocationRequestContext>
{
    /// <summary>Longer than any access token is accepted: its lifetime plus the APIs' clock skew (≤ 30 s).</summary>
    private static readonly TimeSpan Margin = TimeSpan.FromMinutes(1);

    public static OpenIddictServerHandlerDescriptor Descriptor { get; }
        = OpenIddictServerHandlerDescriptor.CreateBuilder<OpenIddictServerEvents.HandleRevocationRequestContext>()
            .UseScopedHandler<RevocationPublisher>()
            .SetOrder(OpenIddictServerHandlers.Revocation.RevokeToken.Descriptor.Order + 1_000)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public async ValueTask HandleAsync(OpenIddictServerEvents.HandleRevocationRequestContext context)
    {
        if (context.IsRejected || context.GenericTokenPrincipal is not { } principal)
        {
            return;
        }

        var ttl = options.Value.AccessTokenLifetime + Margin;
        var userId = principal.GetClaim(Claims.Subject);
        var signIn = principal.HasTokenType(TokenTypeIdentifiers.RefreshToken) ? principal.GetAuthorizationId() : null;
        var tokenId = principal.HasTokenType(TokenTypeIdentifiers.AccessToken) ? principal.GetTokenId() : null;

        if (!string.IsNullOrEmpty(signIn))
        {
            if (await authorizations.FindByIdAsync(signIn, context.CancellationToken) is { } authorization)
            {
                await authorizations.TryRevokeAsync(authorization, context.CancellationToken);
            }
            await tokens.RevokeByAuthorizationIdAsync(signIn, context.CancellationToken);
        }

        try
        {
            if (!string.IsNullOrEmpty(signIn))
            {
                await revoked.RevokeSignInAsync(signIn, ttl);
                LogSignInRevoked(logger, userId);
            }
            else if (!string.IsNullOrEmpty(tokenId))
            {
                await revoked.RevokeTokenAsync(tokenId, ttl);
                LogAccessTokenRevoked(logger, userId);
            }
        }
        catch (Exception ex) when (RedisFailure.Is(ex))
        {
            LogNotPublished(logger, userId, ex.GetType().Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Sign-in revoked for user {UserId}: its access tokens are refused from now on")]
    private static partial void LogSignInRevoked(ILogger logger, string? userId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Access token revoked for user {UserId}")]
    private static partial void LogAccessTokenRevoked(ILogger logger, string? userId);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Revocation for user {UserId} not published, Redis unavailable ({Error}): its access tokens stay valid until they expire")]
    private static partial void LogNotPublished(ILogger logger, string? userId, string error);
}
