namespace ChatNomina.Chat.Answers;

/// <summary>Names of payslip lines in answers, per language (codes from shared/spec/nlu.md).</summary>
public static class PayrollLabels
{
    private static readonly Dictionary<string, (string Es, string En)> Labels = new(StringComparer.Ordinal)
    {
        ["income_tax"] = ("IRPF", "income tax"),
        ["social_security"] = ("Seguridad Social", "social security"),
        ["unemployment"] = ("desempleo", "unemployment insurance"),
        ["professional_training"] = ("formación profesional", "professional training"),
        ["pension"] = ("plan de pensiones", "pension plan"),
        ["health_insurance"] = ("seguro médico", "health insurance"),
        ["union_dues"] = ("cuota sindical", "union dues"),
        ["base_salary"] = ("salario base", "base salary"),
        ["seniority_bonus"] = ("complemento de antigüedad", "seniority bonus"),
        ["extra_pay"] = ("paga extraordinaria", "extra pay"),
        ["overtime"] = ("horas extraordinarias", "overtime"),
        ["bonus"] = ("incentivos", "bonus"),
    };

    /// <summary>The label of a line type, or <paramref name="fallback"/> (the payslip's own label) for unknown codes.</summary>
    public static string For(string type, string lang, string? fallback = null) =>
        Labels.TryGetValue(type, out var l) ? (Formats.IsSpanish(lang) ? l.Es : l.En) : fallback ?? type;
}
