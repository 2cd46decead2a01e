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
/// and its logs (user id, never the password or the e-mail).
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
        if (!await antiforgery.IsRequestValidAsync(http))
        {
            LogAntiforgeryRefused(loggers.CreateLogger(typeof(AccountApi)));
            return FormPage(http, antiforgery, returnUrl!, "", SignInNotice.FormExpired, StatusCodes.Status400BadRequest);
        }

        var email = Single(form["email"]) ?? "";
        var device = SignInDevice.Read(http.Request) ?? SignInDevice.New();
        var outcome = await signIn.SignInAsync(email, Single(form["password"]) ?? "", http.Connection.RemoteIpAddress, cancellationToken, device);
        if (outcome.Failure == SignInFailure.Throttled)
        {
            http.Response.Headers.RetryAfter = outcome.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
            return FormPage(http, antiforgery, returnUrl!, email, SignInNotice.Throttled, StatusCodes.Status429TooManyRequests, outcome.RetryAfterSeconds);
        }
        if (outcome.Credential is not { } credential)
        {
            // Unknown e-mail and wrong password: one message, the e-mail kept, never the password.
            return FormPage(http, antiforgery, returnUrl!, email, SignInNotice.InvalidCredentials, StatusCodes.Status200OK);
        }

        SignInDevice.Write(http.Response, device);
        var identity = new ClaimsIdentity(SignInBridge.Scheme, Claims.Subject, Claims.Role);
        identity.AddClaim(new Claim(Claims.Subject, credential.UserId.ToString()));
        await http.SignInAsync(SignInBridge.Scheme, new ClaimsPrincipal(identity),
            new AuthenticationProperties { IsPersistent = false, AllowRefresh = false });
        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.LocalRedirect(returnUrl!);
    }

    private static FileContentHttpResult GetStylesheet(HttpContext http)
    {
        http.Response.Headers.CacheControl = "public, max-age=86400";
        http.Response.Headers.XContentTypeOptions = "nosniff";
        return TypedResults.Bytes(Stylesheet.Value.Content, "text/css; charset=utf-8", entityTag: Stylesheet.Value.ETag);
    }

    private static ContentHttpResult FormPage(HttpContext http, IAntiforgery antiforgery, string returnUrl, string email,
        SignInNotice notice, int status, int retryAfterSeconds = 0)
    {
        var texts = SignInTexts.Choose(ReturnUrl.UiLocales(returnUrl), http.Request);
        var tokens = antiforgery.GetAndStoreTokens(http);
        SignInPage.ApplyHeaders(http.Response);   // after the antiforgery cookie: its cache headers are replaced
        var html = SignInPage.Form(texts, returnUrl, email.Length <= 256 ? email : "", tokens.FormFieldName, tokens.RequestToken, notice, retryAfterSeconds);
        return TypedResults.Content(html, "text/html; charset=utf-8", statusCode: status);
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
