using Microsoft.AspNetCore.Authentication.Cookies;

namespace ChatNomina.Auth.SignIn;

/// <summary>
/// The cookie that carries a successful password sign-in from the sign-in page (<c>POST
/// /account/signin</c>) to the authorization endpoint (<c>/connect/authorize</c>), and nothing
/// more: it holds only the user id, lives 5 minutes, is never persistent, and the authorization
/// endpoint removes it as soon as it issues the code. So auth keeps no single sign-on session:
/// after the app signs out, the next sign-in asks for the password again.
/// </summary>
internal static class SignInBridge
{
    public const string Scheme = "chatnomina-signin";

    /// <summary><c>__Host-</c>: only ever set with <c>Secure</c>, <c>Path=/</c> and no <c>Domain</c> (the browser enforces it).</summary>
    public const string CookieName = "__Host-chatnomina-signin";

    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    public static void Configure(CookieAuthenticationOptions options)
    {
        options.Cookie.Name = CookieName;
        options.Cookie.HttpOnly = true;
        options.Cookie.SecurePolicy = CookieSecurePolicy.Always;
        options.Cookie.SameSite = SameSiteMode.Strict;
        options.Cookie.Path = "/";
        options.Cookie.IsEssential = true;
        options.ExpireTimeSpan = Lifetime;
        options.SlidingExpiration = false;
        // Nobody is ever challenged with this scheme (the authorization endpoint redirects to the
        // sign-in page itself); should anything do it, it gets a plain 401/403, not a redirect.
        options.Events.OnRedirectToLogin = context =>
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Task.CompletedTask;
        };
        options.Events.OnRedirectToAccessDenied = context =>
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return Task.CompletedTask;
        };
    }
}
