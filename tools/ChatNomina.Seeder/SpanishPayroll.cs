namespace ChatNomina.Seeder;

/// <summary>
/// Spanish payroll rules used to generate consistent demo payslips (general regime, worker's
/// share). Rates per year: Seguridad Social contingencias comunes 4.70 % plus the MEI
/// (Mecanismo de Equidad Intergeneracional), desempleo 1.55 % (indefinite contract), formación
/// profesional 0.10 %, on the contribution base (monthly ordinary pay plus the prorated extra
/// payments, between the legal minimum and maximum bases). IRPF is withheld at the annual
/// effective rate of the state + regional general scale after the worker's Social Security,
/// the 2,000 € general deductible expense and the 5,550 € personal minimum.
/// </summary>
public static class SpanishPayroll
{
    public const decimal CommonContingenciesRate = 0.0470m;
    public const decimal UnemploymentRate = 0.0155m;
    public const decimal TrainingRate = 0.0010m;
    public const decimal GeneralDeductibleExpenses = 2000m;
    public const decimal PersonalMinimum = 5550m;

    /// <summary>No withholding at or below this yearly pay (single, no children: art. 81 RIRPF).</summary>
    public const decimal WithholdingExemptionThreshold = 15_876m;

    /// <summary>The IRPF general scale (state + average regional), upper bound and marginal rate.</summary>
    private static readonly (decimal UpTo, decimal Rate)[] IrpfBrackets =
    [
        (12_450m, 0.19m),
        (20_200m, 0.24m),
        (35_200m, 0.30m),
        (60_000m, 0.37m),
        (300_000m, 0.45m),
        (decimal.MaxValue, 0.47m),
    ];

    /// <summary>Worker's MEI share by year (0.10 % in 2023, rising 0.02-0.03 points a year).</summary>
    public static decimal MeiRate(int year) => year switch
    {
        <= 2023 => 0.0010m,
        2024 => 0.0012m,
        2025 => 0.0013m,
        2026 => 0.0015m,
        2027 => 0.0017m,
        _ => 0.0018m,
    };

    public static decimal MaxContributionBase(int year) => year switch
    {
        <= 2024 => 4_720.50m,
        2025 => 4_909.50m,
        _ => 5_101.20m,
    };

    public static decimal MinContributionBase(int year) => year switch
    {
        <= 2024 => 1_323.00m,
        2025 => 1_381.20m,
        _ => 1_424.50m,
    };

    public static decimal ContributionBase(int year, decimal monthlyOrdinaryPayWithProratedExtras) =>
        Math.Clamp(monthlyOrdinaryPayWithProratedExtras, MinContributionBase(year), MaxContributionBase(year));

    /// <summary>Tax due on a taxable base with the progressive scale.</summary>
    public static decimal ScaleTax(decimal taxable)
    {
        var tax = 0m;
        var lower = 0m;
        foreach (var (upTo, rate) in IrpfBrackets)
        {
            if (taxable <= lower)
            {
                break;
            }
            tax += (Math.Min(taxable, upTo) - lower) * rate;
            lower = upTo;
        }
        return tax;
    }

    /// <summary>
    /// Effective IRPF withholding rate (a percentage with two decimals, as printed on a Spanish
    /// payslip) for a yearly gross pay and the worker's yearly Social Security contributions.
    /// </summary>
    public static decimal IrpfRate(decimal annualGross, decimal annualSocialSecurity)
    {
        if (annualGross <= WithholdingExemptionThreshold)
        {
            return 0m;
        }
        var taxable = Math.Max(0m, annualGross - annualSocialSecurity - GeneralDeductibleExpenses);
        var quota = Math.Max(0m, ScaleTax(taxable) - ScaleTax(PersonalMinimum));
        var percent = Math.Round(quota / annualGross * 100m, 2, MidpointRounding.AwayFromZero);
        return percent / 100m;
    }

    public static decimal Round(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);
}
