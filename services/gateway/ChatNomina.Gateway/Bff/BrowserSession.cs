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
            var refreshed = await services.GetRequiredService<AuthServerClient>().RefreshAsync(tokens, context.RequestAborted);
            if (refreshed is not null)
            {
                await store.SaveAsync(sessionId, refreshed);
            }
            else
            {
                // Refused: but another request of this session may have refreshed it just now.
                var latest = await store.GetAsync(sessionId);
                refreshed = latest is not null && latest.RefreshToken != tokens.RefreshToken ? latest : null;
                if (refreshed is null)
                {
                    await store.RemoveAsync(sessionId);
                }
            }
            tokens = refreshed;
        }

        if (tokens is null)
        {
            await context.SignOutAsync(CookieScheme);
            return null;
        }
        return (result.Principal, tokens);
    }

    /// <summary>What the web app may know about its user.</summary>
    public static BffUser Describe(ClaimsPrincipal user, SessionTokens tokens) => new(
        user.FindFirstValue(ChatNominaClaims.Subject) ?? "",
        user.FindFirstValue(ChatNominaClaims.Email),
        [.. user.FindAll(ChatNominaClaims.Role).Select(c => c.Value)],
        tokens.SessionExpiresAt);
}
