using System.ComponentModel.DataAnnotations;

namespace ChatNomina.Payroll.Extensions;

/// <summary>Payroll settings (section <c>Payroll</c>).</summary>
public sealed class PayrollOptions
{
    public const string SectionName = "Payroll";

    /// <summary>How long a payslip stays in Redis; imports invalidate it earlier.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan CacheTtl { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Largest CSV file accepted by the import route.</summary>
    [Range(1024, 200 * 1024 * 1024)]
    public long ImportMaxBytes { get; set; } = 20 * 1024 * 1024;

    [Range(1, 1_000_000)]
    public int ImportMaxRows { get; set; } = 200_000;

    /// <summary>
    /// An import row whose gross or net salary differs from the employee's previous month by more
    /// than this share of it (0.5 = 50 %) is reported as a warning (with <c>?strict=true</c>, refused).
    /// </summary>
    [Range(typeof(decimal), "0.01", "100")]
    public decimal ImportJumpThreshold { get; set; } = 0.5m;

    /// <summary>The users service, asked before an import which of its employees exist.</summary>
    [Required, Url]
    public string UsersUrl { get; set; } = "http://localhost:8082";

    /// <summary>How long one call to the users service may take before the import answers 503.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:05:00")]
    public TimeSpan UsersTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How long a read waits for its audit record to be committed before it is refused (503):
    /// no pay data is served without its audit row. Bounds a read while PostgreSQL is away.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:01:00")]
    public TimeSpan AuditTimeout { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>The employer printed at the head of every payslip PDF.</summary>
    [Required, StringLength(200, MinimumLength = 1)]
    public string CompanyName { get; set; } = "ChatNomina Demo, S.L.";

    /// <summary>The employer's tax id (CIF) on the payslip PDF; not printed when empty.</summary>
    [StringLength(20)]
    public string? CompanyTaxId { get; set; }

    /// <summary>The employer's address on the payslip PDF; not printed when empty.</summary>
    [StringLength(300)]
    public string? CompanyAddress { get; set; }
}
