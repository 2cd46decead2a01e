using System.Globalization;
using System.Security.Claims;
using ChatNomina.Auth.Credentials;
using ChatNomina.Auth.SignIn;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace ChatNomina.Auth.Apis;

/// <summary>
/// The browser sign-in page (<c>/account/signin</c>), reached only from the authorization endpoint
/// (<c>/connect/authorize</c> redirects here with the request as <c>returnUrl</c>) and sending the
/// browser only back there. The password is checked by <see cref="PasswordSignIn"/>, so the page
/// shares the password grant's throttle, its single error for unknown e-mail and wrong password,
/// and its logs (user id, never the password or the e-mail). An hr or admin account answers a second
/// form after its right password: the one-time code (<see cref="PendingSecondFactor"/>), throttled
/// and counted like the password grant's; a recovery code instead, from the form beside it. An hr or admin
/// account without a factor (new in the role, or reset) enrols one instead (<see cref="PendingEnrolment"/>): a new
/// secret as a QR code, confirmed by a code of it, then its recovery codes shown once.
/// </summary>
internal static partial class AccountApi
{
    private const string StylesheetResource = "ChatNomina.Auth.SignIn.signin.css";

    private static readonly Lazy<(byte[] Content, EntityTagHeaderValue ETag)> Stylesheet = new(() =>
    {
        using var stream = typeof(AccountApi).Assembly.GetManifestResourceStream(StylesheetResource)
            ?? throw new InvalidOperationException($"Embedded resource {StylesheetResource} is missing.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var content = buffer.ToArray();
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content))[..16];
        return (content, new EntityTagHeaderValue($"\"{hash}\""));
    });

    public static IEndpointRouteBuilder MapAccountApi(this IEndpointRouteBuilder app)
    {
        var account = app.MapGroup("/account").WithTags("Sign-in page").AllowAnonymous();
        account.MapGet("/signin", Show).WithName("SignInPage");
        // The antiforgery token is validated by the handler itself, which answers with the page (400)
        // rather than the framework's bare 400.
        account.MapPost("/signin", SignInAsync).WithName("SignIn").DisableAntiforgery();
        account.MapGet("/signin.css", GetStylesheet).WithName("SignInStylesheet");
        return app;
    }

    private static ContentHttpResult Show(HttpContext http, IAntiforgery antiforgery, ILoggerFactory loggers)
    {
        var returnUrl = Single(http.Request.Query["returnUrl"]);
        if (!ReturnUrl.IsValid(returnUrl))
        {
            LogInvalidReturnUrl(loggers.CreateLogger(typeof(AccountApi)), http.Request.Method);
            return Refused(http, SignInRefusal.InvalidLink);
        }
        return FormPage(http, antiforgery, returnUrl!, "", SignInNotice.None, StatusCodes.Status200OK);
    }

    private static async Task<Results<ContentHttpResult, RedirectHttpResult>> SignInAsync(
        HttpContext http,
        IAntiforgery antiforgery,
        PasswordSignIn signIn,
        OneTimeCodes codes,
        PendingSecondFactor pendingSignIns,
        PendingEnrolment pendingEnrolments,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        if (!http.Request.HasFormContentType)
        {
            return Refused(http, SignInRefusal.InvalidRequest);
        }
        // Already read (and checked) by OAuth/FormBodyGuard; this is the cached form.
        var form = await http.Request.ReadFormAsync(cancellationToken);

        var returnUrl = Single(form["returnUrl"]);
        if (!ReturnUrl.IsValid(returnUrl))
        {
            LogInvalidReturnUrl(loggers.CreateLogger(typeof(AccountApi)), http.Request.Method);
            return Refused(http, SignInRefusal.InvalidLink);
        }
        // The second step (the code form) carries the pending sign-in, the enrolment form its pending enrolment; the first neither.
        var pendingToken = form.ContainsKey(PendingSecondFactor.FieldName) ? Single(form[PendingSecondFactor.FieldName]) ?? "" : null;
        var pending = pendingToken is null ? null : pendingSignIns.Read(pendingToken);
        var enrolmentToken = pendingToken is null && form.ContainsKey(PendingEnrolment.FieldName) ? Single(form[PendingEnrolment.FieldName]) ?? "" : null;
        var enrolment = enrolmentToken is null ? null : pendingEnrolments.Read(enrolmentToken);
        if (!await antiforgery.IsRequestValidAsync(http))
        {
            LogAntiforgeryRefused(loggers.CreateLogger(typeof(AccountApi)));
            if (enrolment is { } stillPending && await signIn.FindAsync(stillPending.UserId, cancellationToken) is { } enrolling)
            {
                return EnrolmentPage(http, antiforgery, returnUrl!, enrolmentToken!, enrolling.Email, stillPending.Secret,
                    SignInNotice.FormExpired, StatusCodes.Status400BadRequest);
            }
            return pending is null
                ? FormPage(http, antiforgery, returnUrl!, "", SignInNotice.FormExpired, StatusCodes.Status400BadRequest)
                : CodePage(http, antiforgery, returnUrl!, pendingToken!, SignInNotice.FormExpired, StatusCodes.Status400BadRequest);
        }

        var device = SignInDevice.Read(http.Request) ?? SignInDevice.New();
        if (pendingToken is not null)
        {
            // The one-time code, or a recovery code from the form beside it.
            var code = Single(form["otp"]) ?? Single(form[SignInPage.RecoveryFieldName]) ?? "";
            return await SecondStepAsync(http, antiforgery, signIn, returnUrl!, pendingToken, pending, code, device, cancellationToken);
        }
        if (enrolmentToken is not null)
        {
            return await EnrolmentStepAsync(http, antiforgery, signIn, returnUrl!, enrolmentToken, enrolment, Single(form["otp"]) ?? "", device, cancellationToken);
        }

        var email = Single(form["email"]) ?? "";
        var outcome = await signIn.SignInAsync(email, Single(form["password"]) ?? "", http.Connection.RemoteIpAddress, cancellationToken, device);
        if (outcome.Failure == SignInFailure.Throttled)
        {
            return FormPage(http, antiforgery, returnUrl!, email, SignInNotice.Throttled, StatusCodes.Status429TooManyRequests, outcome.RetryAfterSeconds);
        }
        if (outcome.Failure == SignInFailure.CodeRequired && outcome.Credential is { } needsCode)
        {
            // The right password of an hr/admin account: the code form, bound to this password step.
            var issued = pendingSignIns.Issue(needsCode.UserId, await codes.CurrentBindingAsync(needsCode.UserId, cancellationToken));
            return CodePage(http, antiforgery, returnUrl!, issued, SignInNotice.None, StatusCodes.Status200OK);
        }
        if (outcome.Failure == SignInFailure.EnrolmentRequired && outcome.Credential is { } needsFactor)
        {
            // The right password of an hr/admin account without a factor: a new secret to confirm, bound to this password step.
            var secret = OneTimeCodes.NewSecret();
            var issued = pendingEnrolments.Issue(needsFactor.UserId, secret);
            return EnrolmentPage(http, antiforgery, returnUrl!, issued, needsFactor.Email, secret, SignInNotice.None, StatusCodes.Status200OK);
        }
        if (outcome.Credential is not { } credential)
        {
            // Unknown e-mail and wrong password: one message, the e-mail kept, never the password.
            return FormPage(http, antiforgery, returnUrl!, email, SignInNotice.InvalidCredentials, StatusCodes.Status200OK);
        }
        return await SignedInAsync(http, credential, device, withCode: false, returnUrl!);
    }

    /// <summary>The code form's POST: the pending sign-in (from the password step) and the one-time code.</summary>
    private static async Task<Results<ContentHttpResult, RedirectHttpResult>> SecondStepAsync(HttpContext http, IAntiforgery antiforgery,
        PasswordSignIn signIn, string returnUrl, string pendingToken, PendingSignIn? pending, string code, string device,
        CancellationToken cancellationToken)
    {
        if (pending is not { } valid)
        {
            // Expired (5 minutes after the password), altered or not ours: start again from the password.
            return StartAgain(http, antiforgery, returnUrl);
        }
        var outcome = await signIn.CompleteWithCodeAsync(valid.UserId, valid.Binding, code, http.Connection.RemoteIpAddress, cancellationToken, device);
        switch (outcome.Failure)
        {
            case SignInFailure.None when outcome.Credential is { } credential:
                return await SignedInAsync(http, credential, device, withCode: true, returnUrl);
            case SignInFailure.Throttled:
                return CodePage(http, antiforgery, returnUrl, pendingToken, SignInNotice.Throttled, StatusCodes.Status429TooManyRequests, outcome.RetryAfterSeconds);
            case SignInFailure.WrongCode:
                // The same pending sign-in: its 5 minutes still count from the password step.
                return CodePage(http, antiforgery, returnUrl, pendingToken, SignInNotice.WrongCode, StatusCodes.Status200OK);
            default:
                return StartAgain(http, antiforgery, returnUrl);
        }
    }

    /// <summary>The enrolment form's POST: the pending enrolment (password step and new secret) and a code of the new secret.</summary>
    private static async Task<Results<ContentHttpResult, RedirectHttpResult>> EnrolmentStepAsync(HttpContext http, IAntiforgery antiforgery,
        PasswordSignIn signIn, string returnUrl, string enrolmentToken, PendingEnrolmentState? enrolment, string code, string device,
        CancellationToken cancellationToken)
    {
        if (enrolment is not { } valid)
        {
            // Expired (10 minutes after the password), altered or not ours: start again from the password.
            return StartAgain(http, antiforgery, returnUrl);
        }
        var outcome = await signIn.CompleteEnrolmentAsync(valid.UserId, valid.Secret, code, http.Connection.RemoteIpAddress, cancellationToken, device);
        switch (outcome.Failure)
        {
            case SignInFailure.None when outcome.Credential is { } credential && outcome.RecoveryCodes is { } recoveryCodes:
                // Signed in (bridge cookie set); the recovery codes are shown once, then on to the authorization endpoint.
                await SignInBridgeAsync(http, credential, device, withCode: true);
                var texts = SignInTexts.Choose(ReturnUrl.UiLocales(returnUrl), http.Request);
                SignInPage.ApplyHeaders(http.Response);
                return TypedResults.Content(SignInPage.RecoveryCodesPage(texts, returnUrl, recoveryCodes), "text/html; charset=utf-8",
                    statusCode: StatusCodes.Status200OK);
            case SignInFailure.Throttled or SignInFailure.WrongCode
                when await signIn.FindAsync(valid.UserId, cancellationToken) is { } enrolling:
                var throttled = outcome.Failure == SignInFailure.Throttled;
                // The same pending enrolment (and secret): its 10 minutes still count from the password step.
                return EnrolmentPage(http, antiforgery, returnUrl, enrolmentToken, enrolling.Email, valid.Secret,
                    throttled ? SignInNotice.Throttled : SignInNotice.WrongEnrolmentCode,
                    throttled ? StatusCodes.Status429TooManyRequests : StatusCodes.Status200OK, outcome.RetryAfterSeconds);
            default:
                return StartAgain(http, antiforgery, returnUrl);
        }
    }

    /// <summary>A complete sign-in: the device cookie, the 5-minute bridge cookie (who, and how), back to the authorization endpoint.</summary>
    private static async Task<RedirectHttpResult> SignedInAsync(HttpContext http, Model.Credential credential, string device, bool withCode, string returnUrl)
    {
        await SignInBridgeAsync(http, credential, device, withCode);
        return TypedResults.LocalRedirect(returnUrl);
    }

    /// <summary>The device cookie and the 5-minute bridge cookie (who, and how) the authorization endpoint reads.</summary>
    private static async Task SignInBridgeAsync(HttpContext http, Model.Credential credential, string device, bool withCode)
    {
        SignInDevice.Write(http.Response, device);
        var identity = new ClaimsIdentity(SignInBridge.Scheme, Claims.Subject, Claims.Role);
        identity.AddClaim(new Claim(Claims.Subject, credential.UserId.ToString()));
        foreach (var method in OAuth.TokenPrincipal.Methods(withCode))
        {
            identity.AddClaim(new Claim(Claims.AuthenticationMethodReference, method));
        }
        await http.SignInAsync(SignInBridge.Scheme, new ClaimsPrincipal(identity),
            new AuthenticationProperties { IsPersistent = false, AllowRefresh = false });
        http.Response.Headers.CacheControl = "no-store";
    }

    private static FileContentHttpResult GetStylesheet(HttpContext http)
    {
        http.Response.Headers.CacheControl = "public, max-age=86400";
        http.Response.Headers.XContentTypeOptions = "nosniff";
        return TypedResults.Bytes(Stylesheet.Value.Content, "text/css; charset=utf-8", entityTag: Stylesheet.Value.ETag);
    }

    private static ContentHttpResult FormPage(HttpContext http, IAntiforgery antiforgery, string returnUrl, string email,
        SignInNotice notice, int status, int retryAfterSeconds = 0) =>
        PageWithForm(http, antiforgery, returnUrl, notice, status, retryAfterSeconds, (texts, tokens) =>
            SignInPage.Form(texts, returnUrl, email.Length <= 256 ? email : "", tokens.FormFieldName, tokens.RequestToken, notice, retryAfterSeconds));

    /// <summary>The pending step expired, was altered or no longer holds: the password form again, saying so.</summary>
    private static ContentHttpResult StartAgain(HttpContext http, IAntiforgery antiforgery, string returnUrl) =>
        FormPage(http, antiforgery, returnUrl, "", SignInNotice.SignInExpired, StatusCodes.Status200OK);

    private static ContentHttpResult CodePage(HttpContext http, IAntiforgery antiforgery, string returnUrl, string pending,
        SignInNotice notice, int status, int retryAfterSeconds = 0) =>
        PageWithForm(http, antiforgery, returnUrl, notice, status, retryAfterSeconds, (texts, tokens) =>
            SignInPage.CodeForm(texts, returnUrl, pending, tokens.FormFieldName, tokens.RequestToken, notice, retryAfterSeconds));

    private static ContentHttpResult EnrolmentPage(HttpContext http, IAntiforgery antiforgery, string returnUrl, string pending,
        string email, byte[] secret, SignInNotice notice, int status, int retryAfterSeconds = 0) =>
        PageWithForm(http, antiforgery, returnUrl, notice, status, retryAfterSeconds, (texts, tokens) =>
            SignInPage.EnrolmentForm(texts, returnUrl, pending, OneTimeCodes.KeyUri(email, secret), OneTimeCodes.Base32(secret),
                tokens.FormFieldName, tokens.RequestToken, notice, retryAfterSeconds));

    /// <summary>
    /// One of the page's forms (<paramref name="render"/>): its texts in the return URL's language (else the browser's), a
    /// fresh antiforgery token, the page's headers and, when throttled, <c>Retry-After</c> in whole seconds.
    /// </summary>
    private static ContentHttpResult PageWithForm(HttpContext http, IAntiforgery antiforgery, string returnUrl, SignInNotice notice,
        int status, int retryAfterSeconds, Func<SignInTexts, AntiforgeryTokenSet, string> render)
    {
        if (notice == SignInNotice.Throttled)
        {
            http.Response.Headers.RetryAfter = retryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        }
        var texts = SignInTexts.Choose(ReturnUrl.UiLocales(returnUrl), http.Request);
        var tokens = antiforgery.GetAndStoreTokens(http);
        SignInPage.ApplyHeaders(http.Response);   // after the antiforgery cookie: its cache headers are replaced
        return TypedResults.Content(render(texts, tokens), "text/html; charset=utf-8", statusCode: status);
    }

    /// <summary>The 400 page: no form, a way back to the app.</summary>
    public static ContentHttpResult Refused(HttpContext http, SignInRefusal refusal)
    {
        SignInPage.ApplyHeaders(http.Response);
        return TypedResults.Content(SignInPage.Refused(SignInTexts.Choose(null, http.Request), refusal),
            "text/html; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
    }

    /// <summary>A form or query value given exactly once; a repeated or missing one is null.</summary>
    private static string? Single(StringValues values) => values.Count == 1 ? values[0] : null;

    [LoggerMessage(Level = LogLevel.Information, Message = "Sign-in page ({Method}) refused a return URL that is not this origin's authorization endpoint")]
    private static partial void LogInvalidReturnUrl(ILogger logger, string method);

    [LoggerMessage(Level = LogLevel.Information, Message = "Sign-in form refused: missing or invalid antiforgery token")]
    private static partial void LogAntiforgeryRefused(ILogger logger);
}
