using ChatNomina.Payroll.Extensions;
using ChatNomina.Payroll.Import;
using ChatNomina.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace ChatNomina.Payroll.Apis;

/// <summary>HR bulk import of payslips from CSV: all rows or none.</summary>
public static class ImportsApi
{
    private static readonly string[] CsvMediaTypes = ["text/csv", "application/csv", "text/plain"];

    public static RouteGroupBuilder MapImportsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/payroll/imports")
            .WithTags("Imports (HR)")
            .RequireAuthorization(AuthenticationExtensions.HrPolicy);

        api.MapPost("/", ImportPayslips)
            .WithName("ImportPayslips")
            .Accepts<string>("text/csv", "multipart/form-data")
            .DisableAntiforgery();

        return api;
    }

    /// <param name="dryRun">Validate only: every check runs (rows, own payslip, employees) and the counts
    /// say what the import would do, but nothing is written.</param>
    public static async Task<Results<Ok<ImportResult>, ProblemHttpResult>> ImportPayslips(
        HttpRequest request, PayslipImporter importer, EmployeeDirectory employees, IOptions<PayrollOptions> options,
        ILogger<PayslipImporter> logger, CancellationToken ct, bool dryRun = false)
    {
        var limits = options.Value;
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeFeature)
        {
            sizeFeature.MaxRequestBodySize = limits.ImportMaxBytes;
        }
        if (request.ContentLength > limits.ImportMaxBytes)
        {
            return TooLarge(limits.ImportMaxBytes);
        }

        Stream file;
        var mediaType = request.ContentType?.Split(';')[0].Trim().ToLowerInvariant();
        if (request.HasFormContentType)
        {
            IFormCollection form;
            try
            {
                form = await request.ReadFormAsync(ct);
            }
            catch (Exception ex) when (ex is IOException or InvalidDataException && !ct.IsCancellationRequested)
            {
                // A multipart body that ends before its closing boundary, or parts the reader refuses.
                return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Malformed request body",
                    detail: "The multipart body could not be read (truncated, or without its closing boundary); send the file again.");
            }
            if (form.Files.Count != 1)
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid import",
                    detail: "Send exactly one CSV file in the form.");
            }
            file = form.Files[0].OpenReadStream();
        }
        else if (mediaType is not null && CsvMediaTypes.Contains(mediaType))
        {
            file = request.Body;
        }
        else
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type",
                detail: "Send the payslips as text/csv (or as one file in multipart/form-data).");
        }

        PayslipCsvParseResult parsed;
        await using (file)
        {
            // CsvHelper reads synchronously: buffer the (size-limited) body first.
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, ct);
            parsed = PayslipCsvParser.Parse(ImportText.Decode(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)), limits.ImportMaxRows);
        }

        if (parsed.Errors.Count > 0)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status400BadRequest,
                title: "Invalid import: nothing was written",
                detail: $"{parsed.Errors.Count} problem(s) found; fix every listed row and send the whole file again.",
                extensions: new Dictionary<string, object?> { ["errors"] = parsed.Errors });
        }

        // Nobody imports their own pay: an HR person's payslip comes from another HR person.
        var importerId = request.HttpContext.User.GetUserId();
        ImportRowError[] own = [.. parsed.Rows.Where(r => r.UserId == importerId)
            .Select(r => new ImportRowError(r.Line, PayslipCsvParser.UserId, "This row is your own payslip: another HR person must import it."))];
        if (own.Length > 0)
        {
            logger.LogWarning("Import refused: user {UserId} tried to import their own payslip", importerId);
            return TypedResults.Problem(
                statusCode: StatusCodes.Status403Forbidden,
                title: "Own payslip in the import: nothing was written",
                detail: "Nobody may import or change their own payslip; remove the listed row(s) and ask another HR person to import them.",
                extensions: new Dictionary<string, object?> { ["errors"] = own });
        }

        // No payslip for someone who is not an employee: a mistyped id would otherwise store pay
        // that nobody can ever read (and that a later employee could never be told apart from).
        IReadOnlySet<Guid> missing;
        try
        {
            missing = await employees.FindMissingAsync(
                [.. parsed.Rows.Select(r => r.UserId).Distinct()], request.HttpContext.BearerToken(), ct);
        }
        catch (EmployeeDirectoryException ex)
        {
            logger.LogWarning("Import refused, employees not checked: {Error}", ex.Message);
            return TypedResults.Problem(statusCode: ex.StatusCode, title: "Employees could not be checked",
                detail: ex.StatusCode is StatusCodes.Status401Unauthorized or StatusCodes.Status403Forbidden
                    ? "The users service refused your token for the employee check, so nothing was written."
                    : "The users service did not answer usefully, so nothing was written; send the file again later.");
        }
        if (missing.Count > 0)
        {
            ImportRowError[] unknown = [.. parsed.Rows.Where(r => missing.Contains(r.UserId))
                .Select(r => new ImportRowError(r.Line, PayslipCsvParser.UserId, $"No employee has the id {r.UserId}."))];
            return TypedResults.Problem(
                statusCode: StatusCodes.Status400BadRequest,
                title: "Invalid import: nothing was written",
                detail: $"{unknown.Length} row(s) name an employee who does not exist; fix every listed row and send the whole file again.",
                extensions: new Dictionary<string, object?> { ["errors"] = unknown });
        }

        return TypedResults.Ok(await importer.ImportAsync(parsed.Rows, dryRun, ct));
    }

    private static ProblemHttpResult TooLarge(long max) =>
        TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "File too large",
            detail: $"The import is limited to {max} bytes; split the file.");
}
