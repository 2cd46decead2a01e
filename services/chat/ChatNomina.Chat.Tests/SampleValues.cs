using ChatNomina.Chat.Answers;
using ChatNomina.Chat.Data;

namespace ChatNomina.Chat.Tests;

/// <summary>Plausible data values for every placeholder the answers use, formatted as the planner formats them.</summary>
internal static class SampleValues
{
    public static IReadOnlyDictionary<string, string> For(string lang)
    {
        string Money(decimal v) => Formats.Money(v, "EUR", lang);
        var spanish = Formats.IsSpanish(lang);
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["employee_name"] = "Lucía",
            ["month_name"] = Formats.MonthName(3, lang),
            ["year"] = Formats.Year(2025),
            ["payment_date"] = Formats.Date(new DateOnly(2025, 3, 31), lang),
            ["gross_salary"] = Money(3200m),
            ["base_salary"] = Money(2800m),
            ["net_salary"] = Money(2456.78m),
            ["total_deductions"] = Money(743.22m),
            ["deduction_amount"] = Money(480.5m),
            ["deduction_label"] = PayrollLabels.For("income_tax", lang),
            ["deductions_list"] = $"{PayrollLabels.For("income_tax", lang)} {Money(480.5m)}, {PayrollLabels.For("social_security", lang)} {Money(262.72m)}",
            ["period_a"] = Formats.PeriodName(new Period(2025, 2), lang),
            ["period_b"] = Formats.PeriodName(new Period(2025, 3), lang),
            ["net_a"] = Money(2400m),
            ["net_b"] = Money(2456.78m),
            ["net_diff"] = Money(56.78m),
            ["ytd_gross"] = Money(9600m),
            ["ytd_net"] = Money(7313.56m),
            ["ytd_deductions"] = Money(2286.44m),
            ["months_count"] = Formats.Integer(3),
            ["department"] = spanish ? "Finanzas" : "Finance",
            ["position"] = spanish ? "Analista sénior" : "Senior analyst",
            ["hire_date"] = Formats.Date(new DateOnly(2019, 9, 2), lang),
            ["seniority_years"] = Formats.Integer(5),
        };
    }

    /// <summary>The profile fields a profile answer can hold.</summary>
    public static readonly string[] ProfileFields = ["department", "position", "hire_date", "seniority_years"];

    /// <summary>The template text of <paramref name="key"/> with its slots still in place.</summary>
    public static string TemplateText(string key, string lang)
    {
        var all = For(lang);
        var fields = key == AnswerTemplates.ProfileKey
            ? ProfileFields.Select(f => new KeyValuePair<string, string>(f, all[f])).ToList()
            : [];
        return AnswerTemplates.For(new AnswerPlan("any", lang, key, fields, [], []));
    }

    /// <summary>A plan for <paramref name="key"/> holding exactly the values its template uses, all of them required.</summary>
    public static AnswerPlan PlanFor(string key, string lang, string intent = "any")
    {
        var all = For(lang);
        var names = Placeholders.Names(TemplateText(key, lang)).Distinct().ToList();
        var unknown = names.Where(n => !all.ContainsKey(n)).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidOperationException($"No sample value for {string.Join(", ", unknown)} (template {key})");
        }
        var fields = names.Select(n => new KeyValuePair<string, string>(n, all[n])).ToList();
        return new AnswerPlan(intent, lang, key, fields, names, [])
        {
            Tense = key.EndsWith("_future", StringComparison.Ordinal) ? "future" : key == "payment_date" ? "past" : null,
        };
    }
}
