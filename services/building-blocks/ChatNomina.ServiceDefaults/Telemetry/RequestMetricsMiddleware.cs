using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ChatNomina.ServiceDefaults.Telemetry;

/// <summary>
/// Records <c>chatnomina_requests_total{endpoint,method,status}</c> and
/// <c>chatnomina_request_duration_seconds{endpoint}</c>. The endpoint label is the route
/// template (never the raw path, which would carry ids and explode cardinality).
/// </summary>
internal sealed class RequestMetricsMiddleware(RequestDelegate next, ChatNominaMetrics metrics)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (Extensions.IsInfrastructurePath(context.Request.Path))
        {
            await next(context);
            return;
        }

        var start = Stopwatch.GetTimestamp();
        var failed = false;
        try
        {
            await next(context);
        }
        catch
        {
            failed = true; // the exception handler further out turns this into a 500
            throw;
        }
        finally
        {
            var endpoint = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? "unmatched";
            metrics.RecordRequest(endpoint, context.Request.Method,
                failed ? StatusCodes.Status500InternalServerError : context.Response.StatusCode,
                Stopwatch.GetElapsedTime(start).TotalSeconds);
        }
    }
}
