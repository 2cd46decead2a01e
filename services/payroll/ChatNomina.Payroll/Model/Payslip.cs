namespace ChatNomina.Payroll.Model;

/// <summary>
/// One employee's payslip for one period. The database guarantees the arithmetic:
/// <c>net = gross − total deductions</c>, gross = sum of earnings, total deductions = sum of
/// deductions, and one payslip per user and period.
/// </summary>
public sealed class Payslip
{
    public long Id { get; private set; }
    public Guid UserId { get; private set; }
    public int Year { get; private set; }
    public int Month { get; private set; }
    public decimal GrossSalary { get; private set; }
    public decimal TotalDeductions { get; private set; }
    public decimal NetSalary { get; private set; }
    public DateOnly PaymentDate { get; private set; }
    public string Currency { get; private set; } = "EUR";
    public DateTimeOffset UpdatedAt { get; private set; }
    public List<PayslipLine> Lines { get; private set; } = [];

    private Payslip() { }

    public static Payslip Create(Guid userId, int year, int month, DateOnly paymentDate, string currency,
        IReadOnlyList<PayslipLine> lines, DateTimeOffset now)
    {
        var payslip = new Payslip { UserId = userId, Year = year, Month = month };
        payslip.Replace(paymentDate, currency, lines, now);
        return payslip;
    }

    /// <summary>Replaces every figure of the payslip; the totals are derived from the lines.</summary>
    public void Replace(DateOnly paymentDate, string currency, IReadOnlyList<PayslipLine> lines, DateTimeOffset now)
    {
        PaymentDate = paymentDate;
        Currency = currency;
        Lines.Clear();
        Lines.AddRange(lines);
        GrossSalary = lines.Where(l => l.Kind == LineKind.Earning).Sum(l => l.Amount);
        TotalDeductions = lines.Where(l => l.Kind == LineKind.Deduction).Sum(l => l.Amount);
        NetSalary = GrossSalary - TotalDeductions;
        UpdatedAt = now;
    }

    /// <summary>True when the payslip already holds exactly these figures (an idempotent re-import).</summary>
    public bool HasSameFigures(DateOnly paymentDate, string currency, IReadOnlyList<PayslipLine> lines) =>
        PaymentDate == paymentDate
        && Currency == currency
        && Lines.Count == lines.Count
        && Lines.OrderBy(l => l.Position).Zip(lines.OrderBy(l => l.Position))
            .All(p => p.First.Kind == p.Second.Kind && p.First.Type == p.Second.Type
                && p.First.Label == p.Second.Label && p.First.Amount == p.Second.Amount);
}

public enum LineKind
{
    Earning = 1,
    Deduction = 2,
}

/// <summary>An earning or a deduction on a payslip, typed and labelled.</summary>
public sealed class PayslipLine
{
    public long Id { get; private set; }
    public long PayslipId { get; private set; }
    public LineKind Kind { get; private set; }
    public string Type { get; private set; } = "";
    public string Label { get; private set; } = "";
    public decimal Amount { get; private set; }
    public int Position { get; private set; }

    private PayslipLine() { }

    public PayslipLine(LineKind kind, string type, string label, decimal amount, int position)
    {
        Kind = kind;
        Type = type;
        Label = label;
        Amount = amount;
        Position = position;
    }
}
