using System.Security.Claims;
using System.Text.Json;
using ChatNomina.Payroll.Extensions;
using ChatNomina.Payroll.Import;
using ChatNomina.Payroll.Infrastructure;
using ChatNomina.Payroll.Model;
using Microsoft.EntityFrameworkCore;
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

        api.MapPost("/{importId:long}/publish", PublishImport)
            .WithName("PublishImport")
            .WithSummary("Publishes an applied import's payslips to their employees, now or at a later moment (body { \"at\": \"…\" }, optional).");

        api.MapGet("/", ListImports)
            .WithName("ListImports")
            .WithSummary("The import history, newest first: who sent which file (SHA-256) when, and what it did or why nothing was written.");

        return api;
    }

    /// <param name="dryRun">Validate only: every check runs (rows, own payslip, employees) and the counts
    /// say what the import would do, but nothing is written.</param>
    /// <param name="publish">Publish the imported payslips to their employees at once, in the import's
    /// transaction. Without it they stay unpublished until <c>POST /api/payroll/imports/{importId}/publish</c>.</param>
    /// <param name="strict">Refuse the whole file (400, nothing written) when a row has a warning
    /// (a month-to-month jump), instead of importing it with the warnings.</param>
    public static async Task<Results<Ok<ImportResult>, ProblemHttpResult>> ImportPayslips(
        HttpRequest request, PayslipImporter importer, EmployeeDirectory employees, ImportHistory history, PayJumpCheck jumps,
        IOptions<PayrollOptions> options, TimeProvider clock, ILogger<PayslipImporter> logger, CancellationToken ct,
        bool dryRun = false, bool publish = false, bool strict = false)
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
        ImportAttempt attempt;
        var importerId = request.HttpContext.User.GetUserId();
        await using (file)
        {
            // CsvHelper reads synchronously: buffer the (size-limited) body first.
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, ct);
            var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
            parsed = PayslipCsvParser.Parse(ImportText.Decode(bytes), limits.ImportMaxRows);
            attempt = ImportAttempt.Of(importerId, clock.GetUtcNow(), bytes, parsed.Dialect);
        }

        if (parsed.Errors.Count > 0)
        {
            await history.RecordAsync(attempt.Record(ImportResults.Invalid, parsed.Rows.Count, parsed.Errors.Count), ct);
            return TypedResults.Problem(
                statusCode: StatusCodes.Status400BadRequest,
                title: "Invalid import: nothing was written",
                detail: $"{parsed.Errors.Count} problem(s) found; fix every listed row and send the whole file again.",
                extensions: new Dictionary<string, object?> { ["errors"] = parsed.Errors });
        }

        // Rows that name the employee by number get the id the users service knows for it.
        IReadOnlyList<PayslipImportRow> rows = parsed.Rows;
        if (rows.Any(r => r.EmployeeNumber is not null))
        {
            IReadOnlyDictionary<string, Guid> ids;
            IReadOnlySet<string> unknownNumbers;
            try
            {
                (ids, unknownNumbers) = await employees.ResolveNumbersAsync(
                    [.. rows.Select(r => r.EmployeeNumber!).Distinct(StringComparer.Ordinal)], request.HttpContext.BearerToken(), ct);
            }
            catch (EmployeeDirectoryException ex)
            {
                logger.LogWarning("Import refused, employee numbers not resolved: {Error}", ex.Message);
                await history.RecordAsync(attempt.Record(ImportResults.EmployeesUnchecked, rows.Count, 0), ct);
                return EmployeesNotChecked(ex);
            }
            if (unknownNumbers.Count > 0)
            {
                ImportRowError[] unknown = [.. rows.Where(r => unknownNumbers.Contains(r.EmployeeNumber!))
                    .Select(r => new ImportRowError(r.Line, PayslipCsvParser.EmployeeNumber, $"No employee has the number {r.EmployeeNumber}."))];
                await history.RecordAsync(attempt.Record(ImportResults.UnknownEmployees, rows.Count, unknown.Length), ct);
                return UnknownEmployees(unknown);
            }
            rows = [.. rows.Select(r => r with { UserId = ids[r.EmployeeNumber!] })];
        }

        // Nobody imports their own pay: an HR person's payslip comes from another HR person.
        ImportRowError[] own = [.. rows.Where(r => r.UserId == importerId)
            .Select(r => new ImportRowError(r.Line, PayslipCsvParser.UserId, "This row is your own payslip: another HR person must import it."))];
        if (own.Length > 0)
        {
            logger.LogWarning("Import refused: user {UserId} tried to import their own payslip", importerId);
            await history.RecordAsync(attempt.Record(ImportResults.OwnPayslip, rows.Count, own.Length), ct);
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
                [.. rows.Select(r => r.UserId).Distinct()], request.HttpContext.BearerToken(), ct);
        }
        catch (EmployeeDirectoryException ex)
        {
            logger.LogWarning("Import refused, employees not checked: {Error}", ex.Message);
            await history.RecordAsync(attempt.Record(ImportResults.EmployeesUnchecked, rows.Count, 0), ct);
            return EmployeesNotChecked(ex);
        }
        if (missing.Count > 0)
        {
            ImportRowError[] unknown = [.. rows.Where(r => missing.Contains(r.UserId))
                .Select(r => new ImportRowError(r.Line, PayslipCsvParser.UserId, $"No employee has the id {r.UserId}."))];
            await history.RecordAsync(attempt.Record(ImportResults.UnknownEmployees, rows.Count, unknown.Length), ct);
            return UnknownEmployees(unknown);
        }

        var warnings = await jumps.FindAsync(rows, ct);
        if (strict && warnings.Count > 0)
        {
            await history.RecordAsync(attempt.Record(ImportResults.Invalid, rows.Count, warnings.Count), ct);
            return TypedResults.Problem(
                statusCode: StatusCodes.Status400BadRequest,
                title: "Invalid import: nothing was written",
                detail: $"{warnings.Count} warning(s) in a strict import; check every listed row, then send the file again (without strict to accept them).",
                extensions: new Dictionary<string, object?> { ["errors"] = warnings });
        }

        var result = await importer.ImportAsync(rows, dryRun, publish, attempt, warnings, ct);
        if (dryRun)
        {
            await history.RecordAsync(attempt.Record(ImportResults.DryRun, rows.Count, 0, result), ct);
        }
        return TypedResults.Ok(result);
    }

    /// <summary>
    /// Publishes the payslips of an applied import: now (no body, or no <c>at</c>), or at <c>at</c>.
    /// Versions the employees already see are left as they are; a scheduled one may be moved.
    /// </summary>
    public static async Task<Results<Ok<ImportPublicationResult>, ProblemHttpResult>> PublishImport(
        HttpRequest request, ClaimsPrincipal user, ImportPublisher publisher, long importId, CancellationToken ct)
    {
        DateTimeOffset? at = null;
        if (request.ContentLength is > 0 || request.Headers.TransferEncoding.Count > 0)
        {
            if (!request.HasJsonContentType())
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type",
                    detail: "Send no body to publish now, or application/json { \"at\": \"2026-12-31T08:00:00Z\" }.");
            }
            try
            {
                at = (await request.ReadFromJsonAsync(PayrollJsonContext.Default.PublishImportRequest, ct))?.At;
            }
            catch (JsonException)
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid publication",
                    detail: "The body must be { \"at\": \"<ISO 8601 date and time with its offset>\" } or empty.");
            }
        }

        return await publisher.PublishAsync(importId, at, user.GetUserId(), ct) switch
        {
            PublishOutcome.Done done => TypedResults.Ok(done.Result),
            PublishOutcome.InThePast past => TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid publication",
                detail: $"at ({past.At:O}) is in the past; omit it to publish now."),
            _ => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such import",
                detail: $"No applied import has the id {importId} (dry runs and refused files have nothing to publish)."),
        };
    }

    /// <param name="limit">At most this many attempts (1–100, default 50).</param>
    /// <param name="before">The <c>next</c> of the previous page: attempts older than that one.</param>
    public static async Task<Results<Ok<ImportHistoryPage>, ProblemHttpResult>> ListImports(
        PayrollDbContext db, TimeProvider clock, CancellationToken ct, int limit = 50, long? before = null)
    {
        if (limit is < 1 or > 100)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid limit",
                detail: "limit must be between 1 and 100.");
        }
        var query = db.Imports.AsNoTracking();
        if (before is { } b)
        {
            query = query.Where(i => i.Id < b);
        }
        var now = clock.GetUtcNow();
        // Publication per import from its versions (ix_payslip_versions_import): at most 101 small counts.
        var page = await query.OrderByDescending(i => i.Id).Take(limit + 1)
            .Select(i => new ImportHistoryItem(i.Id, i.ImportedBy, i.ImportedAt, i.FileSha256, i.FileBytes, i.Dialect,
                i.Result, i.DryRun, i.Rows, i.Created, i.Updated, i.Unchanged, i.Errors,
                db.PayslipVersions.Count(v => v.ImportId == i.Id),
                db.PayslipVersions.Count(v => v.ImportId == i.Id && v.PublishedAt != null && v.PublishedAt <= now),
                db.PayslipVersions.Where(v => v.ImportId == i.Id).Max(v => v.PublishedAt)))
            .ToListAsync(ct);
        var more = page.Count > limit;
        var items = more ? page[..limit] : page;
        return TypedResults.Ok(new ImportHistoryPage(items, more ? items[^1].Id : null));
    }

    private static ProblemHttpResult EmployeesNotChecked(EmployeeDirectoryException ex) =>
        TypedResults.Problem(statusCode: ex.StatusCode, title: "Employees could not be checked",
            detail: ex.StatusCode is StatusCodes.Status401Unauthorized or StatusCodes.Status403Forbidden
                ? "The users service refused your token for the employee check, so nothing was written."
                : "The users service did not answer usefully, so nothing was written; send the file again later.");

    private static ProblemHttpResult UnknownEmployees(ImportRowError[] unknown) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status400BadRequest,
            title: "Invalid import: nothing was written",
            detail: $"{unknown.Length} row(s) name an employee who does not exist; fix every listed row and send the whole file again.",
            extensions: new Dictionary<string, object?> { ["errors"] = unknown });

    private static ProblemHttpResult TooLarge(long max) =>
        TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "File too large",
            detail: $"The import is limited to {max} bytes; split the file.");
}
