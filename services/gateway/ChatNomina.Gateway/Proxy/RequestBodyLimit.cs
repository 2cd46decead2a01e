using ChatNomina.Gateway.Middleware;
using Microsoft.AspNetCore.Http.Features;
using Yarp.ReverseProxy.Forwarder;

namespace ChatNomina.Gateway.Proxy;

/// <summary>
/// Request body limits in the proxy pipeline: the route's <c>MaxRequestBodySize</c> (YARP route
/// configuration) or else Kestrel's limit (<c>Gateway:Limits:MaxRequestBodySize</c>). A declared
/// <c>Content-Length</c> over the limit is refused before anything is sent to the backend; a
/// chunked body that grows past it is cut by Kestrel while YARP streams it, and the answer is
/// turned into the same 413 (YARP itself would report it as a 400 client error).
/// </summary>
public static class RequestBodyLimit
{
    public static async Task EnforceAsync(HttpContext context, Func<Task> next)
    {
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        var routeLimit = context.GetProxyRoute()?.MaxRequestBodySize;
        var limit = routeLimit switch
        {
            -1 => null,
            { } bytes => bytes,
            null => context.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize,
        };

        if (limit is { } max && context.Request.ContentLength > max)
        {
            await TooLargeAsync(context, problems, max);
            return;
        }

        await next();

        if (context.GetForwarderErrorFeature() is { Error: ForwarderError.RequestBodyClient, Exception: var ex }
            && Is413(ex) && !context.Response.HasStarted)
        {
            context.Response.Clear();
            await TooLargeAsync(context, problems, limit ?? 0);
        }
    }

    private static bool Is413(Exception? ex)
    {
        for (var e = ex; e is not null; e = e.InnerException)
        {
            if (e is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge })
            {
                return true;
            }
        }
        return false;
    }

    private static Task TooLargeAsync(HttpContext context, IProblemDetailsService problems, long max)
    {
        return problems.WriteProblemAsync(context, StatusCodes.Status413PayloadTooLarge, "Request body too large",
            max > 0 ? $"This route accepts request bodies of at most {max} bytes." : null).AsTask();
    }
}
