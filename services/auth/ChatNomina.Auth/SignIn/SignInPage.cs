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

    /// <summary>The enrolment form: the code does not match the new secret.</summary>
    WrongEnrolmentCode,
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
    private const string RecoveryHintId = "recovery-hint";

    /// <summary>The code form's other field: a recovery code instead of the one-time code.</summary>
    public const string RecoveryFieldName = "recovery";

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

        var html = OpenWithHeading(texts, texts.Title, message);
        OpenForm(html, antiforgeryFieldName, antiforgeryToken, returnUrl);
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

        var html = OpenWithHeading(texts, texts.CodeTitle, message);
        html.Append("<p id=\"").Append(CodeHintId).Append("\" class=\"hint\">").Append(texts.CodeHint).Append("</p>\n");
        OpenForm(html, antiforgeryFieldName, antiforgeryToken, returnUrl, (PendingSecondFactor.FieldName, pending));
        html.Append("<label for=\"otp\">").Append(texts.Code).Append("</label>\n");
        CodeInput(html, message is not null, notice == SignInNotice.WrongCode)
            .Append("<button type=\"submit\">").Append(texts.Verify).Append("</button>\n")
            .Append("</form>\n");

        // A recovery code instead (a lost phone): its own form, with a text field letters can be typed into.
        html.Append("<details>\n<summary>").Append(texts.UseRecoveryCode).Append("</summary>\n");
        OpenForm(html, antiforgeryFieldName, antiforgeryToken, returnUrl, (PendingSecondFactor.FieldName, pending));
        html.Append("<label for=\"recovery\">").Append(texts.RecoveryCode).Append("</label>\n")
            .Append("<p id=\"").Append(RecoveryHintId).Append("\" class=\"hint\">").Append(texts.RecoveryCodeHint).Append("</p>\n")
            .Append("<input id=\"recovery\" name=\"").Append(RecoveryFieldName).Append("\" type=\"text\" autocomplete=\"off\"")
            .Append(" autocapitalize=\"none\" spellcheck=\"false\" maxlength=\"32\" required aria-describedby=\"").Append(RecoveryHintId).Append("\">\n")
            .Append("<button type=\"submit\">").Append(texts.RecoverySubmit).Append("</button>\n")
            .Append("</form>\n</details>\n");
        return Close(html);
    }

    /// <summary>
    /// The enrolment step of an hr/admin account without a second factor: the new secret as a QR code (inline SVG),
    /// as base32 in groups of four and as its <c>otpauth://</c> URI, and one field for a code of it to confirm; the
    /// pending enrolment in a hidden field, the same return URL.
    /// </summary>
    public static string EnrolmentForm(SignInTexts texts, string returnUrl, string pending, string keyUri, string secretBase32,
        string? antiforgeryFieldName, string? antiforgeryToken, SignInNotice notice = SignInNotice.None, int retryAfterSeconds = 0)
    {
        var message = Message(texts, notice, retryAfterSeconds);

        var html = OpenWithHeading(texts, texts.EnrolTitle, message);
        html.Append("<p>").Append(texts.EnrolIntro).Append("</p>\n")
            .Append(QrCodeSvg.Render(keyUri, texts.QrLabel, Encoder))
            .Append("<p class=\"secret\">").Append(texts.SecretLabel).Append(": <code>")
            .Append(Encoder.Encode(string.Join(' ', secretBase32.Chunk(4).Select(c => new string(c))))).Append("</code></p>\n")
            .Append("<p class=\"uri\">").Append(texts.KeyUriLabel).Append(": <code>").Append(Encoder.Encode(keyUri)).Append("</code></p>\n");
        OpenForm(html, antiforgeryFieldName, antiforgeryToken, returnUrl, (PendingEnrolment.FieldName, pending));
        html.Append("<label for=\"otp\">").Append(texts.EnrolCode).Append("</label>\n")
            .Append("<p id=\"").Append(CodeHintId).Append("\" class=\"hint\">").Append(texts.EnrolCodeHint).Append("</p>\n");
        CodeInput(html, message is not null, notice == SignInNotice.WrongEnrolmentCode)
            .Append("<button type=\"submit\">").Append(texts.EnrolSubmit).Append("</button>\n")
            .Append("</form>\n");
        return Close(html);
    }

    /// <summary>
    /// After a successful enrolment, once: the recovery codes, and a link on to the authorization endpoint (the
    /// sign-in is complete: the bridge cookie is set with this page).
    /// </summary>
    public static string RecoveryCodesPage(SignInTexts texts, string returnUrl, IReadOnlyList<string> codes)
    {
        var html = Open(texts, texts.RecoveryTitle);
        html.Append("<h1>").Append(texts.RecoveryTitle).Append("</h1>\n")
            .Append("<p>").Append(texts.RecoveryIntro).Append("</p>\n")
            .Append("<ol class=\"codes\">\n");
        foreach (var code in codes)
        {
            html.Append("<li><code>").Append(Encoder.Encode(code)).Append("</code></li>\n");
        }
        html.Append("</ol>\n")
            .Append("<a class=\"button\" href=\"").Append(Encoder.Encode(returnUrl)).Append("\">").Append(texts.RecoveryContinue).Append("</a>\n");
        return Close(html);
    }

    private static string? Message(SignInTexts texts, SignInNotice notice, int retryAfterSeconds) => notice switch
    {
        SignInNotice.InvalidCredentials => texts.InvalidCredentials,
        SignInNotice.Throttled => texts.Throttled(retryAfterSeconds),
        SignInNotice.FormExpired => texts.FormExpired,
        SignInNotice.WrongCode => texts.WrongCode,
        SignInNotice.SignInExpired => texts.SignInExpired,
        SignInNotice.WrongEnrolmentCode => texts.WrongEnrolmentCode,
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

    /// <summary>The page up to its heading, and the notice (if any) in the alert the fields point to.</summary>
    private static StringBuilder OpenWithHeading(SignInTexts texts, string title, string? message)
    {
        var html = Open(texts, title);
        html.Append("<h1>").Append(title).Append("</h1>\n");
        if (message is not null)
        {
            html.Append("<p id=\"").Append(ErrorId).Append("\" class=\"error\" role=\"alert\">").Append(message).Append("</p>\n");
        }
        return html;
    }

    /// <summary>The start of a form posting to the page: the antiforgery token (when there is one), the return URL and the
    /// pending step (the code and enrolment forms).</summary>
    private static void OpenForm(StringBuilder html, string? antiforgeryFieldName, string? antiforgeryToken, string returnUrl,
        (string Name, string Value)? pending = null)
    {
        html.Append("<form method=\"post\" action=\"").Append(Path).Append("\">\n");
        if (antiforgeryFieldName is not null && antiforgeryToken is not null)
        {
            Hidden(html, antiforgeryFieldName, antiforgeryToken);
        }
        Hidden(html, "returnUrl", returnUrl);
        if (pending is { } step)
        {
            Hidden(html, step.Name, step.Value);
        }
    }

    /// <summary>The 6-digit code field (numeric keyboard, <c>autocomplete="one-time-code"</c>), described by the hint
    /// (<see cref="CodeHintId"/>) and the notice when there is one.</summary>
    private static StringBuilder CodeInput(StringBuilder html, bool hasMessage, bool invalid) => html
        .Append("<input id=\"otp\" name=\"otp\" type=\"text\" inputmode=\"numeric\" autocomplete=\"one-time-code\"")
        .Append(" pattern=\"[0-9]{6}\" minlength=\"6\" maxlength=\"6\" required")
        .Append(hasMessage ? $" aria-describedby=\"{CodeHintId} {ErrorId}\"" : $" aria-describedby=\"{CodeHintId}\"")
        .Append(invalid ? " aria-invalid=\"true\"" : "").Append(">\n");

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
