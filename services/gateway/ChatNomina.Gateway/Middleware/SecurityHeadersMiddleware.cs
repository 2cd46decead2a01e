namespace ChatNomina.Gateway.Middleware;

/// <summary>
/// Security headers on every answer, the gateway's own and the proxied ones: no MIME sniffing,
/// no referrer, no caching of API answers (payslips are personal), HSTS only when the request
/// reached us over HTTPS (directly or as told by a trusted proxy's <c>X-Forwarded-Proto</c>), and
/// no server banner from the gateway (Kestrel's is off) or from the backends.
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    private const string HstsValue = "max-age=31536000; includeSubDomains";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(static state =>
        {
            var ctx = (HttpContext)state;
            var headers = ctx.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            if (ctx.Request.IsHttps)
            {
                headers.StrictTransportSecurity = HstsValue;
            }
            if (ctx.Request.Path.StartsWithSegments("/api") && !headers.ContainsKey("Cache-Control"))
            {
                headers.CacheControl = "no-store";
            }
            headers.Remove("Server");
            headers.Remove("X-Powered-By");
            return Task.CompletedTask;
        }, context);
        return next(context);
    }
}
