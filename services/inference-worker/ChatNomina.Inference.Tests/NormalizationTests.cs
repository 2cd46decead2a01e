using Xunit.Abstractions;

using System.Text.Json;

namespace ChatNomina.Inference.Tests;

public sealed class NormalizationTests(ITestOutputHelper output)
{
    private static string ModelsPath => new InferenceOptions().ResolveModelsPath();

    [Fact]
    public void Every_python_normalization_case_gives_the_same_value()
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(ModelsPath, "ner-payroll", "fixtures", "normalization_cases.json")));
        var failures = new List<string>();
        var n = 0;
        var byType = new Dictionary<string, int>();
        foreach (var c in doc.RootElement.GetProperty("cases").EnumerateArray())
        {
            n++;
            var type = c.GetProperty("type").GetString()!;
            var text = c.GetProperty("text").GetString()!;
            var now = DateOnly.Parse(c.GetProperty("now").GetString()![..10]);
            var expected = c.GetProperty("value");
            var got = EntityNormalizer.Normalize(type, text, now);
            byType[type] = byType.GetValueOrDefault(type) + 1;
            var ok = expected.ValueKind switch
            {
                JsonValueKind.Null => got is null,
                JsonValueKind.Number => got is int i && i == expected.GetInt32(),
                JsonValueKind.String => got is string s && s == expected.GetString(),
                _ => false,
            };
            if (!ok) failures.Add($"{type} {JsonSerializer.Serialize(text)} now={now:yyyy-MM-dd}: got {got ?? "null"}, expected {expected}");
        }
        output.WriteLine($"{n} cases ({string.Join(", ", byType.Select(kv => $"{kv.Key} {kv.Value}"))}), {failures.Count} failures");
        Assert.True(n >= 1000);
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20)));
    }

    [Theory]
    [InlineData("mes pasado", "2026-01-15", "2025-12")]
    [InlineData("last month", "2026-01-02", "2025-12")]
    [InlineData("el mes anterior", "2025-01-31", "2024-12")]
    [InlineData("mes antepasado", "2026-02-10", "2025-12")]
    [InlineData("month before last", "2026-01-10", "2025-11")]
    [InlineData("hace dos meses", "2026-01-10", "2025-11")]
    [InlineData("3 months ago", "2026-03-01", "2025-12")]
    [InlineData("next month", "2025-12-20", "2026-01")]
    [InlineData("próximo mes", "2025-12-20", "2026-01")]
    [InlineData("este mes", "2026-03-15", "2026-03")]
    [InlineData("this month", "2026-12-31", "2026-12")]
    [InlineData("el año pasado", "2026-01-01", "2025")]
    [InlineData("last year", "2026-06-01", "2025")]
    [InlineData("este año", "2026-06-01", "2026")]
    public void Relative_periods_resolve_against_the_message_date(string text, string now, string expected) =>
        Assert.Equal(expected, EntityNormalizer.Normalize("REL_PERIOD", text, DateOnly.Parse(now)));

    [Theory]
    [InlineData("enero", 1)] [InlineData("Ene.", 1)] [InlineData("January", 1)] [InlineData("jan", 1)]
    [InlineData("diciembre", 12)] [InlineData("dic", 12)] [InlineData("December", 12)] [InlineData("Dec.", 12)]
    [InlineData("Septiembre", 9)] [InlineData("setiembre", 9)] [InlineData("Sept", 9)] [InlineData("set", 9)]
    [InlineData("febr", 2)] [InlineData("febreo", 2)] [InlineData("agsoto", 8)] [InlineData("MARZO", 3)]
    public void Months_in_both_languages_and_abbreviations(string text, int month) =>
        Assert.Equal(month, EntityNormalizer.Normalize("MONTH", text, new DateOnly(2026, 1, 15)));

    [Theory]
    [InlineData("2024", 2024)] [InlineData("'24", 2024)] [InlineData("’25", 2025)] [InlineData("24", 2024)]
    public void Years_including_two_digit_forms(string text, int year) =>
        Assert.Equal(year, EntityNormalizer.Normalize("YEAR", text, new DateOnly(2026, 1, 15)));

    [Theory]
    [InlineData("1.234,56 €", "1234.56")] [InlineData("$1,234.56", "1234.56")] [InlineData("1.200", "1200.00")]
    [InlineData("1,500", "1500.00")] [InlineData("1200,5", "1200.50")] [InlineData("99.99", "99.99")]
    [InlineData("2 mil pesos", "2000.00")] [InlineData("$45k", "45000.00")] [InlineData("mil doscientos euros", "1200.00")]
    [InlineData("twelve hundred", "1200.00")] [InlineData("1.234.567", "1234567.00")] [InlineData("0,005", "5.00")]
    public void Amounts_in_both_separator_conventions(string text, string value) =>
        Assert.Equal(value, EntityNormalizer.Normalize("AMOUNT", text, new DateOnly(2026, 1, 15)));

    [Theory]
    [InlineData("IRPF", "income_tax")] [InlineData("ISR", "income_tax")] [InlineData("withholding", "income_tax")]
    [InlineData("Seguridad Social", "social_security")] [InlineData("IMSS", "social_security")] [InlineData("FICA", "social_security")]
    [InlineData("desempleo", "unemployment")] [InlineData("formación profesional", "professional_training")]
    [InlineData("401(k)", "pension")] [InlineData("seguro médico", "health_insurance")] [InlineData("cuota sindical", "union_dues")]
    public void Deduction_codes(string text, string code) =>
        Assert.Equal(code, EntityNormalizer.Normalize("DEDUCTION_TYPE", text, new DateOnly(2026, 1, 15)));

    [Theory]
    [InlineData("departamento", "department")] [InlineData("puesto", "position")] [InlineData("fecha de alta", "hire_date")]
    [InlineData("antigüedad", "seniority")] [InlineData("job title", "position")] [InlineData("start date", "hire_date")]
    public void Profile_fields(string text, string code) =>
        Assert.Equal(code, EntityNormalizer.Normalize("PROFILE_FIELD", text, new DateOnly(2026, 1, 15)));
}
