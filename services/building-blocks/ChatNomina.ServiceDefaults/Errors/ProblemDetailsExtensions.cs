using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ChatNomina.ServiceDefaults.Errors;

public static class ProblemDetailsExtensions
{
    /// <summary>Every error answer is RFC 9457 problem details carrying the trace id, also to a client that accepts no JSON.</summary>
    public static IHostApplicationBuilder AddDefaultProblemDetails(this IHostApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = ctx =>
        {
            var traceId = Activity.Current?.TraceId.ToHexString() ?? ctx.HttpContext.TraceIdentifier;
            ctx.ProblemDetails.Extensions["traceId"] = traceId;
            ctx.ProblemDetails.Instance ??= ctx.HttpContext.Request.Path;
        });
        // After ASP.NET Core's writer (registered above): whatever the client accepts, the problem is written.
        builder.Services.AddSingleton<IProblemDetailsWriter, ProblemJsonFallbackWriter>();
        builder.Services.AddExceptionHandler<DefaultExceptionHandler>();
        return builder;
    }
}
