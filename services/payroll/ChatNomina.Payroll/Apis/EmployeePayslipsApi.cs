using System.Security.Claims;
using ChatNomina.Payroll.Caching;
using ChatNomina.Payroll.Pdf;
using ChatNomina.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChatNomina.Payroll.Apis;

/// <summary>HR reads of any employee's payslips (role <c>hr</c> or <c>admin</c>).</summary>
public static class EmployeePayslipsApi
{
    public static RouteGroupBuilder MapEmployeePayslipsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/payroll/employees/{userId:guid}/payslips")
            .WithTags("Employee payslips (HR)")
            .RequireAuthorization(AuthenticationExtensions.HrPolicy);

        api.MapGet("/", ListEmployeePayslips).WithName("ListEmployeePayslips");
        api.MapGet("/{year:int}/{month:int}", GetEmployeePayslip).WithName("GetEmployeePayslip");
        api.MapGet("/{year:int}/{month:int}/versions", GetEmployeePayslipVersions).WithName("GetEmployeePayslipVersions")
            .WithSummary("Every stored version of the payslip, newest first: figures, lines, who imported it when from which import, its publication, and what changed from the version before.");
        api.MapGet("/{year:int}/{month:int}/pdf", GetEmployeePayslipPdf).WithName("GetEmployeePayslipPdf").ProducesPdf();

        return api;
    }

    public static async Task<Results<Ok<PayslipYearDto>, ValidationProblem>> ListEmployeePayslips(
        ClaimsPrincipal user, PayslipReader reader, TimeProvider clock, Guid userId, int? year, CancellationToken ct)
    {
        var y = year ?? clock.GetUtcNow().Year;
        if (PeriodValidation.Validate(y, null) is { } problem)
        {
            return problem;
        }
        var readerId = user.GetUserId();
        // HR's own pay is seen as its employee sees it: no early look at an unpublished version.
        return TypedResults.Ok(readerId == userId
            ? await reader.ListYearAsync(readerId, userId, y, ct)
            : await reader.ListYearCurrentAsync(readerId, userId, y, ct));
    }

    public static async Task<Results<Ok<PayslipDto>, NotFound, ValidationProblem>> GetEmployeePayslip(
        ClaimsPrincipal user, PayslipReader reader, Guid userId, int year, int month, CancellationToken ct)
    {
        if (PeriodValidation.Validate(year, month) is { } problem)
        {
            return problem;
        }
        var readerId = user.GetUserId();
        var payslip = readerId == userId
            ? await reader.GetAsync(readerId, userId, year, month, ct)
            : await reader.GetCurrentAsync(readerId, userId, year, month, ct);
        return payslip is null ? TypedResults.NotFound() : TypedResults.Ok(payslip);
    }

    /// <summary>The payslip's history, newest first (HR's own: only its published versions).</summary>
    public static async Task<Results<Ok<PayslipVersionsDto>, NotFound, ValidationProblem>> GetEmployeePayslipVersions(
        ClaimsPrincipal user, PayslipReader reader, Guid userId, int year, int month, CancellationToken ct)
    {
        if (PeriodValidation.Validate(year, month) is { } problem)
        {
            return problem;
        }
        var versions = await reader.GetVersionsAsync(user.GetUserId(), userId, year, month, ct);
        return versions is null ? TypedResults.NotFound() : TypedResults.Ok(versions);
    }

    /// <summary>An employee's payslip as a PDF (its current version, published or not); audited with HR as the reader.</summary>
    public static async Task<Results<FileContentHttpResult, NotFound, ValidationProblem, ProblemHttpResult>> GetEmployeePayslipPdf(
        ClaimsPrincipal user, HttpContext http, PayslipPdfWriter pdfs, ILogger<PayslipPdfWriter> logger,
        Guid userId, int year, int month, string? lang, CancellationToken ct) =>
        await PayslipPdfResults.ServeAsync(http, pdfs, logger, user.GetUserId(), userId, ownPayslip: false, year, month, lang, ct);
}
