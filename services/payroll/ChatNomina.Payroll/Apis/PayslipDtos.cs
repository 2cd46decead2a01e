using System.Text.Json.Serialization;
using ChatNomina.Payroll.Model;

namespace ChatNomina.Payroll.Apis;

public sealed record PayslipLineDto(string Type, string Label, decimal Amount);

/// <summary>The payslip as every client sees it; <c>netSalary = grossSalary − totalDeductions</c> exactly.</summary>
public sealed record PayslipDto(
    Guid UserId,
    int Year,
    int Month,
    decimal GrossSalary,
    IReadOnlyList<PayslipLineDto> Earnings,
    IReadOnlyList<PayslipLineDto> Deductions,
    decimal TotalDeductions,
    decimal NetSalary,
    DateOnly PaymentDate,
    string Currency)
{
    public static PayslipDto From(Payslip p)
    {
        var lines = p.Lines.OrderBy(l => l.Position).ToList();
        return new PayslipDto(
            p.UserId, p.Year, p.Month, p.GrossSalary,
            [.. lines.Where(l => l.Kind == LineKind.Earning).Select(l => new PayslipLineDto(l.Type, l.Label, l.Amount))],
            [.. lines.Where(l => l.Kind == LineKind.Deduction).Select(l => new PayslipLineDto(l.Type, l.Label, l.Amount))],
            p.TotalDeductions, p.NetSalary, p.PaymentDate, p.Currency.Trim());
    }
}

/// <summary>An employee's payslips of one year, oldest first.</summary>
public sealed record PayslipYearDto(Guid UserId, int Year, IReadOnlyList<PayslipDto> Payslips);

public sealed record ImportRowError(int Line, string? Column, string Message);

/// <summary>One import attempt of the history (<c>result</c>: applied, dry_run, invalid, own_payslip, unknown_employees, employees_unchecked).</summary>
public sealed record ImportHistoryItem(
    long Id, Guid ImportedBy, DateTimeOffset ImportedAt, string FileSha256, long FileBytes, string Dialect,
    string Result, bool DryRun, int Rows, int Created, int Updated, int Unchanged, int Errors);

/// <summary>A page of the import history, newest first; <c>next</c> is the <c>before</c> of the next page (null at the end).</summary>
public sealed record ImportHistoryPage(IReadOnlyList<ImportHistoryItem> Items, long? Next);

/// <summary>What an import did — or, with <paramref name="DryRun"/>, what it would do (nothing written).</summary>
public sealed record ImportResult(int Rows, int Created, int Updated, int Unchanged, bool DryRun = false);

[JsonSourceGenerationOptions(System.Text.Json.JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(PayslipDto))]
[JsonSerializable(typeof(PayslipYearDto))]
[JsonSerializable(typeof(ImportResult))]
[JsonSerializable(typeof(ImportRowError[]))]
internal sealed partial class PayrollJsonContext : JsonSerializerContext;
