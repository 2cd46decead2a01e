using ChatNomina.Gateway.Middleware;
using Yarp.ReverseProxy.Forwarder;

namespace ChatNomina.Gateway.Proxy;

/// <summary>
/// A backend that cannot be reached or did not answer (restarting, crashed, not ready, timed
/// out) is a dependency's blip for the caller: 503 problem details with <c>Retry-After</c>, as
/// every service answers for its own dependencies, instead of YARP's bare 502/504. Errors that
/// are the client's own (it went away, its body was cut) are left as YARP reports them.
/// </summary>
public static partial class UpstreamFailure
{
    /// <summary>Long enough for a replica to restart or another one to take over.</summary>
    private const int RetryAfterSeconds = 2;

    public static async Task HandleAsync(HttpContext context, Func<Task> next)
    {
        await next();

        if (context.GetForwarderErrorFeature() is not { } failure || context.Response.HasStarted || !IsUpstream(failure.Error))
        {
            return;
        }
        var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(UpstreamFailure));
        LogUpstreamFailure(logger, failure.Error, context.GetProxyRoute()?.RouteId, failure.Exception?.GetType().Name);

        context.Response.Clear();
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteProblemAsync(context,
            StatusCodes.Status503ServiceUnavailable, "Service temporarily unavailable",
            "The service behind this route did not answer; try again shortly.", RetryAfterSeconds);
    }

    private static bool IsUpstream(ForwarderError error) => error is ForwarderError.Request or ForwarderError.RequestTimedOut
        or ForwarderError.NoAvailableDestinations or ForwarderError.ResponseHeaders or ForwarderError.RequestBodyDestination
        or ForwarderError.UpgradeRequestDestination;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Backend failure {Error} on route {Route} ({Exception}): answered 503")]
    private static partial void LogUpstreamFailure(ILogger logger, ForwarderError error, string? route, string? exception);
}
