namespace ChatNomina.Payroll.Model;

/// <summary>The deduction codes of the NLU contract (nlu.md), also enforced by a database check.</summary>
public static class DeductionTypes
{
    public const string IncomeTax = "income_tax";
    public const string SocialSecurity = "social_security";
    public const string Unemployment = "unemployment";
    public const string ProfessionalTraining = "professional_training";
    public const string Pension = "pension";
    public const string HealthInsurance = "health_insurance";
    public const string UnionDues = "union_dues";

    public static readonly IReadOnlyList<string> All =
        [IncomeTax, SocialSecurity, Unemployment, ProfessionalTraining, Pension, HealthInsurance, UnionDues];

    /// <summary>The Spanish label printed on a payslip for each deduction code.</summary>
    public static string DefaultLabel(string type) => type switch
    {
        IncomeTax => "Retención IRPF",
        SocialSecurity => "Seguridad Social (contingencias comunes)",
        Unemployment => "Desempleo",
        ProfessionalTraining => "Formación profesional",
        Pension => "Plan de pensiones",
        HealthInsurance => "Seguro médico",
        UnionDues => "Cuota sindical",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown deduction type"),
    };
}

public static class EarningTypes
{
    public const string BaseSalary = "base_salary";
    public const string SeniorityBonus = "seniority_bonus";
    public const string ExtraPay = "extra_pay";
    public const string Overtime = "overtime";
    public const string Bonus = "bonus";

    public static readonly IReadOnlyList<string> All = [BaseSalary, SeniorityBonus, ExtraPay, Overtime, Bonus];

    public static string DefaultLabel(string type) => type switch
    {
        BaseSalary => "Salario base",
        SeniorityBonus => "Complemento de antigüedad",
        ExtraPay => "Paga extraordinaria",
        Overtime => "Horas extraordinarias",
        Bonus => "Incentivos",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown earning type"),
    };
}
