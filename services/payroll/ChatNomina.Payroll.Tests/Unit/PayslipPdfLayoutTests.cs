using System.Text.Json;
using ChatNomina.Payroll.Apis;
using ChatNomina.Payroll.Pdf;
using ChatNomina.Payroll.Tests.Support;

namespace ChatNomina.Payroll.Tests.Unit;

/// <summary>The layout alone: a payslip in, PDF bytes out, read back with PdfPig.</summary>
public sealed class PayslipPdfLayoutTests
{
    private static readonly Guid Ana = Guid.Parse("1f670925-b2ed-5d0d-8b1e-9c903e34d0c1");

    private static readonly PayslipPdfCompany Company = new("Empresa de Prueba, S.L.", "B12345678", "Calle Mayor 1, 28013 Madrid");

    private static readonly PayslipPdfEmployee AnaProfile =
        new("Ana García", "E-000123", "Ingeniería", "Desarrolladora sénior", new DateOnly(2019, 9, 2));

    /// <summary>Ana's March 2025 payslip of the README: 3.562,14 € gross, 1.191,02 € deductions, 2.371,12 € net.</summary>
    private static PayslipDto AnaMarch() => new(
        Ana, 2025, 3, 3562.14m,
        [new("base_salary", "Salario base", 3497.14m), new("seniority_bonus", "Complemento de antigüedad", 65.00m)],
        [
            new("income_tax", "Retención IRPF", 789.37m),
            new("social_security", "Seguridad Social (contingencias comunes)", 171.69m),
            new("unemployment", "Desempleo", 55.21m),
            new("professional_training", "Formación profesional", 3.56m),
            new("health_insurance", "Seguro médico", 45.00m),
            new("union_dues", "Cuota sindical", 126.19m),
        ],
        1191.02m, 2371.12m, new DateOnly(2025, 3, 31), "EUR");

    private static JsonElement Json(PayslipDto payslip) => JsonSerializer.SerializeToElement(payslip, JsonSerializerOptions.Web);

    [Fact]
    public void Spanish_payslip_writes_every_figure_in_Spanish_format()
    {
        var pdf = PayslipPdfLayout.Render(new(AnaMarch(), Company, AnaProfile), PayslipPdfLanguage.Spanish);

        var lines = PdfText.AssertHoldsExactlyTheFigures(pdf, Json(AnaMarch()), "es");
        // The figures as written by hand, so a formatter that is wrong in both places cannot pass.
        Assert.Contains("Salario base 3.497,14 €", lines);
        Assert.Contains("Complemento de antigüedad 65,00 €", lines);
        Assert.Contains("Retención IRPF 789,37 €", lines);
        Assert.Contains("A. Total devengado 3.562,14 €", lines);
        Assert.Contains("B. Total a deducir 1.191,02 €", lines);
        Assert.Contains("Líquido total a percibir (A − B) 2.371,12 €", lines);
        var text = string.Join('\n', lines);
        Assert.Contains("NÓMINA", text);
        Assert.Contains("Marzo de 2025", text);
        Assert.Contains("1 de marzo de 2025 – 31 de marzo de 2025", text);
        Assert.Contains("31 de marzo de 2025", text);
        Assert.Contains("I. DEVENGOS", text);
        Assert.Contains("II. DEDUCCIONES", text);
    }

    [Fact]
    public void English_payslip_writes_every_figure_in_English_format_and_translates_the_standard_labels()
    {
        var pdf = PayslipPdfLayout.Render(new(AnaMarch(), Company, AnaProfile), PayslipPdfLanguage.English);

        var lines = PdfText.AssertHoldsExactlyTheFigures(pdf, Json(AnaMarch()), "en");
        Assert.Contains("Base salary €3,497.14", lines);
        Assert.Contains("Income tax withholding (IRPF) €789.37", lines);
        Assert.Contains("A. Gross pay €3,562.14", lines);
        Assert.Contains("B. Total deductions €1,191.02", lines);
        Assert.Contains("Net pay (A − B) €2,371.12", lines);
        var text = string.Join('\n', lines);
        Assert.Contains("PAYSLIP", text);
        Assert.Contains("March 2025", text);
        Assert.Contains("March 1, 2025 – March 31, 2025", text);
        Assert.DoesNotContain("Salario base", text);
    }

