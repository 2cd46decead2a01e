using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace ChatNomina.Auth.SignIn;

/// <summary>What the sign-in form says above its fields, if anything.</summary>
internal enum SignInNotice
{
    None,
    InvalidCredentials,
    Throttled,
    FormExpired,

    /// <summary>The code form: the one-time code is wrong or used.</summary>
    WrongCode,

    /// <summary>The pending second step expired or was spent: the password is asked again.</summary>
    SignInExpired,
}

/// <summary>Why the sign-in page shows no form at all (400).</summary>
internal enum SignInRefusal
{
    /// <summary>The return URL is not this origin's authorization endpoint.</summary>
    InvalidLink,

    /// <summary>The POST body cannot be read (not a form, another charset, malformed).</summary>
    InvalidRequest,
}

/// <summary>
/// The sign-in page's HTML: server-rendered, no script and no inline style (the stylesheet is
/// <c>/account/signin.css</c>), labelled fields with autocomplete hints, and an error in a
/// <c>role="alert"</c> element the fields point to with <c>aria-describedby</c>. Every value that
/// came from the request is HTML-encoded.
/// </summary>
internal static class SignInPage
{
    public const string Path = "/account/signin";
    public const string StylesheetPath = "/account/signin.css";

    public const string ContentSecurityPolicy =
        "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private const string ErrorId = "signin-error";
    private const string CodeHintId = "otp-hint";

    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>The headers of every answer of the page: nothing cached, never framed, no other resource loaded.</summary>
    public static void ApplyHeaders(HttpResponse response)
    {
        response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        response.Headers.CacheControl = "no-store";
        response.Headers.Pragma = "no-cache";
        response.Headers.XFrameOptions = "DENY";
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers["Referrer-Policy"] = "no-referrer";
    }

    public static string Form(SignInTexts texts, string returnUrl, string email, string? antiforgeryFieldName, string? antiforgeryToken,
        SignInNotice notice = SignInNotice.None, int retryAfterSeconds = 0)
    {
        var message = Message(texts, notice, retryAfterSeconds);
        var describedBy = message is null ? "" : $" aria-describedby=\"{ErrorId}\"";
        var invalid = notice == SignInNotice.InvalidCredentials ? " aria-invalid=\"true\"" : "";

        var html = Open(texts, texts.Title);
        html.Append("<h1>").Append(texts.Title).Append("</h1>\n");
        if (message is not null)
        {
            html.Append("<p id=\"").Append(ErrorId).Append("\" class=\"error\" role=\"alert\">").Append(message).Append("</p>\n");
        }
        html.Append("<form method=\"post\" action=\"").Append(Path).Append("\">\n");
        if (antiforgeryFieldName is not null && antiforgeryToken is not null)
        {
            Hidden(html, antiforgeryFieldName, antiforgeryToken);
        }
        Hidden(html, "returnUrl", returnUrl);
        html.Append("<label for=\"email\">").Append(texts.Email).Append("</label>\n")
            .Append("<input id=\"email\" name=\"email\" type=\"email\" autocomplete=\"username\" required")
            .Append(" value=\"").Append(Encoder.Encode(email)).Append('"').Append(describedBy).Append(invalid).Append(">\n")
            .Append("<label for=\"password\">").Append(texts.Password).Append("</label>\n")
            .Append("<input id=\"password\" name=\"password\" type=\"password\" autocomplete=\"current-password\" required")
            .Append(describedBy).Append(invalid).Append(">\n")
            .Append("<button type=\"submit\">").Append(texts.Submit).Append("</button>\n")
            .Append("</form>\n");
        return Close(html);
    }

