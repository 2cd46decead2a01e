namespace ChatNomina.Gateway.Middleware;

/// <summary>The gateway's own answers as problem details (RFC 9457): one way to write them.</summary>
internal static class GatewayProblems
{
    /// <summary>Writes a problem with <paramref name="status"/>; a <paramref name="retryAfter"/> (seconds) goes into <c>Retry-After</c>.</summary>
    public static ValueTask WriteProblemAsync(this IProblemDetailsService problems, HttpContext context, int status, string title,
        string? detail = null, int? retryAfter = null)
    {
        context.Response.StatusCode = status;
        if (retryAfter is { } seconds)
        {
            context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        return problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        });
    }

    /// <summary>The gateway's own refusals that must look like "no such resource": 404.</summary>
    public static ValueTask WriteNotFoundAsync(this IProblemDetailsService problems, HttpContext context) =>
        problems.WriteProblemAsync(context, StatusCodes.Status404NotFound, "Not Found");
}
