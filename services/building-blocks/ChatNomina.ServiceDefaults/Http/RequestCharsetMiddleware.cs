using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace ChatNomina.ServiceDefaults.Http;

/// <summary>
/// Request bodies are UTF-8 (JSON must be, RFC 8259; forms and CSV are by our contract): a body
/// whose Content-Type names another charset (utf-7, utf-16, latin1, "foo") or cannot be parsed is
/// refused with 400 problem details before anything reads it, instead of failing deep inside a
/// parser with a 500.
/// </summary>
internal sealed class RequestCharsetMiddleware(RequestDelegate next, IProblemDetailsService problems)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var contentType = context.Request.ContentType;
        if (contentType is not null && RequestCharset.Problem(contentType) is { } detail)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = { Status = StatusCodes.Status400BadRequest, Title = "Unsupported request body encoding", Detail = detail },
            });
            return;
        }
        await next(context);
    }
}

/// <summary>The one rule for request body charsets: UTF-8 (or its subset US-ASCII), or none named.</summary>
public static class RequestCharset
{
    /// <summary>What is wrong with the Content-Type, or null when it is fine.</summary>
    public static string? Problem(string contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var media))
        {
            return "The Content-Type header cannot be parsed.";
        }
        // No charset parameter: UTF-8. A charset parameter must name one ("charset=" is no encoding at all).
        if (!media.Parameters.Any(p => p.Name.Equals("charset", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }
        var charset = media.Charset.Value;
        if (string.IsNullOrWhiteSpace(charset))
        {
            return "The Content-Type names an empty charset; request bodies must be UTF-8 (charset=utf-8).";
        }
        return charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)
            || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase)
            || charset.Equals("us-ascii", StringComparison.OrdinalIgnoreCase)
            ? null
            : $"Request bodies must be UTF-8 (charset=utf-8); charset '{Truncate(charset)}' is not accepted.";
    }

    private static string Truncate(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
