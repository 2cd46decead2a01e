namespace ChatNomina.Chat.Data;

public sealed record PayslipLine(string Type, string Label, decimal Amount);

/// <summary>A payslip as the payroll API returns it (only the fields the chat uses).</summary>
public sealed record Payslip(
    Guid UserId,
    int Year,
    int Month,
    decimal GrossSalary,
    IReadOnlyList<PayslipLine> Earnings,
    IReadOnlyList<PayslipLine> Deductions,
    decimal TotalDeductions,
    decimal NetSalary,
    DateOnly PaymentDate,
    string Currency)
{
    public Period Period => new(Year, Month);
}

public sealed record PayslipYear(Guid UserId, int Year, IReadOnlyList<Payslip> Payslips);

/// <summary>The employee's own profile from the users API.</summary>
public sealed record Profile(
    Guid Id,
    string Email,
    string FirstName,
    string LastName,
    string Department,
    string Position,
    DateOnly HireDate,
    string PreferredLanguage,
    string? EmployeeNumber = null);

/// <summary>A payroll month.</summary>
public readonly record struct Period(int Year, int Month) : IComparable<Period>
{
    public Period Previous() => Month == 1 ? new(Year - 1, 12) : new(Year, Month - 1);
    public Period Next() => Month == 12 ? new(Year + 1, 1) : new(Year, Month + 1);
    public static Period Of(DateTimeOffset time) => new(time.Year, time.Month);
    public int CompareTo(Period other) => (Year * 12 + Month).CompareTo(other.Year * 12 + other.Month);
    public static bool operator <(Period a, Period b) => a.CompareTo(b) < 0;
    public static bool operator >(Period a, Period b) => a.CompareTo(b) > 0;
    public static bool operator <=(Period a, Period b) => a.CompareTo(b) <= 0;
    public static bool operator >=(Period a, Period b) => a.CompareTo(b) >= 0;
    public override string ToString() => $"{Year:D4}-{Month:D2}";
}