    /// <summary>
    /// The second step of an hr/admin sign-in: one field for the 6-digit one-time code (numeric keyboard,
    /// <c>autocomplete="one-time-code"</c>), the pending sign-in in a hidden field, the same return URL.
    /// </summary>
    public static string CodeForm(SignInTexts texts, string returnUrl, string pending, string? antiforgeryFieldName, string? antiforgeryToken,
        SignInNotice notice = SignInNotice.None, int retryAfterSeconds = 0)
    {
        var message = Message(texts, notice, retryAfterSeconds);
        var describedBy = message is null ? $" aria-describedby=\"{CodeHintId}\"" : $" aria-describedby=\"{CodeHintId} {ErrorId}\"";
        var invalid = notice == SignInNotice.WrongCode ? " aria-invalid=\"true\"" : "";

        var html = Open(texts, texts.CodeTitle);
        html.Append("<h1>").Append(texts.CodeTitle).Append("</h1>\n");
        if (message is not null)
        {
            html.Append("<p id=\"").Append(ErrorId).Append("\" class=\"error\" role=\"alert\">").Append(message).Append("</p>\n");
        }
        html.Append("<p id=\"").Append(CodeHintId).Append("\" class=\"hint\">").Append(texts.CodeHint).Append("</p>\n");
        html.Append("<form method=\"post\" action=\"").Append(Path).Append("\">\n");
        if (antiforgeryFieldName is not null && antiforgeryToken is not null)
        {
            Hidden(html, antiforgeryFieldName, antiforgeryToken);
        }
        Hidden(html, "returnUrl", returnUrl);
        Hidden(html, PendingSecondFactor.FieldName, pending);
        html.Append("<label for=\"otp\">").Append(texts.Code).Append("</label>\n")
            .Append("<input id=\"otp\" name=\"otp\" type=\"text\" inputmode=\"numeric\" autocomplete=\"one-time-code\"")
            .Append(" pattern=\"[0-9]{6}\" minlength=\"6\" maxlength=\"6\" required")
            .Append(describedBy).Append(invalid).Append(">\n")
            .Append("<button type=\"submit\">").Append(texts.Verify).Append("</button>\n")
            .Append("</form>\n");
        return Close(html);
    }

    private static string? Message(SignInTexts texts, SignInNotice notice, int retryAfterSeconds) => notice switch
    {
        SignInNotice.InvalidCredentials => texts.InvalidCredentials,
        SignInNotice.Throttled => texts.Throttled(retryAfterSeconds),
        SignInNotice.FormExpired => texts.FormExpired,
        SignInNotice.WrongCode => texts.WrongCode,
        SignInNotice.SignInExpired => texts.SignInExpired,
        _ => null,
    };

    public static string Refused(SignInTexts texts, SignInRefusal refusal)
    {
        var (title, text) = refusal switch
        {
            SignInRefusal.InvalidLink => (texts.InvalidLinkTitle, texts.InvalidLinkText),
            _ => (texts.InvalidRequestTitle, texts.InvalidRequestText),
        };
        var html = Open(texts, $"{title} · ChatNomina");
        html.Append("<h1>").Append(title).Append("</h1>\n")
            .Append("<p id=\"").Append(ErrorId).Append("\" class=\"error\" role=\"alert\">").Append(text).Append("</p>\n");
        return Close(html);
    }

    internal static StringBuilder Open(SignInTexts texts, string title) => new StringBuilder()
        .Append("<!DOCTYPE html>\n<html lang=\"").Append(texts.Lang).Append("\">\n<head>\n")
        .Append("<meta charset=\"utf-8\">\n")
        .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .Append("<title>").Append(title).Append("</title>\n")
        .Append("<link rel=\"stylesheet\" href=\"").Append(StylesheetPath).Append("\">\n")
        .Append("</head>\n<body>\n<main>\n");

    internal static string Close(StringBuilder html) => html.Append("</main>\n</body>\n</html>\n").ToString();

    internal static void Hidden(StringBuilder html, string name, string value) =>
        html.Append("<input type=\"hidden\" name=\"").Append(Encoder.Encode(name))
            .Append("\" value=\"").Append(Encoder.Encode(value)).Append("\">\n");
}
