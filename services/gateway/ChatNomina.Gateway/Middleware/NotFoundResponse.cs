namespace ChatNomina.Gateway.Middleware;

/// <summary>The gateway's own refusals that must look like "no such resource": 404 problem details.</summary>
internal static class NotFoundResponse
{
    public static ValueTask WriteNotFoundAsync(this IProblemDetailsService problems, HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = StatusCodes.Status404NotFound, Title = "Not Found" },
        });
    }
}
