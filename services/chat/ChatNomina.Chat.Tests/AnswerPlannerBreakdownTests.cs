using ChatNomina.Chat.Answers;
using ChatNomina.Chat.Data;

namespace ChatNomina.Chat.Tests;

public class AnswerPlannerBreakdownTests
{
    private static readonly Guid User = Guid.Parse("7d7c4c1e-3c0b-4a53-9a55-5b0f1f0f2a11");

    private static Payslip Slip(int month, PayslipLine[] earnings, PayslipLine[] deductions)
    {
        var gross = earnings.Sum(l => l.Amount);
        var total = deductions.Sum(l => l.Amount);
        return new Payslip(User, 2025, month, gross, earnings, deductions, total, gross - total, new DateOnly(2025, month, 28), "EUR");
    }

    private static PayslipLine Line(string type, decimal amount, string label = "") => new(type, label == "" ? type : label, amount);

    private static readonly Payslip February = Slip(2,
        [Line("base_salary", 2800m), Line("seniority_bonus", 120m)],
        [Line("income_tax", 430.5m), Line("social_security", 185.3m), Line("unemployment", 45m)]);

    private static readonly Payslip March = Slip(3,
        [Line("base_salary", 2800m), Line("seniority_bonus", 120m), Line("overtime", 250m)],
        [Line("income_tax", 480.5m), Line("social_security", 185.3m), Line("unemployment", 40m)]);

    [Fact]
    public void Spanish_breakdown_lists_each_moved_line_with_its_difference_and_direction()
    {
        var text = AnswerPlanner.Breakdown(February, March, "es");

        Assert.Equal("Cambios: horas extraordinarias sube 250,00 €; IRPF sube 50,00 € (deducción); desempleo baja 5,00 € (deducción).", text);
    }

    [Fact]
    public void English_breakdown_lists_each_moved_line_with_its_difference_and_direction()
    {
        var text = AnswerPlanner.Breakdown(February, March, "en");

        Assert.Equal("Changes: overtime up €250.00; income tax up €50.00 (deduction); unemployment insurance down €5.00 (deduction).", text);
    }

    [Theory]
    [InlineData("es", "salario base", "complemento de antigüedad", "Seguridad Social")]
    [InlineData("en", "base salary", "seniority bonus", "social security")]
    public void Unchanged_lines_are_not_listed(string lang, string baseLabel, string bonusLabel, string ssLabel)
    {
        var text = AnswerPlanner.Breakdown(February, March, lang)!;

        Assert.DoesNotContain(baseLabel, text);
        Assert.DoesNotContain(bonusLabel, text);
        Assert.DoesNotContain(ssLabel, text);
    }

    [Fact]
    public void Going_back_in_time_reverses_the_wording_but_not_the_amounts()
    {
        var text = AnswerPlanner.Breakdown(March, February, "en");

        Assert.Equal("Changes: overtime down €250.00; income tax down €50.00 (deduction); unemployment insurance up €5.00 (deduction).", text);
        Assert.DoesNotContain("-", text);
    }

    [Theory]
    [InlineData("es", "No cambió ninguna partida.")]
    [InlineData("en", "No line of the payslip changed.")]
    public void Identical_payslips_say_that_no_line_changed(string lang, string expected)
    {
        var copy = Slip(3, [.. February.Earnings], [.. February.Deductions]);

        Assert.Equal(expected, AnswerPlanner.Breakdown(February, copy, lang));
    }

    [Fact]
    public void Lines_of_the_same_type_are_added_up_before_comparing()
    {
        var split = Slip(3,
            [Line("base_salary", 1400m), Line("base_salary", 1400m), Line("seniority_bonus", 120m)],
            [Line("income_tax", 430.5m), Line("social_security", 100m), Line("social_security", 85.3m), Line("unemployment", 45m)]);

        Assert.Equal("No line of the payslip changed.", AnswerPlanner.Breakdown(February, split, "en"));
    }

    [Fact]
    public void A_line_that_disappears_is_listed_as_going_down_by_its_whole_amount()
    {
        var noUnemployment = Slip(3, [.. February.Earnings], [Line("income_tax", 430.5m), Line("social_security", 185.3m)]);

        Assert.Equal("Cambios: desempleo baja 45,00 € (deducción).", AnswerPlanner.Breakdown(February, noUnemployment, "es"));
    }

    [Fact]
    public void A_line_type_without_a_known_label_uses_the_payslips_own_label()
    {
        var withTransport = Slip(3, [.. February.Earnings, Line("transport_allowance", 60m, "Plus transporte")], [.. February.Deductions]);

        Assert.Equal("Cambios: Plus transporte sube 60,00 €.", AnswerPlanner.Breakdown(February, withTransport, "es"));
    }

    [Theory]
    [InlineData("es")]
    [InlineData("en")]
    public void The_figure_check_accepts_a_comparison_answer_with_its_breakdown(string lang)
    {
        var breakdown = AnswerPlanner.Breakdown(February, March, lang);
        var diff = March.NetSalary - February.NetSalary;
        var plan = new AnswerPlan("pay_comparison", lang, "pay_comparison_up",
            [
                new("period_a", Formats.PeriodName(February.Period, lang)),
                new("period_b", Formats.PeriodName(March.Period, lang)),
                new("net_a", Formats.Money(February.NetSalary, "EUR", lang)),
                new("net_b", Formats.Money(March.NetSalary, "EUR", lang)),
                new("net_diff", Formats.Money(diff, "EUR", lang)),
            ],
            ["period_a", "period_b", "net_diff"], [])
        { Appendix = breakdown };

        var text = AnswerComposer.FromTemplate(plan);

        Assert.EndsWith(" " + breakdown, text);
        Assert.Empty(FigureCheck.Unsupported(text, plan.DataTexts));
        // Every figure of the breakdown is one of the payslips' line differences.
        string[] differences = [Formats.Money(250m, "EUR", lang), Formats.Money(50m, "EUR", lang), Formats.Money(5m, "EUR", lang)];
        Assert.Empty(FigureCheck.Unsupported(breakdown!, differences));
    }
}