    [Fact]
    public void Company_and_employee_are_printed()
    {
        var text = PdfText.All(PayslipPdfLayout.Render(new(AnaMarch(), Company, AnaProfile), PayslipPdfLanguage.Spanish));

        foreach (var expected in new[]
        {
            "Empresa de Prueba, S.L.", "B12345678", "Calle Mayor 1, 28013 Madrid",
            "Ana García", "E-000123", "Ingeniería", "Desarrolladora sénior", "2 de septiembre de 2019",
        })
        {
            Assert.Contains(expected, text);
        }
    }

    [Fact]
    public void Without_a_profile_the_employee_is_named_by_id_and_no_empty_company_field_is_printed()
    {
        var text = PdfText.All(PayslipPdfLayout.Render(
            new(AnaMarch(), new PayslipPdfCompany("Solo Nombre, S.A.", null, " "), null), PayslipPdfLanguage.English));

        Assert.Contains(Ana.ToString(), text);
        Assert.Contains("Solo Nombre, S.A.", text);
        Assert.DoesNotContain("Tax ID", text);
        Assert.DoesNotContain("Address", text);
        Assert.DoesNotContain("Employee number", text);
    }

    [Theory]
    [InlineData("es", "1.234.567,89 €", "0,01 €", "1.000,00 €")]
    [InlineData("en", "€1,234,567.89", "€0.01", "€1,000.00")]
    public void Large_small_and_round_amounts_keep_every_digit(string lang, string large, string small, string round)
    {
        var payslip = new PayslipDto(
            Ana, 2026, 12, 1235567.89m,
            [new("base_salary", "Salario base", 1234567.89m), new("extra_pay", "Paga extraordinaria", 1000.00m)],
            [new("union_dues", "Cuota sindical", 0.01m)],
            0.01m, 1235567.88m, new DateOnly(2026, 12, 30), "EUR");

        var lines = PdfText.AssertHoldsExactlyTheFigures(
            PayslipPdfLayout.Render(new(payslip, Company, AnaProfile), lang == "es" ? PayslipPdfLanguage.Spanish : PayslipPdfLanguage.English),
            Json(payslip), lang);

        Assert.Contains(lines, l => l.EndsWith(large, StringComparison.Ordinal));
        Assert.Contains(lines, l => l.EndsWith(small, StringComparison.Ordinal));
        Assert.Contains(lines, l => l.EndsWith(round, StringComparison.Ordinal));
    }

    [Fact]
    public void A_label_hr_wrote_itself_is_kept_in_English()
    {
        var payslip = AnaMarch() with
        {
            Earnings = [new("base_salary", "Sueldo base pactado", 3497.14m), new("seniority_bonus", "Complemento de antigüedad", 65.00m)],
        };

        var lines = PdfText.Lines(PayslipPdfLayout.Render(new(payslip, Company, AnaProfile), PayslipPdfLanguage.English));

        Assert.Contains("Sueldo base pactado €3,497.14", lines);
        Assert.Contains("Seniority bonus €65.00", lines);
    }

    [Fact]
    public void A_payslip_with_many_lines_continues_on_a_second_page_with_every_figure()
    {
        var deductions = Enumerable.Range(1, 60).Select(i => new PayslipLineDto("union_dues", $"Cuota {i}", i + 0.25m)).ToList();
        var total = deductions.Sum(d => d.Amount);
        var payslip = AnaMarch() with { Deductions = deductions, TotalDeductions = total, NetSalary = 3562.14m - total };

        var pdf = PayslipPdfLayout.Render(new(payslip, Company, AnaProfile), PayslipPdfLanguage.Spanish);

        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        Assert.True(document.NumberOfPages >= 2, $"{document.NumberOfPages} page(s)");
        var lines = PdfText.AssertHoldsExactlyTheFigures(pdf, Json(payslip), "es");
        Assert.Contains("Cuota 60 60,25 €", lines);
        Assert.Contains($"Página 1/{document.NumberOfPages}", string.Join('\n', lines));
    }

    [Theory]
    [InlineData(PayslipPdfLanguage.Spanish, 2026, 3, "nomina-2026-03.pdf")]
    [InlineData(PayslipPdfLanguage.English, 2026, 3, "payslip-2026-03.pdf")]
    [InlineData(PayslipPdfLanguage.Spanish, 2024, 12, "nomina-2024-12.pdf")]
    public void File_names_follow_the_language(PayslipPdfLanguage language, int year, int month, string expected) =>
        Assert.Equal(expected, PayslipPdfTexts.For(language).FileName(year, month));
}
