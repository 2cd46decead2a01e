using System.Globalization;
using System.Text;

namespace ChatNomina.Payroll.Tests.Support;

/// <summary>One consistent payslip as a CSV row: gross and net are derived from the lines.</summary>
public sealed record PayslipRow(
    Guid UserId,
    int Year,
    int Month,
    decimal BaseSalary,
    decimal SeniorityBonus = 0m,
    decimal IncomeTax = 0m,
    decimal SocialSecurity = 0m,
    decimal Unemployment = 0m,
    decimal ProfessionalTraining = 0m,
    string? PaymentDate = null)
{
    public decimal Gross => BaseSalary + SeniorityBonus;

    public decimal TotalDeductions => IncomeTax + SocialSecurity + Unemployment + ProfessionalTraining;

    public decimal Net => Gross - TotalDeductions;

    public string Payment => PaymentDate ?? new DateOnly(Year, Month, 1).AddMonths(1).AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A Spanish-looking payslip whose figures depend on the base salary.</summary>
    public static PayslipRow Typical(Guid userId, int year, int month, decimal baseSalary) => new(
        userId, year, month, baseSalary,
        SeniorityBonus: 120.50m,
        IncomeTax: Math.Round((baseSalary + 120.50m) * 0.15m, 2),
        SocialSecurity: Math.Round((baseSalary + 120.50m) * 0.047m, 2),
        Unemployment: Math.Round((baseSalary + 120.50m) * 0.0155m, 2),
        ProfessionalTraining: Math.Round((baseSalary + 120.50m) * 0.001m, 2));

    public string ToCsv() => string.Join(',',
        UserId.ToString(), Year.ToString(CultureInfo.InvariantCulture), Month.ToString(CultureInfo.InvariantCulture), Payment,
        "EUR", Money(Gross), Money(BaseSalary), SeniorityBonus == 0m ? "" : Money(SeniorityBonus), // empty: no line
        Money(IncomeTax), Money(SocialSecurity), Money(Unemployment), Money(ProfessionalTraining), Money(Net));

    public static string Money(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);
}

public static class PayslipCsv
{
    public const string Header =
        "user_id,year,month,payment_date,currency,gross_salary,base_salary,seniority_bonus,income_tax,social_security,unemployment,professional_training,net_salary";

    public static string File(params PayslipRow[] rows) => File(rows.Select(r => r.ToCsv()));

    public static string File(params string[] lines) => File((IEnumerable<string>)lines);

    /// <summary>A file from raw data lines (for bad rows); line 1 is the header.</summary>
    public static string File(IEnumerable<string> lines)
    {
        var text = new StringBuilder(Header).Append('\n');
        foreach (var line in lines)
        {
            text.Append(line).Append('\n');
        }
        return text.ToString();
    }
}
