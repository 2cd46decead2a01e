using System.Security.Claims;
using ChatNomina.Payroll.Caching;
using ChatNomina.Payroll.Pdf;
using ChatNomina.ServiceDefaults.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChatNomina.Payroll.Apis;

/// <summary>
/// The signed-in employee's own payslips. The employee is always the token's <c>sub</c>:
/// no route, query or header can name somebody else.
/// </summary>
public static class PayslipsApi
{
    public static RouteGroupBuilder MapPayslipsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/payroll/payslips").WithTags("Payslips");

        api.MapGet("/", ListOwnPayslips).WithName("ListOwnPayslips");
        api.MapGet("/latest", GetOwnLatestPayslip).WithName("GetOwnLatestPayslip");
        api.MapGet("/{year:int}/{month:int}", GetOwnPayslip).WithName("GetOwnPayslip");
        api.MapGet("/{year:int}/{month:int}/pdf", GetOwnPayslipPdf).WithName("GetOwnPayslipPdf").ProducesPdf();

        return api;
    }

    public static async Task<Results<Ok<PayslipYearDto>, ValidationProblem>> ListOwnPayslips(
        ClaimsPrincipal user, PayslipReader reader, TimeProvider clock, int? year, CancellationToken ct)
    {
        var y = year ?? clock.GetUtcNow().Year;
        if (PeriodValidation.Validate(y, null) is { } problem)
        {
            return problem;
        }
        var userId = user.GetUserId();
        return TypedResults.Ok(await reader.ListYearAsync(userId, userId, y, ct));
    }

    public static async Task<Results<Ok<PayslipDto>, NotFound>> GetOwnLatestPayslip(
        ClaimsPrincipal user, PayslipReader reader, TimeProvider clock, CancellationToken ct)
    {
        var userId = user.GetUserId();
        var payslip = await reader.GetLatestAsync(userId, userId, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), ct);
        return payslip is null ? TypedResults.NotFound() : TypedResults.Ok(payslip);
    }

    public static async Task<Results<Ok<PayslipDto>, NotFound, ValidationProblem>> GetOwnPayslip(
        ClaimsPrincipal user, PayslipReader reader, int year, int month, CancellationToken ct)
    {
        if (PeriodValidation.Validate(year, month) is { } problem)
        {
            return problem;
        }
        var userId = user.GetUserId();
        var payslip = await reader.GetAsync(userId, userId, year, month, ct);
        return payslip is null ? TypedResults.NotFound() : TypedResults.Ok(payslip);
    }

    /// <summary>
    /// The same payslip as a PDF (a nómina in Spanish or English: <c>lang</c>, else
    /// <c>Accept-Language</c>, else Spanish): a payslip read, audited and refused like the JSON one.
    /// </summary>
    public static async Task<Results<FileContentHttpResult, NotFound, ValidationProblem, ProblemHttpResult>> GetOwnPayslipPdf(
        ClaimsPrincipal user, HttpContext http, PayslipPdfWriter pdfs, ILogger<PayslipPdfWriter> logger,
        int year, int month, string? lang, CancellationToken ct)
    {
        var userId = user.GetUserId();
        return await PayslipPdfResults.ServeAsync(http, pdfs, logger, userId, userId, ownPayslip: true, year, month, lang, ct);
    }
}
