using System.Text.Json;
using ChatNomina.ServiceDefaults.Http;

namespace ChatNomina.Auth.OAuth;

/// <summary>
/// Reads the form of <c>POST /connect/*</c> before OpenIddict does, so a body the form reader
/// cannot decode (a charset other than UTF-8, a NUL character, too many or too long values) is the client's
/// <c>invalid_request</c> (400, RFC 6749 §5.2) instead of an unhandled exception (500). The form
/// is cached on the request; OpenIddict reads the same one.
/// </summary>
internal sealed partial class FormBodyGuard(RequestDelegate next, ILogger<FormBodyGuard> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (HttpMethods.IsPost(context.Request.Method) && context.Request.Path.StartsWithSegments("/connect"))
        {
            if (context.Request.ContentType is { } contentType && RequestCharset.Problem(contentType) is { } charsetProblem)
            {
                // Checked before the form reader, which throws (NotSupportedException) on utf-7 and friends.
                LogUnreadableForm(logger, context.Request.Path, "charset");
                await WriteInvalidRequestAsync(context, charsetProblem);
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
                    LogUnreadableForm(logger, context.Request.Path, e.GetType().Name);
                    await WriteInvalidRequestAsync(context, "The request body is not a valid form.");
                    return;
                }
            }
        }
        await next(context);
    }

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
