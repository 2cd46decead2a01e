namespace ChatNomina.Payroll.Model;

/// <summary>
/// One stored state of a payslip: its figures and lines as one import (or the migration of the
/// payslips that existed before versions) wrote them, who imported them, when, from which file,
/// and when they were published to the employee. Versions are insert-only: the database refuses
/// any UPDATE or DELETE (<c>PayslipVersionGuards</c>) except setting the publication of a version
/// that is not visible yet. The employee sees the highest version whose <see cref="PublishedAt"/>
/// has come; HR sees the highest version.
/// </summary>
public sealed class PayslipVersion
{
    public long Id { get; private set; }
    public long PayslipId { get; private set; }
    public Payslip? Payslip { get; private set; }
    public Guid UserId { get; private set; }
    public int Year { get; private set; }
    public int Month { get; private set; }
    /// <summary>1 for a payslip's first version, then one more for each change.</summary>
    public int Version { get; private set; }
    public decimal GrossSalary { get; private set; }
    public decimal TotalDeductions { get; private set; }
    public decimal NetSalary { get; private set; }
    public DateOnly PaymentDate { get; private set; }
    public string Currency { get; private set; } = "EUR";
    public List<PayslipVersionLine> Lines { get; private set; } = [];

    /// <summary>The import that wrote it (<c>payroll.payslip_imports</c>); null for a version migrated from before versions.</summary>
    public long? ImportId { get; private set; }
    public PayslipImportRecord? Import { get; private set; }
    /// <summary>Who imported it; null for a migrated version.</summary>
    public Guid? ImportedBy { get; private set; }
    public DateTimeOffset ImportedAt { get; private set; }
    /// <summary>SHA-256 of the imported file; null for a migrated version.</summary>
    public string? FileSha256 { get; private set; }

    /// <summary>When the employee sees it (now or later); null while unpublished.</summary>
    public DateTimeOffset? PublishedAt { get; private set; }
    /// <summary>Who published it; null while unpublished and for a migrated or seeded version.</summary>
    public Guid? PublishedBy { get; private set; }

    private PayslipVersion() { }

    /// <summary>The version that an import writes for <paramref name="payslip"/>'s new figures.</summary>
    public static PayslipVersion Of(Payslip payslip, int version, PayslipImportRecord import, DateTimeOffset? publishAt)
    {
        var v = new PayslipVersion
        {
            Payslip = payslip,
            UserId = payslip.UserId,
            Year = payslip.Year,
            Month = payslip.Month,
            Version = version,
            GrossSalary = payslip.GrossSalary,
            TotalDeductions = payslip.TotalDeductions,
            NetSalary = payslip.NetSalary,
            PaymentDate = payslip.PaymentDate,
            Currency = payslip.Currency,
            Lines = [.. payslip.Lines.Select(l => new PayslipVersionLine(l.Kind, l.Type, l.Label, l.Amount, l.Position))],
            Import = import,
            ImportedBy = import.ImportedBy,
            ImportedAt = import.ImportedAt,
            FileSha256 = import.FileSha256,
            PublishedAt = publishAt,
            PublishedBy = publishAt is null ? null : import.ImportedBy,
        };
        return v;
    }

    /// <summary>
    /// The version 1 of a payslip stored before versions existed (or written around the importer):
    /// its figures as they stand, published when they were last written, no import known.
    /// </summary>
    public static PayslipVersion Snapshot(Payslip payslip) => new()
    {
        Payslip = payslip,
        UserId = payslip.UserId,
        Year = payslip.Year,
        Month = payslip.Month,
        Version = 1,
        GrossSalary = payslip.GrossSalary,
        TotalDeductions = payslip.TotalDeductions,
        NetSalary = payslip.NetSalary,
        PaymentDate = payslip.PaymentDate,
        Currency = payslip.Currency,
        Lines = [.. payslip.Lines.Select(l => new PayslipVersionLine(l.Kind, l.Type, l.Label, l.Amount, l.Position))],
        ImportedAt = payslip.UpdatedAt,
        PublishedAt = payslip.UpdatedAt,
    };

    /// <summary>Publishes (or reschedules) a version the employee does not see yet; the database refuses anything else.</summary>
    public void Publish(DateTimeOffset at, Guid by)
    {
        PublishedAt = at;
        PublishedBy = by;
    }

    /// <summary>Whether the employee sees this version at <paramref name="now"/> (if no later version is published).</summary>
    public bool IsPublished(DateTimeOffset now) => PublishedAt <= now;
}

/// <summary>An earning or a deduction of a <see cref="PayslipVersion"/>, as it was imported.</summary>
public sealed class PayslipVersionLine
{
    public long Id { get; private set; }
    public long VersionId { get; private set; }
    public LineKind Kind { get; private set; }
    public string Type { get; private set; } = "";
    public string Label { get; private set; } = "";
    public decimal Amount { get; private set; }
    public int Position { get; private set; }

    private PayslipVersionLine() { }

    public PayslipVersionLine(LineKind kind, string type, string label, decimal amount, int position)
    {
        Kind = kind;
        Type = type;
        Label = label;
        Amount = amount;
        Position = position;
    }
}
