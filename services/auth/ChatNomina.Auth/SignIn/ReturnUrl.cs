using Microsoft.AspNetCore.WebUtilities;

namespace ChatNomina.Auth.SignIn;

/// <summary>
/// Where the sign-in page may send the browser after a successful sign-in: back to the
/// authorization endpoint of this origin, and nowhere else (the open-redirect defence). The one
/// accepted shape is a relative URL that starts with <c>/connect/authorize?</c> and consists of
/// printable ASCII only — so no other origin (<c>https://…</c>, <c>//host</c>, <c>/\host</c>),
/// no other path, no scheme (<c>javascript:</c>) and no header injection (CR, LF) can pass.
/// </summary>
internal static class ReturnUrl
{
    public const string AuthorizePrefix = Apis.AuthorizationApi.Path + "?";

    /// <summary>Longer than any authorization request a browser sends through the gateway (8 KiB request line).</summary>
    public const int MaxLength = 8192;

    public static bool IsValid(string? returnUrl) =>
        returnUrl is { Length: > 0 and <= MaxLength }
        && returnUrl.StartsWith(AuthorizePrefix, StringComparison.Ordinal)
        && returnUrl.All(c => c is > ' ' and < '\u007f' and not '\\');

    /// <summary>The sign-in page's address for an authorization request of this origin.</summary>
    public static string SignInPage(string returnUrl) => "/account/signin?returnUrl=" + Uri.EscapeDataString(returnUrl);

    /// <summary>The <c>ui_locales</c> parameter of a valid return URL's authorization request, if any.</summary>
    public static string? UiLocales(string returnUrl) =>
        QueryHelpers.ParseQuery(returnUrl[(AuthorizePrefix.Length - 1)..]).TryGetValue("ui_locales", out var value) ? value.ToString() : null;
}
