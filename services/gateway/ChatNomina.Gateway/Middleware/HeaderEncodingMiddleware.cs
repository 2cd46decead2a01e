namespace ChatNomina.Gateway.Middleware;

/// <summary>
/// Refuses a request with a header value outside visible ASCII (and tab): a client's mistake, answered
/// 400 problem details here. Forwarded, such a value made the proxy's HTTP client refuse to send the
/// request, which read as a backend that did not answer (503) and let anyone raise backend-failure
/// alerts at will. No legitimate client sends one (RFC 9110: field values are ASCII; browsers encode).
/// </summary>
public sealed class HeaderEncodingMiddleware(RequestDelegate next, IProblemDetailsService problems)
{
    public async Task InvokeAsync(HttpContext context)
    {
        foreach (var header in context.Request.Headers)
        {
            foreach (var value in header.Value)
            {
                if (value is not null && !IsVisibleAscii(value))
                {
                    await problems.WriteProblemAsync(context, StatusCodes.Status400BadRequest, "Invalid request header",
                        header.Key.Length <= 40 && IsVisibleAscii(header.Key)
                            ? $"The value of the {header.Key} header must be ASCII."
                            : "Request header values must be ASCII.");
                    return;
                }
            }
        }
        await next(context);
    }

    private static bool IsVisibleAscii(string value)
    {
        foreach (var c in value)
        {
            if (c is not ('\t' or >= ' ' and <= '~'))
            {
                return false;
            }
        }
        return true;
    }
}
