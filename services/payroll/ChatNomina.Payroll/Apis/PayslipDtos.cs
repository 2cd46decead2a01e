using System.Text.Json.Serialization;
using ChatNomina.Payroll.Model;

namespace ChatNomina.Payroll.Apis;

public sealed record PayslipLineDto(string Type, string Label, decimal Amount);

/// <summary>
/// The payslip as every client sees it; <c>netSalary = grossSalary − totalDeductions</c> exactly.
/// HR's reads add <c>version</c>, <c>published</c> (the employee sees this version now) and
/// <c>publishedAt</c> (when the employee sees it; absent while unpublished); the employee's reads
/// never carry them.
/// </summary>
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
    string Currency,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Version = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] bool? Published = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DateTimeOffset? PublishedAt = null)
{
    /// <summary>The employee's view of a version: figures only.</summary>
    public static PayslipDto From(PayslipVersion v)
    {
        var lines = v.Lines.OrderBy(l => l.Position).ToList();
        return new PayslipDto(
            v.UserId, v.Year, v.Month, v.GrossSalary,
            [.. lines.Where(l => l.Kind == LineKind.Earning).Select(l => new PayslipLineDto(l.Type, l.Label, l.Amount))],
            [.. lines.Where(l => l.Kind == LineKind.Deduction).Select(l => new PayslipLineDto(l.Type, l.Label, l.Amount))],
            v.TotalDeductions, v.NetSalary, v.PaymentDate, v.Currency.Trim());
    }

    /// <summary>HR's view of a version: the figures, its number and its publication at <paramref name="now"/>.</summary>
    public static PayslipDto From(PayslipVersion v, DateTimeOffset now) =>
        From(v) with { Version = v.Version, Published = v.IsPublished(now), PublishedAt = v.PublishedAt };

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
/// <param name="Versions">Payslip versions the import wrote (0 for an attempt that wrote nothing, and for a file whose
/// figures were all unchanged).</param>
/// <param name="PublishedVersions">How many of them their employees can see now.</param>
/// <param name="PublishedAt">The latest publication time set on them: in the past once published, in the future while
/// scheduled, null while none is published.</param>
public sealed record ImportHistoryItem(
    long Id, Guid ImportedBy, DateTimeOffset ImportedAt, string FileSha256, long FileBytes, string Dialect,
    string Result, bool DryRun, int Rows, int Created, int Updated, int Unchanged, int Errors,
    int Versions, int PublishedVersions, DateTimeOffset? PublishedAt);

/// <summary>A page of the import history, newest first; <c>next</c> is the <c>before</c> of the next page (null at the end).</summary>
public sealed record ImportHistoryPage(IReadOnlyList<ImportHistoryItem> Items, long? Next);

/// <summary>
/// What an import did — or, with <paramref name="DryRun"/>, what it would do (nothing written).
/// <c>importId</c>: the import's id in the history (what <c>POST /api/payroll/imports/{importId}/publish</c>
/// takes; null for a dry run). <c>published</c>/<c>publishedAt</c>: whether its payslips are visible to
/// their employees (only with <c>?publish=true</c>). <c>warnings</c>: rows imported but worth a look
/// (a month-to-month jump), shaped like the errors.
/// </summary>
public sealed record ImportResult(int Rows, int Created, int Updated, int Unchanged, bool DryRun = false)
{
    public long? ImportId { get; init; }
    public bool Published { get; init; }
    public DateTimeOffset? PublishedAt { get; init; }
    public IReadOnlyList<ImportRowError> Warnings { get; init; } = [];
}

/// <summary>The answer of <c>POST /api/payroll/imports/{importId}/publish</c>.</summary>
/// <param name="PublishedAt">When the import's payslips are visible to their employees.</param>
/// <param name="Published">Whether that moment has come (false: scheduled).</param>
/// <param name="Payslips">Versions of the import published (or rescheduled) by this call.</param>
/// <param name="AlreadyPublished">Versions of the import that their employees already saw: unchanged.</param>
public sealed record ImportPublicationResult(long ImportId, DateTimeOffset PublishedAt, bool Published, int Payslips, int AlreadyPublished);

/// <summary>The body of <c>POST /api/payroll/imports/{importId}/publish</c>: <c>at</c> absent = now.</summary>
public sealed record PublishImportRequest(DateTimeOffset? At);

/// <summary>One field of a payslip version that differs from the version before (amounts as 0.00, dates as yyyy-MM-dd).</summary>
/// <param name="Field">grossSalary, totalDeductions, netSalary, paymentDate, currency, or a line:
/// <c>earnings.{type}</c> / <c>deductions.{type}</c> (its amount; absent on one side when the line was added or removed)
/// and <c>earnings.{type}.label</c> / <c>deductions.{type}.label</c>.</param>
public sealed record PayslipChangeDto(string Field, string? Previous, string? Current);

/// <summary>One stored version of a payslip, as HR reads it in the history.</summary>
public sealed record PayslipVersionDto(
    int Version,
    decimal GrossSalary,
    IReadOnlyList<PayslipLineDto> Earnings,
    IReadOnlyList<PayslipLineDto> Deductions,
    decimal TotalDeductions,
    decimal NetSalary,
    DateOnly PaymentDate,
    string Currency,
    long? ImportId,
    Guid? ImportedBy,
    DateTimeOffset ImportedAt,
    string? FileSha256,
    bool Published,
    DateTimeOffset? PublishedAt,
    Guid? PublishedBy,
    bool ShownToEmployee,
    IReadOnlyList<PayslipChangeDto> Changes);

/// <summary>A payslip's history, newest version first.</summary>
public sealed record PayslipVersionsDto(Guid UserId, int Year, int Month, IReadOnlyList<PayslipVersionDto> Versions)
{
    /// <param name="versions">Every version of the payslip, oldest first.</param>
    public static PayslipVersionsDto From(Guid userId, int year, int month, IReadOnlyList<PayslipVersion> versions, DateTimeOffset now)
    {
        var shown = versions.LastOrDefault(v => v.IsPublished(now));
        var items = new List<PayslipVersionDto>(versions.Count);
        PayslipDto? previous = null;
        foreach (var v in versions)
        {
            var dto = PayslipDto.From(v);
            items.Add(new PayslipVersionDto(
                v.Version, dto.GrossSalary, dto.Earnings, dto.Deductions, dto.TotalDeductions, dto.NetSalary, dto.PaymentDate, dto.Currency,
                v.ImportId, v.ImportedBy, v.ImportedAt, v.FileSha256?.Trim(), v.IsPublished(now), v.PublishedAt, v.PublishedBy,
                ReferenceEquals(v, shown), previous is null ? [] : PayslipChanges.Between(previous, dto)));
            previous = dto;
        }
        items.Reverse();
        return new PayslipVersionsDto(userId, year, month, items);
    }
}

[JsonSourceGenerationOptions(System.Text.Json.JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(PayslipDto))]
[JsonSerializable(typeof(PayslipYearDto))]
[JsonSerializable(typeof(ImportResult))]
[JsonSerializable(typeof(ImportPublicationResult))]
[JsonSerializable(typeof(PublishImportRequest))]
[JsonSerializable(typeof(PayslipVersionsDto))]
[JsonSerializable(typeof(ChatNomina.Payroll.Caching.CachedView<PayslipDto>), TypeInfoPropertyName = "CachedViewPayslipDto")]
[JsonSerializable(typeof(ChatNomina.Payroll.Caching.CachedView<PayslipYearDto>), TypeInfoPropertyName = "CachedViewPayslipYearDto")]
[JsonSerializable(typeof(ImportRowError[]))]
internal sealed partial class PayrollJsonContext : JsonSerializerContext;
