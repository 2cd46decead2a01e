using System.Security.Claims;
using ChatNomina.ServiceDefaults.Redis;
using ChatNomina.ServiceDefaults.Telemetry;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace ChatNomina.ServiceDefaults.Authentication;

/// <summary>
/// Access tokens that must stop working before they expire. Access tokens are validated with the
/// JWKS alone, so a revocation at <c>/connect/revoke</c> would otherwise only take effect when they
/// expire (≤ 15 min). The auth service writes one short-lived Redis key per revocation — revoking a
/// refresh token ends its whole sign-in (every access token carrying that authorization id, the
/// <c>oi_au_id</c> claim); revoking an access token ends that token (its <c>oi_tkn_id</c>); signing a
/// user out everywhere ends every token of the user issued until then (its <c>sub</c> and <c>iat</c>) — and
/// every API looks the keys up after the signature and lifetime checks. The keys live as long as
/// an access token can, then go away by themselves.
/// </summary>
/// <remarks>
/// Redis unreachable: the check lets the token through (logged and counted as <c>unchecked</c> in
/// <c>chatnomina_revocation_checks_total</c>), so the service keeps working and the bound is what it
/// is without the check, the token's own expiry. The keys are shared by every service, so they have
/// their own prefix, not the service's <c>Redis:KeyPrefix</c>; each is looked up on its own (one
/// pipelined <c>EXISTS</c> per key), so the two may live in different slots of a Redis Cluster.
/// </remarks>
public sealed partial class RevokedTokens(IConnectionMultiplexer redis, ChatNominaMetrics metrics, ILogger<RevokedTokens> logger)
{
    public const string KeyPrefix = "chatnomina:revoked:";

    /// <summary>OpenIddict's claim naming the sign-in (authorization) a token belongs to.</summary>
    public const string AuthorizationIdClaim = "oi_au_id";

    /// <summary>OpenIddict's claim naming the token's own entry.</summary>
    public const string TokenIdClaim = "oi_tkn_id";

    public static RedisKey SignInKey(string authorizationId) => KeyPrefix + "sign-in:" + authorizationId;

    public static RedisKey TokenKey(string tokenId) => KeyPrefix + "token:" + tokenId;

    /// <summary>"Sign out everywhere": the time (Unix seconds) before which every token of the user was revoked.</summary>
    public static RedisKey UserKey(string subject) => KeyPrefix + "user:" + subject;

    /// <summary>Every access token of this sign-in is refused from now on, for <paramref name="ttl"/>.</summary>
    public Task RevokeSignInAsync(string authorizationId, TimeSpan ttl) =>
        redis.GetDatabase().StringSetAsync(SignInKey(authorizationId), 1, ttl);

    /// <summary>This access token is refused from now on, for <paramref name="ttl"/>.</summary>
    public Task RevokeTokenAsync(string tokenId, TimeSpan ttl) =>
        redis.GetDatabase().StringSetAsync(TokenKey(tokenId), 1, ttl);

    /// <summary>
    /// Sign out everywhere: every access and refresh token of <paramref name="subject"/> issued up to
    /// <paramref name="at"/> (to the second, that second included) is refused from now on, for
    /// <paramref name="ttl"/> (at least the refresh token lifetime: older tokens are dead anyway).
    /// </summary>
    public Task RevokeUserAsync(string subject, DateTimeOffset at, TimeSpan ttl) =>
        redis.GetDatabase().StringSetAsync(UserKey(subject), at.ToUnixTimeSeconds(), ttl);

    /// <summary>
    /// A deactivated user: every token of <paramref name="subject"/>, issued before or after now, is refused
    /// for <paramref name="ttl"/> (the user key holds the largest time there is). The auth service refuses the
    /// user's sign-ins and refreshes on its own; this closes the APIs at once, before auth has heard of it.
    /// </summary>
    public Task DeactivateUserAsync(string subject, TimeSpan ttl) =>
        redis.GetDatabase().StringSetAsync(UserKey(subject), Deactivated, ttl);

    /// <summary>The user key's value for a deactivated user: later than any token's <c>iat</c>.</summary>
    public static readonly long Deactivated = DateTimeOffset.MaxValue.ToUnixTimeSeconds();

    /// <summary>
    /// A reactivated user: a deactivation's key (<see cref="Deactivated"/>) becomes "every token issued before
    /// <paramref name="reactivatedAt"/>" (the second before it, so a sign-in in the same second works); any other
    /// value (a sign-out-everywhere) is left as it is.
    /// </summary>
    public async Task ReactivateUserAsync(string subject, DateTimeOffset reactivatedAt, TimeSpan ttl)
    {
        var db = redis.GetDatabase();
        if (await db.StringGetAsync(UserKey(subject)) is { HasValue: true } value && (long)value == Deactivated)
        {
            await db.StringSetAsync(UserKey(subject), reactivatedAt.ToUnixTimeSeconds() - 1, ttl);
        }
    }

    /// <summary>Whether a token of <paramref name="subject"/> issued at <paramref name="issuedAt"/> falls under a sign-out-everywhere.</summary>
    public async Task<bool> IsUserRevokedAsync(string subject, DateTimeOffset issuedAt) =>
        await redis.GetDatabase().StringGetAsync(UserKey(subject)) is { HasValue: true } value
        && issuedAt.ToUnixTimeSeconds() <= (long)value;

    /// <summary>True when the token's sign-in, the token itself or every token of its user was revoked.</summary>
    public async Task<bool> IsRevokedAsync(ClaimsPrincipal principal)
    {
        var keys = new List<RedisKey>(2);
        if (principal.FindFirst(AuthorizationIdClaim)?.Value is { Length: > 0 } authorizationId)
        {
            keys.Add(SignInKey(authorizationId));
        }
        if (principal.FindFirst(TokenIdClaim)?.Value is { Length: > 0 } tokenId)
        {
            keys.Add(TokenKey(tokenId));
        }
        var subject = principal.FindFirst(ChatNominaClaims.Subject)?.Value;
        var issuedAt = long.TryParse(principal.FindFirst("iat")?.Value, out var iat) ? DateTimeOffset.FromUnixTimeSeconds(iat) : (DateTimeOffset?)null;
        if (keys.Count == 0 && (subject is null || issuedAt is null))
        {
            return false;
        }

        try
        {
            var db = redis.GetDatabase();
            var userRevoked = subject is not null && issuedAt is { } issued ? IsUserRevokedAsync(subject, issued) : Task.FromResult(false);
            var found = await Task.WhenAll(keys.Select(key => db.KeyExistsAsync(key)));
            var revoked = found.Any(exists => exists) | await userRevoked;
            metrics.RecordRevocationCheck(revoked ? "revoked" : "valid");
            return revoked;
        }
        catch (Exception ex) when (RedisFailure.Is(ex))
        {
            metrics.RecordRevocationCheck("unchecked");
            LogUnchecked(logger, ex.GetType().Name);
            return false;
        }
    }

    /// <summary>The JWT bearer hook: a revoked token fails authentication (401, <c>invalid_token</c>).</summary>
    internal static async Task RejectRevokedAsync(TokenValidatedContext context)
    {
        if (context.Principal is { } principal
            && await context.HttpContext.RequestServices.GetRequiredService<RevokedTokens>().IsRevokedAsync(principal))
        {
            context.Fail("The access token was revoked.");
        }
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Revoked-token check skipped, Redis unavailable ({Error}): the token is accepted until it expires")]
    private static partial void LogUnchecked(ILogger logger, string error);
}
