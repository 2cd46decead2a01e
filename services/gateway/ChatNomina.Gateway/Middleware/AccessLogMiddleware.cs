using ChatNomina.Gateway.Proxy;
using System.Diagnostics;
using ChatNomina.ServiceDefaults.Authentication;

namespace ChatNomina.Gateway.Middleware;

/// <summary>
/// One structured line per request: method, route, path (never the query string, which may
/// carry an <c>access_token</c>), status, duration, user id, client IP and trace id. Tokens and
/// other headers are never logged.
/// </summary>
public sealed partial class AccessLogMiddleware(RequestDelegate next, ILogger<AccessLogMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var start = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            if (!IsInfrastructure(context.Request.Path))
            {
                var route = context.GetProxyRoute()?.RouteId
                    ?? (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText
                    ?? "unmatched";
                var status = context.RequestAborted.IsCancellationRequested && !context.Response.HasStarted
                    ? 499
                    : context.Response.StatusCode;
                LogRequest(logger,
                    context.Request.Method,
                    route,
                    context.Request.Path.Value ?? "/",
                    status,
                    Math.Round(Stopwatch.GetElapsedTime(start).TotalMilliseconds, 2),
                    context.User.TryGetUserId(out var userId) ? userId.ToString() : null,
                    context.Connection.RemoteIpAddress?.ToString(),
                    Activity.Current?.TraceId.ToHexString());
            }
        }
    }

    private static bool IsInfrastructure(PathString path) =>
        path.StartsWithSegments("/health") || path.StartsWithSegments("/metrics");

    [LoggerMessage(EventId = 1, EventName = "AccessLog", Level = LogLevel.Information,
        Message = "{Method} {Route} {Path} {StatusCode} {DurationMs} ms user={UserId} client={ClientIp} trace={TraceId}")]
    private static partial void LogRequest(ILogger logger, string method, string route, string path, int statusCode,
        double durationMs, string? userId, string? clientIp, string? traceId);
}
