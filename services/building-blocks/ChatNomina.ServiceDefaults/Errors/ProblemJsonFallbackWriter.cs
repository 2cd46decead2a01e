using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace ChatNomina.ServiceDefaults.Errors;

/// <summary>
/// The last problem-details writer: ASP.NET Core's own writes only for clients that accept JSON, and
/// <see cref="IProblemDetailsService.WriteAsync"/> throws when no writer will (a client sending
/// <c>Accept: application/xml</c> turned every 400 and 503 into an empty 500). This one always writes
/// <c>application/problem+json</c>, customised like the others (trace id, instance): an error answer is
/// never lost to content negotiation (RFC 9110 lets a server answer an error in a type not asked for).
/// </summary>
internal sealed class ProblemJsonFallbackWriter(IOptions<ProblemDetailsOptions> options) : IProblemDetailsWriter
{
    public bool CanWrite(ProblemDetailsContext context) => true;

    public ValueTask WriteAsync(ProblemDetailsContext context)
    {
        var response = context.HttpContext.Response;
        var problem = context.ProblemDetails;
        problem.Status ??= response.StatusCode;
        problem.Title ??= ReasonPhrases.GetReasonPhrase(problem.Status.Value);
        options.Value.CustomizeProblemDetails?.Invoke(context);
        return new ValueTask(response.WriteAsJsonAsync(problem, JsonSerializerOptions.Web, "application/problem+json", context.HttpContext.RequestAborted));
    }
}
