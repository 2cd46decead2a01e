using System.Security.Claims;
using ChatNomina.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace ChatNomina.Gateway.Bff;

/// <summary>The browser session's schemes and claims.</summary>
public static class BrowserSession
{
    /// <summary>The session cookie (claims + session id only).</summary>
    public const string CookieScheme = "bff-session";

    /// <summary>The code flow with the auth service (challenge and <c>/signin-oidc</c> callback).</summary>
    public const string OidcScheme = "bff-oidc";

    /// <summary>The claim naming the session's entry in <see cref="SessionTokenStore"/>.</summary>
    public const string SessionIdClaim = "bff_sid";

    /// <summary>
    /// The session's current tokens: read from the store, refreshed first when the access token is
    /// about to expire. Null when there is no live session (no cookie, signed out, expired, or the
    /// auth service refused the refresh) — the cookie is then removed. Redis and auth failures
    /// propagate (the caller answers 503: a blip must not sign anyone out).
    /// </summary>
    public static async Task<(ClaimsPrincipal User, SessionTokens Tokens)?> GetAsync(HttpContext context)
    {
        var result = await context.AuthenticateAsync(CookieScheme);
        if (!result.Succeeded || result.Principal.FindFirstValue(SessionIdClaim) is not { } sessionId)
        {
            return null;
        }

        var services = context.RequestServices;
        var store = services.GetRequiredService<SessionTokenStore>();
        var clock = services.GetRequiredService<TimeProvider>();
        var options = services.GetRequiredService<IOptions<BffOptions>>().Value;

        var tokens = await store.GetAsync(sessionId);
        if (tokens is not null && tokens.AccessTokenExpiresAt - clock.GetUtcNow() <= options.RefreshBefore)
        {
            tokens = await RefreshOnceAsync(sessionId, tokens, services, context.RequestAborted);
        }

        if (tokens is null)
        {
            await context.SignOutAsync(CookieScheme);
            return null;
        }
        return (result.Principal, tokens);
    }

    /// <summary>
    /// Refreshes the session's tokens exactly once however many requests (on however many gateway
    /// replicas) find them due at the same moment: refresh tokens rotate, and a second use of the
    /// old one would be taken for theft and end the whole session. One request takes a short lock
    /// in Redis and refreshes; the others keep using the current access token, which is still
    /// valid (refreshes start <see cref="BffOptions.RefreshBefore"/> early), or, if it has already
    /// expired, wait briefly for the new one. Null: the session is over.
    /// </summary>
    private static async Task<SessionTokens?> RefreshOnceAsync(string sessionId, SessionTokens seen, IServiceProvider services, CancellationToken cancellationToken)
    {
        var store = services.GetRequiredService<SessionTokenStore>();
        var clock = services.GetRequiredService<TimeProvider>();
        await using (var refreshLock = await store.TryLockRefreshAsync(sessionId))
        {
            if (refreshLock is not null)
            {
                // Re-read under the lock: another request may have refreshed since we looked.
                var current = await store.GetAsync(sessionId);
                if (current is null || current.RefreshToken != seen.RefreshToken)
                {
                    return current;
                }
                // Not cancelled with the request: once auth has rotated the token, the new one must
                // be stored, or the next request would reuse the old one and end the session.
                var refreshed = await services.GetRequiredService<AuthServerClient>().RefreshAsync(current, CancellationToken.None);
                if (refreshed is null)
                {
                    await store.RemoveAsync(sessionId);
                    return null;
                }
                await store.SaveAsync(sessionId, refreshed);
                return refreshed;
            }
        }

        // Someone else is refreshing.
        if (seen.AccessTokenExpiresAt - clock.GetUtcNow() > StillUsable)
        {
            return seen;
        }
        for (var waited = TimeSpan.Zero; waited < RefreshWait; waited += RefreshPoll)
        {
            await Task.Delay(RefreshPoll, cancellationToken);
            var latest = await store.GetAsync(sessionId);
            if (latest is null || latest.RefreshToken != seen.RefreshToken)
            {
                return latest;
            }
        }
        throw new TimeoutException("The session's refresh by another request did not finish in time.");
    }

    private static readonly TimeSpan StillUsable = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan RefreshPoll = TimeSpan.FromMilliseconds(50);
    private static readonly TimeSpan RefreshWait = TimeSpan.FromSeconds(3);

    /// <summary>What the web app may know about its user.</summary>
    public static BffUser Describe(ClaimsPrincipal user, SessionTokens tokens) => new(
        user.FindFirstValue(ChatNominaClaims.Subject) ?? "",
        user.FindFirstValue(ChatNominaClaims.Email),
        [.. user.FindAll(ChatNominaClaims.Role).Select(c => c.Value)],
        tokens.SessionExpiresAt);
}
