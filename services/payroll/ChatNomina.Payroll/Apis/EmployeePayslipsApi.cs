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
        return TypedResults.Ok(await reader.ListYearAsync(user.GetUserId(), userId, y, ct));
    }

    public static async Task<Results<Ok<PayslipDto>, NotFound, ValidationProblem>> GetEmployeePayslip(
        ClaimsPrincipal user, PayslipReader reader, Guid userId, int year, int month, CancellationToken ct)
    {
        if (PeriodValidation.Validate(year, month) is { } problem)
        {
            return problem;
        }
        var payslip = await reader.GetAsync(user.GetUserId(), userId, year, month, ct);
        return payslip is null ? TypedResults.NotFound() : TypedResults.Ok(payslip);
    }

    /// <summary>An employee's payslip as a PDF, as the employee gets it; audited with HR as the reader.</summary>
    public static async Task<Results<FileContentHttpResult, NotFound, ValidationProblem, ProblemHttpResult>> GetEmployeePayslipPdf(
        ClaimsPrincipal user, HttpContext http, PayslipPdfWriter pdfs, ILogger<PayslipPdfWriter> logger,
        Guid userId, int year, int month, string? lang, CancellationToken ct) =>
        await PayslipPdfResults.ServeAsync(http, pdfs, logger, user.GetUserId(), userId, ownPayslip: false, year, month, lang, ct);
}
