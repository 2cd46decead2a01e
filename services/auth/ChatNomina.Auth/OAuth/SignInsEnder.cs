using ChatNomina.Auth.Extensions;
using ChatNomina.ServiceDefaults.Authentication;
using ChatNomina.ServiceDefaults.Errors;
using ChatNomina.ServiceDefaults.Redis;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace ChatNomina.Auth.OAuth;

/// <summary>
/// Ends every sign-in (OpenIddict authorization) of a user at once, as <c>/connect/revoke</c> ends one: the APIs
/// are told first (<see cref="RevokedTokens.RevokeSignInAsync"/>: each sign-in's access tokens are refused from
/// now on), then each authorization and its tokens are revoked in the database (no refresh token of them is
/// redeemed again). Used when a password is set through a link: whoever held a session with the old password
/// (a shared or stolen one) loses it. When Redis cannot record it, nothing is revoked and the caller answers 503.
/// </summary>
internal sealed partial class SignInsEnder(
    RevokedTokens revoked,
    IOpenIddictAuthorizationManager authorizations,
    IOpenIddictTokenManager tokens,
    IOptions<AuthOptions> options,
    ILogger<SignInsEnder> logger)
{
    /// <summary>Ends them; returns how many there were.</summary>
    public async Task<int> EndAllAsync(Guid userId, CancellationToken cancellationToken)
    {
        var valid = new List<(object Authorization, string Id)>();
        await foreach (var authorization in authorizations.FindBySubjectAsync(userId.ToString(), cancellationToken))
        {
            if (await authorizations.HasStatusAsync(authorization, Statuses.Valid, cancellationToken)
                && await authorizations.GetIdAsync(authorization, cancellationToken) is { Length: > 0 } id)
            {
                valid.Add((authorization, id));
            }
        }

        var ttl = RevocationPublisher.RevocationTtl(options.Value);
        try
        {
            foreach (var (_, id) in valid)
            {
                await revoked.RevokeSignInAsync(id, ttl);
            }
        }
        catch (Exception ex) when (RedisFailure.Is(ex))
        {
            LogNotRecorded(logger, userId, ex.GetType().Name);
            throw new DependencyUnavailableException("redis", "The user's sessions could not be ended; nothing was changed.", ex);
        }

        foreach (var (authorization, id) in valid)
        {
            await authorizations.TryRevokeAsync(authorization, cancellationToken);
            await tokens.RevokeByAuthorizationIdAsync(id, cancellationToken);
        }
        LogEnded(logger, userId, valid.Count);
        return valid.Count;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Every sign-in of user {UserId} ended ({Count})")]
    private static partial void LogEnded(ILogger logger, Guid userId, int count);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Sign-ins of user {UserId} not ended, Redis unavailable ({Error}): nothing revoked")]
    private static partial void LogNotRecorded(ILogger logger, Guid userId, string error);
}
