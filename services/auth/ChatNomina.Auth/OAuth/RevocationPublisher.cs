using ChatNomina.Auth.Extensions;
using ChatNomina.ServiceDefaults.Authentication;
using ChatNomina.ServiceDefaults.Errors;
using ChatNomina.ServiceDefaults.Redis;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace ChatNomina.Auth.OAuth;

/// <summary>
/// At <c>/connect/revoke</c>, once the token is validated and before OpenIddict revokes it: tells
/// the APIs (through <see cref="RevokedTokens"/>) to refuse every access token of the sign-in at
/// once instead of at their expiry (revoking a refresh token, i.e. signing out) or that access
/// token, then revokes the sign-in in the database (the authorization and every token of it, so
/// no refresh token of that chain can be redeemed again, whatever the reuse leeway).
/// </summary>
/// <remarks>
/// The APIs' list is written first: when Redis cannot record it, nothing is revoked and the caller
/// gets 503 + <c>Retry-After</c> (never a 200 for a revocation that did not happen), so a retry
/// with the same token does the whole revocation.
/// </remarks>
internal sealed partial class RevocationPublisher(
    RevokedTokens revoked,
    IOpenIddictAuthorizationManager authorizations,
    IOpenIddictTokenManager tokens,
    IOptions<AuthOptions> options,
    ILogger<RevocationPublisher> logger)
    : IOpenIddictServerHandler<OpenIddictServerEvents.HandleRevocationRequestContext>
{
    /// <summary>How long a sign-in's revocation must be kept: longer than any access token is
    /// accepted, i.e. its lifetime plus a minute for the APIs' clock skew (≤ 30 s).</summary>
    public static TimeSpan RevocationTtl(AuthOptions options) => options.AccessTokenLifetime + TimeSpan.FromMinutes(1);

    public static OpenIddictServerHandlerDescriptor Descriptor { get; }
        = OpenIddictServerHandlerDescriptor.CreateBuilder<OpenIddictServerEvents.HandleRevocationRequestContext>()
            .UseScopedHandler<RevocationPublisher>()
            .SetOrder(OpenIddictServerHandlers.Revocation.RevokeToken.Descriptor.Order - 500)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public async ValueTask HandleAsync(OpenIddictServerEvents.HandleRevocationRequestContext context)
    {
        if (context.IsRejected || context.GenericTokenPrincipal is not { } principal)
        {
            return;
        }

        var ttl = RevocationTtl(options.Value);
        var userId = principal.GetClaim(Claims.Subject);
        var signIn = principal.HasTokenType(TokenTypeIdentifiers.RefreshToken) ? principal.GetAuthorizationId() : null;
        var tokenId = principal.HasTokenType(TokenTypeIdentifiers.AccessToken) ? principal.GetTokenId() : null;

        try
        {
            if (!string.IsNullOrEmpty(signIn))
            {
                await revoked.RevokeSignInAsync(signIn, ttl);
            }
            else if (!string.IsNullOrEmpty(tokenId))
            {
                await revoked.RevokeTokenAsync(tokenId, ttl);
            }
        }
        catch (Exception ex) when (RedisFailure.Is(ex))
        {
            LogNotRecorded(logger, userId, ex.GetType().Name);
            throw new DependencyUnavailableException("redis", "The revocation could not be recorded; nothing was revoked.", ex);
        }

        if (!string.IsNullOrEmpty(signIn))
        {
            if (await authorizations.FindByIdAsync(signIn, context.CancellationToken) is { } authorization)
            {
                await authorizations.TryRevokeAsync(authorization, context.CancellationToken);
            }
            await tokens.RevokeByAuthorizationIdAsync(signIn, context.CancellationToken);
            LogSignInRevoked(logger, userId);
        }
        else if (!string.IsNullOrEmpty(tokenId))
        {
            LogAccessTokenRevoked(logger, userId);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Sign-in revoked for user {UserId}: its access tokens are refused from now on")]
    private static partial void LogSignInRevoked(ILogger logger, string? userId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Access token revoked for user {UserId}")]
    private static partial void LogAccessTokenRevoked(ILogger logger, string? userId);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Revocation for user {UserId} not recorded, Redis unavailable ({Error}): answered 503, nothing revoked")]
    private static partial void LogNotRecorded(ILogger logger, string? userId, string error);
}
