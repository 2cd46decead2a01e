using System.Security.Cryptography;

namespace ChatNomina.Auth.SignIn;

/// <summary>
/// The browser's device cookie: a random id the sign-in page sets after a successful sign-in and
/// the throttle remembers per account (beside known addresses, <c>Auth:SignInThrottle:KnownAddressLifetime</c>).
/// A device that signed in to an account before is never slowed on it, so an attacker guessing
/// that account's password from elsewhere cannot keep its owner out (issue 18, item 1). It proves
/// nothing by itself — the password is still checked — and only the page's path sees it.
/// </summary>
internal static class SignInDevice
{
    public const string CookieName = "chatnomina-device";

    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(30);

    public static string New() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));

    /// <summary>The device id the browser sent, when it is one of ours (64 lowercase hex digits).</summary>
    public static string? Read(HttpRequest request) =>
        request.Cookies[CookieName] is { Length: 64 } value && value.All(Uri.IsHexDigit) && value == value.ToLowerInvariant()
            ? value
            : null;

    /// <summary>(Re)sets the cookie after a successful sign-in, for another <see cref="Lifetime"/>.</summary>
    public static void Write(HttpResponse response, string device) =>
        response.Cookies.Append(CookieName, device, new CookieOptions
        {
            Path = "/account",
            HttpOnly = true,
            Secure = true,
            SameSite = SameSiteMode.Strict,
            MaxAge = Lifetime,
            IsEssential = true,
        });
}
