namespace ChatNomina.Gateway.Middleware;

/// <summary>
/// Refuses paths whose meaning could differ between the gateway and a backend: an encoded
/// slash or backslash (<c>%2F</c>, <c>%5C</c>, which Kestrel leaves encoded in the path), a raw
/// backslash, or an empty segment (<c>//</c>). No legitimate client sends them; refusing them
/// (404, no such resource) keeps the authorization decided on the route the backend will see.
/// </summary>
public sealed class AmbiguousPathMiddleware(RequestDelegate next, IProblemDetailsService problems)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "";
        if (path.Contains("%2F", StringComparison.OrdinalIgnoreCase)
            || path.Contains("%5C", StringComparison.OrdinalIgnoreCase)
            || path.Contains('\\')
            || path.Contains("//", StringComparison.Ordinal))
        {
            await problems.WriteNotFoundAsync(context);
            return;
        }
        await next(context);
    }
}
