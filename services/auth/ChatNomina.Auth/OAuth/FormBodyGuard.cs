using System.Text.Json;
using ChatNomina.Auth.Apis;
using ChatNomina.Auth.SignIn;
using ChatNomina.ServiceDefaults.Http;

namespace ChatNomina.Auth.OAuth;

/// <summary>
/// Reads the form of <c>POST /connect/*</c> and of the sign-in page (<c>POST /account/signin</c>)
/// before OpenIddict or the page's handler does, so a body the form reader cannot decode (a charset
/// other than UTF-8, a NUL character, too many or too long values) is the client's 400 instead of
/// an unhandled exception (500): <c>invalid_request</c> on the OAuth endpoints (RFC 6749 §5.2), the
/// sign-in page's own 400 page on the page. The form is cached on the request; the endpoints read
/// the same one.
/// </summary>
internal sealed partial class FormBodyGuard(RequestDelegate next, ILogger<FormBodyGuard> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path;
        var signInPage = path.StartsWithSegments("/account");
        if (HttpMethods.IsPost(context.Request.Method) && (signInPage || path.StartsWithSegments("/connect")))
        {
            if (context.Request.ContentType is { } contentType && RequestCharset.Problem(contentType) is { } charsetProblem)
            {
                // Checked before the form reader, which throws (NotSupportedException) on utf-7 and friends.
                LogUnreadableForm(logger, path, "charset");
                await RefuseAsync(context, signInPage, charsetProblem);
                return;
            }
            if (context.Request.HasFormContentType)
            {
                try
                {
                    await context.Request.ReadFormAsync(context.RequestAborted);
                }
                catch (Exception e) when (e is InvalidDataException or BadHttpRequestException or IOException)
                {
                    LogUnreadableForm(logger, path, e.GetType().Name);
                    await RefuseAsync(context, signInPage, "The request body is not a valid form.");
                    return;
                }
            }
        }
        await next(context);
    }

    private static Task RefuseAsync(HttpContext context, bool signInPage, string description) =>
        signInPage
            ? AccountApi.Refused(context, SignInRefusal.InvalidRequest).ExecuteAsync(context)
            : WriteInvalidRequestAsync(context, description);

    private static async Task WriteInvalidRequestAsync(HttpContext context, string description)
    {
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        context.Response.ContentType = "application/json;charset=UTF-8";
        context.Response.Headers.CacheControl = "no-store";
        await JsonSerializer.SerializeAsync(context.Response.Body, new Dictionary<string, string>
        {
            ["error"] = "invalid_request",
            ["error_description"] = description,
        }, cancellationToken: context.RequestAborted);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Unreadable form body on {Path} ({ExceptionType})")]
    private static partial void LogUnreadableForm(ILogger logger, string path, string exceptionType);
}
