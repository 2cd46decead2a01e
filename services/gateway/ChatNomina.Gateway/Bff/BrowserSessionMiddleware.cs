using ChatNomina.Gateway.Middleware;
using ChatNomina.ServiceDefaults.Http;
using ChatNomina.ServiceDefaults.Redis;
using Microsoft.Extensions.Options;

namespace ChatNomina.Gateway.Bff;

/// <summary>
/// Turns a browser session into a bearer token before authentication runs: a call to
/// <c>/api/*</c> or <c>/ws/*</c> that carries the session cookie and no <c>Authorization</c>
/// header gets the session's access token (refreshed when due) as its <c>Authorization</c> header,
/// so the gateway's JWT validation, route policies, rate limits and the backends work exactly as
/// for any other client. Before that, the browser's request must prove it is the app's own:
/// unsafe methods carry <c>X-CSRF: 1</c> (a cross-site form cannot, and a cross-site script cannot
/// without a CORS preflight that credentials never pass), and a WebSocket upgrade comes from the
/// gateway's own <c>Origin</c>. Callers with their own bearer token (CLI, tests) are untouched.
/// </summary>
public sealed partial class BrowserSessionMiddleware(RequestDelegate next, IOptions<BffOptions> options, IProblemDetailsService problems, ILogger<BrowserSessionMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!options.Value.Enabled
            || !(request.Path.StartsWithSegments("/api") || request.Path.StartsWithSegments("/ws"))
            || request.Headers.Authorization.Count > 0
            || !request.Cookies.ContainsKey(options.Value.CookieName))
        {
            await next(context);
            return;
        }

        // /ws/* is only ever a WebSocket upgrade (YARP forwards it; ASP.NET's WebSocket middleware is not
        // in the gateway, so the path decides), and browsers always send Origin with one.
        if (request.Path.StartsWithSegments("/ws") ? !IsSameOrigin(request) : !IsSafe(request.Method) && !HasCsrfHeader(request))
        {
            LogForgeryRefused(logger, request.Method, request.Path);
            await problems.WriteProblemAsync(context, StatusCodes.Status403Forbidden, "Forbidden",
                "A browser call must come from the ChatNomina web app itself (X-CSRF header; same-origin WebSocket).");
            return;
        }

        (System.Security.Claims.ClaimsPrincipal User, SessionTokens Tokens)? session;
        try
        {
            session = await BrowserSession.GetAsync(context);
        }
        catch (Exception ex) when (IsUnavailable(ex, context.RequestAborted))
        {
            // The session store or the auth service had a blip: say so, do not sign anyone out.
            LogSessionUnavailable(logger, ex.GetType().Name);
            await problems.WriteProblemAsync(context, StatusCodes.Status503ServiceUnavailable, "Service temporarily unavailable",
                "The session could not be checked just now; try again shortly.", retryAfter: 2);
            return;
        }

        if (session is { Tokens: var tokens })
        {
            request.Headers.Authorization = "Bearer " + tokens.AccessToken;
        }
        // No live session: the JWT check answers 401 as for any caller without a token.
        await next(context);
    }

    /// <summary>Redis, or the auth service behind a refresh, did not answer (or another request's refresh did not finish): a blip, 503.</summary>
    public static bool IsUnavailable(Exception ex, CancellationToken requestAborted) =>
        RedisFailure.Is(ex) || ex is TimeoutException || HttpFailure.IsTransient(ex, requestAborted);

    /// <summary>The methods that must not change anything (RFC 9110 §9.2.1).</summary>
    private static bool IsSafe(string method) => HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method);

    public static bool HasCsrfHeader(HttpRequest request) => request.Headers[BffOptions.CsrfHeader] == "1";

    /// <summary>Whether the <c>Origin</c> is this gateway's own (scheme, host and port as the client reached it).</summary>
    public static bool IsSameOrigin(HttpRequest request) =>
        request.Headers.Origin is { Count: 1 } origin
        && string.Equals(origin[0], $"{request.Scheme}://{request.Host.Value}", StringComparison.OrdinalIgnoreCase);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Browser call refused as a possible forgery: {Method} {Path} without X-CSRF or from another origin")]
    private static partial void LogForgeryRefused(ILogger logger, string method, PathString path);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Browser session could not be checked ({Error}): answered 503")]
    private static partial void LogSessionUnavailable(ILogger logger, string error);
}
