namespace ChatNomina.Payroll.Model;

/// <summary>
/// One import attempt, kept for HR (<c>GET /api/payroll/imports</c>): who sent which file (its SHA-256)
/// when, in which dialect, and what it did — or why nothing was written.
/// </summary>
public sealed class PayslipImportRecord
{
    public long Id { get; init; }
    public Guid ImportedBy { get; init; }
    public DateTimeOffset ImportedAt { get; init; }
    public string FileSha256 { get; init; } = "";
    public long FileBytes { get; init; }
    public string Dialect { get; init; } = "";
    /// <summary>Valid rows (all of the file's rows when it was applied).</summary>
    public int Rows { get; init; }
    public int Created { get; set; }
    public int Updated { get; set; }
    public int Unchanged { get; set; }
    /// <summary>Row errors reported (0 when applied).</summary>
    public int Errors { get; init; }
    public bool DryRun { get; init; }
    /// <summary><see cref="ImportResults"/>: applied, dry_run, invalid, own_payslip, unknown_employees, employees_unchecked.</summary>
    public string Result { get; init; } = "";
}

public static class ImportResults
{
    public const string Applied = "applied";
    public const string DryRun = "dry_run";
    public const string Invalid = "invalid";
    public const string OwnPayslip = "own_payslip";
    public const string UnknownEmployees = "unknown_employees";
    public const string EmployeesUnchecked = "employees_unchecked";
}
