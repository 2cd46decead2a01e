namespace ChatNomina.Seeder;

public sealed record GeneratedLine(short Kind, string Type, string Label, decimal Amount);

public sealed record GeneratedPayslip(
    Guid UserId, int Year, int Month, decimal Gross, decimal TotalDeductions, decimal Net, DateOnly PaymentDate,
    IReadOnlyList<GeneratedLine> Lines);

/// <summary>
/// One employee's monthly payslips: base salary and seniority (trienios), extra payments in
/// June and December (or prorated), sales bonuses each quarter, occasional overtime, a raise
/// every January; deductions per <see cref="SpanishPayroll"/>. Deterministic per employee.
/// </summary>
public static class PayslipGenerator
{
    public const short Earning = 1;
    public const short Deduction = 2;

    public static IEnumerable<GeneratedPayslip> Generate(DemoEmployee e, int fromYear, int fromMonth, int toYear, int toMonth)
    {
        var random = new Random(e.Id.GetHashCode() ^ 0x5eed);
        var start = Math.Max(fromYear * 12 + fromMonth - 1, e.HireDate.Year * 12 + e.HireDate.Month - 1);
        var end = toYear * 12 + toMonth - 1;
        for (var p = start; p <= end; p++)
        {
            yield return ForMonth(e, p / 12, p % 12 + 1, random);
        }
    }

    /// <summary>Yearly gross for a year: the 2024 salary with a 2-4 % raise each January since.</summary>
    public static decimal AnnualGross(DemoEmployee e, int year)
    {
        var gross = e.AnnualGross2024;
        for (var y = 2025; y <= year; y++)
        {
            gross *= 1m + (2m + Math.Abs(e.Id.GetHashCode() + y) % 3) / 100m;
        }
        for (var y = 2024; y > year; y--)
        {
            gross /= 1.03m;
        }
        return SpanishPayroll.Round(gross);
    }

    private static GeneratedPayslip ForMonth(DemoEmployee e, int year, int month, Random random)
    {
        var annual = AnnualGross(e, year);
        var payments = e.Extras.ProratedExtraPay ? 12 : 14;
        var baseSalary = SpanishPayroll.Round(annual / 14m * (e.Extras.ProratedExtraPay ? 14m / 12m : 1m));
        var yearsOfService = year - e.HireDate.Year - (month < e.HireDate.Month ? 1 : 0);
        var seniority = SpanishPayroll.Round(Math.Max(0, yearsOfService / 3) * 32.50m);

        var earnings = new List<GeneratedLine> { new(Earning, "base_salary", "Salario base", baseSalary) };
        if (seniority > 0)
        {
            earnings.Add(new(Earning, "seniority_bonus", "Complemento de antigüedad", seniority));
        }
        var isExtraMonth = payments == 14 && month is 6 or 12;
        if (isExtraMonth)
        {
            earnings.Add(new(Earning, "extra_pay", month == 6 ? "Paga extraordinaria de verano" : "Paga extraordinaria de Navidad",
                SpanishPayroll.Round(baseSalary + seniority)));
        }
        if (e.Extras.SalesBonus && month % 3 == 0)
        {
            earnings.Add(new(Earning, "bonus", "Incentivos trimestrales", SpanishPayroll.Round(300m + (decimal)random.NextDouble() * 1200m)));
        }
        if (random.NextDouble() < 0.12)
        {
            earnings.Add(new(Earning, "overtime", "Horas extraordinarias", SpanishPayroll.Round(60m + (decimal)random.NextDouble() * 240m)));
        }
        var gross = earnings.Sum(l => l.Amount);

        // Contribution base: ordinary monthly pay plus the prorated extra payments (never the
        // extra payment itself, which is already spread over the year).
        var ordinary = gross - (isExtraMonth ? baseSalary + seniority : 0m);
        var prorated = payments == 14 ? SpanishPayroll.Round((baseSalary + seniority) * 2m / 12m) : 0m;
        var ssBase = SpanishPayroll.ContributionBase(year, ordinary + prorated);
        var common = SpanishPayroll.Round(ssBase * (SpanishPayroll.CommonContingenciesRate + SpanishPayroll.MeiRate(year)));
        var unemployment = SpanishPayroll.Round(ssBase * SpanishPayroll.UnemploymentRate);
        var training = SpanishPayroll.Round(ssBase * SpanishPayroll.TrainingRate);

        var annualSs = 12m * SpanishPayroll.ContributionBase(year, annual / 12m)
            * (SpanishPayroll.CommonContingenciesRate + SpanishPayroll.MeiRate(year) + SpanishPayroll.UnemploymentRate + SpanishPayroll.TrainingRate);
        var irpfRate = SpanishPayroll.IrpfRate(annual, annualSs);
        var irpf = SpanishPayroll.Round(gross * irpfRate);

        var deductions = new List<GeneratedLine>
        {
            new(Deduction, "income_tax", "Retención IRPF", irpf),
            new(Deduction, "social_security", "Seguridad Social: contingencias comunes y MEI", common),
            new(Deduction, "unemployment", "Desempleo", unemployment),
            new(Deduction, "professional_training", "Formación profesional", training),
        };
        if (e.Extras.PensionRate > 0)
        {
            deductions.Add(new(Deduction, "pension", "Plan de pensiones de empresa", SpanishPayroll.Round(baseSalary * e.Extras.PensionRate)));
        }
        if (e.Extras.HealthInsurance > 0)
        {
            deductions.Add(new(Deduction, "health_insurance", "Seguro médico", e.Extras.HealthInsurance));
        }
        if (e.Extras.UnionMember)
        {
            deductions.Add(new(Deduction, "union_dues", "Cuota sindical", SpanishPayroll.Round(baseSalary * 0.01m)));
        }

        var total = deductions.Sum(l => l.Amount);
        return new GeneratedPayslip(e.Id, year, month, gross, total, gross - total,
            WorkingDays.LastWorkingDay(year, month), [.. earnings, .. deductions]);
    }
}
