using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ChatNomina.ServiceDefaults.Errors;

/// <summary>
/// Maps exceptions to problem details once for every service: a client's mistake that the
/// framework detects (malformed JSON, bad route value, body too large) keeps its 4xx status; text
/// PostgreSQL cannot store (NUL) and unreadable bodies (truncated multipart) are 400; a
/// dependency's outage or blip (<see cref="DependencyFailure"/>) is 503 with <c>Retry-After</c>;
/// anything else is a 500 that says nothing about the internals.
/// </summary>
internal sealed partial class DefaultExceptionHandler(
    IProblemDetailsService problemDetails,
    ILogger<DefaultExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is OperationCanceledException && httpContext.RequestAborted.IsCancellationRequested)
        {
            httpContext.Response.StatusCode = 499; // client closed the request; nobody reads an answer
            return true;
        }

        var (status, title, detail) = exception switch
        {
            BadHttpRequestException bad => (bad.StatusCode, "Invalid request", bad.Message),
            _ when IsUnstorableText(exception) => (StatusCodes.Status400BadRequest, "Invalid text",
                "The request contains text that cannot be stored (a NUL character, U+0000, or an invalid character); remove it and send again."),
            InvalidDataException or System.Text.DecoderFallbackException => (StatusCodes.Status400BadRequest, "Malformed request body",
                "The request body could not be read (truncated multipart, invalid encoding); send it again, complete and in UTF-8."),
            _ when DependencyFailure.IsTransient(exception) => (StatusCodes.Status503ServiceUnavailable, "Service temporarily unavailable",
                "A service this request needs is not answering right now; nothing was changed. Try again shortly."),
            _ => (StatusCodes.Status500InternalServerError, "Unexpected error", "The server could not complete the request."),
        };

        if (status == StatusCodes.Status503ServiceUnavailable)
        {
            LogDependencyUnavailable(logger, DependencyFailure.Source(exception), exception.GetType().Name, httpContext.Request.Method, httpContext.Request.Path);
            httpContext.Response.Headers.RetryAfter = RetryAfterSeconds;
        }
        else if (status >= 500)
        {
            LogUnhandled(logger, exception, httpContext.Request.Method, httpContext.Request.Path);
        }

        httpContext.Response.StatusCode = status;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        });
    }

    /// <summary>PostgreSQL refused a client's text: NUL (0x00) or a character its encoding lacks.</summary>
    private static bool IsUnstorableText(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.CharacterNotInRepertoire or Npgsql.PostgresErrorCodes.UntranslatableCharacter })
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Long enough for a connection pool or a broker connection to come back.</summary>
    private const string RetryAfterSeconds = "5";

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Dependency} unavailable ({Error}) on {Method} {Path}: answered 503")]
    private static partial void LogDependencyUnavailable(ILogger logger, string dependency, string error, string method, string path);

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception on {Method} {Path}")]
    private static partial void LogUnhandled(ILogger logger, Exception exception, string method, string path);
}
