using ChatNomina.Payroll.Import;
using ChatNomina.Payroll.Pdf;
using ChatNomina.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.OpenApi;

namespace ChatNomina.Payroll.Apis;

/// <summary>
/// The HTTP side of a payslip PDF, shared by the employee's and HR's routes: the same 400/404
/// answers as the JSON reads, then the file as a download that no cache keeps.
/// </summary>
internal static partial class PayslipPdfResults
{
    public const string ContentType = "application/pdf";

    public static async Task<Results<FileContentHttpResult, NotFound, ValidationProblem, ProblemHttpResult>> ServeAsync(
        HttpContext http, PayslipPdfWriter pdfs, ILogger logger, Guid readerId, Guid userId, bool ownPayslip,
        int year, int month, string? lang, CancellationToken ct)
    {
        if (PeriodValidation.Validate(year, month) is { } periodProblem)
        {
            return periodProblem;
        }
        var (language, languageProblem) = PayslipPdfLanguages.Choose(lang, http.Request);
        if (languageProblem is not null)
        {
            return languageProblem;
        }

        PayslipPdfFile? file;
        try
        {
            file = await pdfs.WriteAsync(readerId, userId, ownPayslip, year, month, language, http.BearerToken(), ct);
        }
        catch (EmployeeDirectoryException ex)
        {
            LogProfileRefused(logger, ex.Message);
            return TypedResults.Problem(statusCode: ex.StatusCode, title: "Employee profile unavailable",
                detail: ex.StatusCode is StatusCodes.Status401Unauthorized or StatusCodes.Status403Forbidden
                    ? "The users service refused your token for the employee's profile, so no PDF was made."
                    : "The users service did not answer usefully for the employee's profile, so no PDF was made.");
        }
        if (file is null)
        {
            return TypedResults.NotFound();
        }

        var headers = http.Response.Headers;
        headers.CacheControl = "private, no-store";
        headers.ContentDisposition = $"attachment; filename=\"{file.FileName}\"";
        return TypedResults.File(file.Content, ContentType);
    }

    /// <summary>Documents a 200 answer as a PDF document (binary), beside the problem answers, and the <c>lang</c> parameter.</summary>
    public static RouteHandlerBuilder ProducesPdf(this RouteHandlerBuilder builder) =>
        builder.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            if (operation.Parameters?.FirstOrDefault(p => p.Name == "lang") is OpenApiParameter lang)
            {
                lang.Description = "The PDF's language: es or en (a region such as en-GB is allowed). Without it, Accept-Language; else es.";
            }
            operation.Responses ??= new OpenApiResponses();
            operation.Responses["200"] = new OpenApiResponse
            {
                Description = "The payslip as a PDF document (Content-Disposition: attachment).",
                Content = new Dictionary<string, OpenApiMediaType>
                {
                    [ContentType] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" } },
                },
            };
            return Task.CompletedTask;
        });

    [LoggerMessage(Level = LogLevel.Warning, Message = "Payslip PDF refused, the employee's profile could not be read: {Error}")]
    private static partial void LogProfileRefused(ILogger logger, string error);
}
