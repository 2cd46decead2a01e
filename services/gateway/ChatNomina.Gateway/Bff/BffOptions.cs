using System.ComponentModel.DataAnnotations;

namespace ChatNomina.Gateway.Bff;

/// <summary>
/// The gateway as the web app's backend-for-frontend (section <c>Gateway:Bff</c>): it runs the
/// authorization code flow with PKCE as the confidential client <see cref="ClientId"/> of the auth
/// service, keeps the tokens server-side (Redis) behind an <c>HttpOnly</c> session cookie, and
/// attaches the access token to the browser's <c>/api/*</c> and <c>/ws/*</c> calls (docs/gateway.md).
/// </summary>
public sealed class BffOptions
{
    public const string SectionName = "Gateway:Bff";

    /// <summary>Off: no browser session at all (bearer tokens only, as before the web app).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Where the gateway itself reaches the auth service (discovery, JWKS, token and revocation
    /// endpoints): the internal address, never through the public entry point. The browser is
    /// sent to <c>/connect/authorize</c> on the gateway's own origin, which routes to auth.
    /// </summary>
    [Required, Url]
    public string Authority { get; set; } = "http://localhost:8081";

    public bool RequireHttpsMetadata { get; set; } = true;

    [Required]
    public string ClientId { get; set; } = "chatnomina-bff";

    /// <summary>The client secret registered by auth's <c>migrate</c> (<c>Auth:Bff:ClientSecret</c>); local default documented in the README.</summary>
    [Required, MinLength(16)]
    public string ClientSecret { get; set; } = "";

    /// <summary>
    /// The session cookie. The <c>__Host-</c> prefix makes browsers insist on <c>Secure</c>, path
    /// <c>/</c> and no domain; browsers treat <c>http://localhost</c> as secure, so it works locally.
    /// </summary>
    [Required]
    public string CookieName { get; set; } = "__Host-chatnomina";

    /// <summary>Absolute lifetime of a browser session (the auth service's <c>Auth:SessionLifetime</c> bounds its refresh tokens too).</summary>
    [Range(typeof(TimeSpan), "00:05:00", "7.00:00:00")]
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(12);

    /// <summary>
    /// An access token that expires sooner than this is refreshed before it is attached (longer
    /// than the token's lifetime: every call refreshes — a test setting for the refresh lock).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:05", "01:00:00")]
    public TimeSpan RefreshBefore { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The header a browser call must carry on unsafe methods (a cross-site form or script cannot set it without CORS).</summary>
    public const string CsrfHeader = "X-CSRF";
}
