using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace ChatNomina.Auth.SignIn;

/// <summary>What the set-password form says above its fields, if anything.</summary>
internal enum SetPasswordNotice
{
    None,
    TooShort,
    TooLong,
    Mismatch,
    FormExpired,
}

/// <summary>
/// The set-password page's HTML (<c>/account/set-password</c>), built like the sign-in page: server-rendered,
/// no script, the same stylesheet and headers (<see cref="SignInPage.ApplyHeaders"/>), labelled fields with
/// <c>autocomplete="new-password"</c>, an error in a <c>role="alert"</c> element the fields point to.
/// </summary>
internal static class SetPasswordPage
{
    public const string Path = "/account/set-password";

    private const string ErrorId = "set-password-error";
    private const string HintId = "password-hint";

    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Form(SetPasswordTexts texts, SignInTexts page, string token, int minLength,
        string? antiforgeryFieldName, string? antiforgeryToken, SetPasswordNotice notice)
    {
        var message = notice switch
        {
            SetPasswordNotice.TooShort => string.Format(CultureInfo.InvariantCulture, texts.TooShort, minLength),
            SetPasswordNotice.TooLong => texts.TooLong,
            SetPasswordNotice.Mismatch => texts.Mismatch,
            SetPasswordNotice.FormExpired => texts.FormExpired,
            _ => null,
        };
        var describedBy = message is null ? $" aria-describedby=\"{HintId}\"" : $" aria-describedby=\"{HintId} {ErrorId}\"";
        var invalid = notice is SetPasswordNotice.TooShort or SetPasswordNotice.TooLong or SetPasswordNotice.Mismatch ? " aria-invalid=\"true\"" : "";

        var html = SignInPage.Open(page, texts.Title);
        html.Append("<h1>").Append(texts.Title).Append("</h1>\n");
        if (message is not null)
        {
            html.Append("<p id=\"").Append(ErrorId).Append("\" class=\"error\" role=\"alert\">").Append(message).Append("</p>\n");
        }
        html.Append("<p id=\"").Append(HintId).Append("\" class=\"hint\">")
            .Append(string.Format(CultureInfo.InvariantCulture, texts.Hint, minLength)).Append("</p>\n");
        html.Append("<form method=\"post\" action=\"").Append(Path).Append("\">\n");
        if (antiforgeryFieldName is not null && antiforgeryToken is not null)
        {
            SignInPage.Hidden(html, antiforgeryFieldName, antiforgeryToken);
        }
        SignInPage.Hidden(html, "token", token);
        var min = minLength.ToString(CultureInfo.InvariantCulture);
        html.Append("<label for=\"password\">").Append(texts.Password).Append("</label>\n")
            .Append("<input id=\"password\" name=\"password\" type=\"password\" autocomplete=\"new-password\" required minlength=\"").Append(min).Append('"')
            .Append(describedBy).Append(invalid).Append(">\n")
            .Append("<label for=\"confirm\">").Append(texts.Confirm).Append("</label>\n")
            .Append("<input id=\"confirm\" name=\"confirm\" type=\"password\" autocomplete=\"new-password\" required minlength=\"").Append(min).Append('"')
            .Append(describedBy).Append(invalid).Append(">\n")
            .Append("<button type=\"submit\">").Append(texts.Submit).Append("</button>\n")
            .Append("</form>\n");
        return SignInPage.Close(html);
    }

    /// <summary>The link is unknown, used, expired, or its account deactivated: one page for all (400).</summary>
    public static string InvalidLink(SetPasswordTexts texts, SignInTexts page)
    {
        var html = SignInPage.Open(page, $"{texts.InvalidLinkTitle} · ChatNomina");
        html.Append("<h1>").Append(texts.InvalidLinkTitle).Append("</h1>\n")
            .Append("<p id=\"").Append(ErrorId).Append("\" class=\"error\" role=\"alert\">").Append(texts.InvalidLinkText).Append("</p>\n");
        return SignInPage.Close(html);
    }

    /// <summary>The password is set: a link to the app, where sign-in starts.</summary>
    public static string Done(SetPasswordTexts texts, SignInTexts page, string signInUrl)
    {
        var html = SignInPage.Open(page, $"{texts.DoneTitle} · ChatNomina");
        html.Append("<h1>").Append(texts.DoneTitle).Append("</h1>\n")
            .Append("<p role=\"status\">").Append(texts.DoneText).Append("</p>\n")
            .Append("<p><a href=\"").Append(Encoder.Encode(signInUrl)).Append("\">").Append(texts.SignIn).Append("</a></p>\n");
        return SignInPage.Close(html);
    }
}
