using ChatNomina.Chat.Answers;

namespace ChatNomina.Chat.Tests;

public class AnswerComposerTests
{
    private static AnswerPlan NetPay(string lang, string? tense = null, string? appendix = null)
    {
        var v = SampleValues.For(lang);
        return new AnswerPlan("net_pay", lang, "net_pay",
            [new("month_name", v["month_name"]), new("year", v["year"]), new("net_salary", v["net_salary"]), new("payment_date", v["payment_date"])],
            ["month_name", "year", "net_salary"], [])
        { Tense = tense, Appendix = appendix };
    }

    [Theory]
    [InlineData("es", "En {month_name} de {year} te quedaron {net_salary} netos.", "En marzo de 2025 te quedaron 2.456,78 € netos.")]
    [InlineData("es", "  Tu neto de {month_name} de {year}: {net_salary}, abonado el {payment_date}.  ",
        "Tu neto de marzo de 2025: 2.456,78 €, abonado el 31 de marzo de 2025.")]
    [InlineData("en", "In {month_name} {year} you took home {net_salary}.", "In March 2025 you took home €2,456.78.")]
    [InlineData("en", "You took home {net_salary} for {month_name} {year}, paid on {payment_date}.",
        "You took home €2,456.78 for March 2025, paid on March 31, 2025.")]
    public void A_good_generated_text_is_accepted_and_filled(string lang, string generated, string expected)
    {
        var (text, problem) = AnswerComposer.Check(NetPay(lang), generated);

        Assert.Null(problem);
        Assert.Equal(expected, text);
    }

    [Theory]
    [InlineData("es", "En {month_name} de {year} tu salario bruto fue de {net_salary}.")]
    [InlineData("es", "En {month_name} de {year} te quedaron {net_salary} limpios.")]
    [InlineData("en", "Your gross pay for {month_name} {year} was {net_salary}.")]
    [InlineData("en", "In {month_name} {year} you received {net_salary}.")]
    public void A_net_figure_not_presented_as_net_pay_is_refused(string lang, string generated)
    {
        var (text, problem) = AnswerComposer.Check(NetPay(lang), generated);

        Assert.Null(text);
        Assert.Equal(FallbackReason.GenerationSubject, problem?.Reason);
    }

    [Theory]
    [InlineData("es", "En {month_name} de {year} cobraste {net_salary} netos, 100 € más que el mes anterior.")]
    [InlineData("es", "En {month_name} de {year} cobraste {net_salary} netos (pagados el 30 de {month_name} de {year}).")]
    [InlineData("es", "En abril de {year} cobraste {net_salary} netos; {month_name} fue el mes.")]
    [InlineData("en", "Your net pay for {month_name} 2024 was {net_salary}; the {year} figure.")]
    [InlineData("en", "Your net pay for {month_name} {year} was {net_salary}, paid on February 28.")]
    [InlineData("en", "Your net pay for {month_name} {year} was €2,400.00, not {net_salary}.")]
    public void A_literal_figure_not_in_the_data_is_a_figure_mismatch(string lang, string generated)
    {
        var (text, problem) = AnswerComposer.Check(NetPay(lang), generated);

        Assert.Null(text);
        Assert.Equal(FallbackReason.FigureMismatch, problem?.Reason);
    }

    [Theory]
    [InlineData("En {month_name} de {year} cobraste {net_salary} netos y {gross_salary} brutos.", "unknown placeholder {gross_salary}")]
    [InlineData("En {month_name} de {year} cobraste poco.", "missing placeholder {net_salary}")]
    [InlineData("En {month_name} de {year} cobraste {net_salary} netos}.", "stray brace")]
    [InlineData("   ", "empty text")]
    public void Malformed_placeholders_make_the_generation_invalid(string generated, string detail)
    {
        var (text, problem) = AnswerComposer.Check(NetPay("es"), generated);

        Assert.Null(text);
        Assert.Equal((FallbackReason.GenerationInvalid, detail), problem);
    }

    [Fact]
    public void An_overlong_generated_text_is_invalid()
    {
        var generated = "En {month_name} de {year} cobraste {net_salary} netos." + new string(' ', 560) + "De nada.";

        var (text, problem) = AnswerComposer.Check(NetPay("es"), generated);

        Assert.Null(text);
        Assert.Equal((FallbackReason.GenerationInvalid, "too long"), problem);
    }

    [Theory]
    [InlineData("en", "En {month_name} de {year} cobraste {net_salary} netos (pagados el {payment_date}).")]
    [InlineData("en", "Tu salario neto de {month_name} de {year} fue de {net_salary}.")]
    [InlineData("es", "Your net pay for {month_name} {year} was {net_salary}.")]
    [InlineData("es", "In {month_name} {year} you took home {net_salary}.")]
    public void A_text_in_the_other_language_is_refused(string lang, string generated)
    {
        var (text, problem) = AnswerComposer.Check(NetPay(lang), generated);

        Assert.Null(text);
        Assert.Equal(FallbackReason.GenerationLanguage, problem?.Reason);
    }

    [Theory]
    [InlineData("es", "future", "En {month_name} de {year} cobraste {net_salary} netos.")]
    [InlineData("en", "future", "Your net pay for {month_name} {year} was {net_salary}.")]
    [InlineData("es", "past", "En {month_name} de {year} cobrarás {net_salary} netos.")]
    [InlineData("en", "past", "Your {month_name} {year} pay of {net_salary} will be paid on {payment_date}.")]
    public void A_text_in_the_wrong_tense_is_refused(string lang, string tense, string generated)
    {
        var (text, problem) = AnswerComposer.Check(NetPay(lang, tense), generated);

        Assert.Null(text);
        Assert.Equal(FallbackReason.GenerationTense, problem?.Reason);
    }

    [Theory]
    [InlineData("es", "Tu nómina se pagará el 30 de marzo.", true)]
    [InlineData("es", "En marzo cobrarás 2.000 €.", true)]
    [InlineData("es", "Te lo ingresarán el día 30.", true)]
    [InlineData("es", "Se abonará el 30.", true)]
    [InlineData("es", "Tu nómina se pagó el 30 de marzo.", false)]
    [InlineData("es", "En marzo cobraste 2.000 €.", false)]
    [InlineData("en", "Your March pay will be paid on March 30.", true)]
    [InlineData("en", "You'll get it on March 30.", true)]
    [InlineData("en", "Your pay is due on March 30.", true)]
    [InlineData("en", "Your net pay is €2,000.00, to be paid on March 30.", true)]
    [InlineData("en", "Your March pay was paid on March 30.", false)]
    [InlineData("en", "You took home €2,000.00.", false)]
    public void TenseMatches_tells_future_from_past(string lang, string text, bool future)
    {
        Assert.Equal(future, AnswerComposer.TenseMatches(text, "future", lang));
        Assert.Equal(!future, AnswerComposer.TenseMatches(text, "past", lang));
    }

    [Fact]
    public void Future_markers_are_found_whatever_their_case() =>
        Assert.True(AnswerComposer.TenseMatches("SE PAGARÁ el 30.", "future", "es"));

    [Theory]
    [InlineData("es", "En {month_name} de {year} cobrarás {net_salary}; se pagarán el {payment_date}.")]
    [InlineData("en", "Your {month_name} {year} net pay of {net_salary} will be paid on {payment_date}.")]
    public void A_future_text_for_a_future_plan_is_accepted(string lang, string generated)
    {
        var (text, problem) = AnswerComposer.Check(NetPay(lang, "future"), generated);

        Assert.Null(problem);
        Assert.NotNull(text);
    }

    [Theory]
    [InlineData("es", "Cambios: IRPF sube 50,00 € (deducción).")]
    [InlineData("en", "Changes: income tax up €50.00 (deduction).")]
    public void The_appendix_follows_the_generated_sentence_and_its_figures_are_allowed(string lang, string appendix)
    {
        var generated = lang == "es" ? "En {month_name} de {year} cobraste {net_salary}." : "In {month_name} {year} you took home {net_salary}.";

        var (text, problem) = AnswerComposer.Check(NetPay(lang, appendix: appendix), generated);

        Assert.Null(problem);
        Assert.EndsWith(". " + appendix, text);
        Assert.Contains("50", text);
    }

    [Theory]
    [InlineData("es", "Cambios: IRPF sube 50,00 € (deducción).")]
    [InlineData("en", "Changes: income tax up €50.00 (deduction).")]
    public void The_appendix_follows_the_template_sentence(string lang, string appendix)
    {
        var plan = NetPay(lang, appendix: appendix);

        var text = AnswerComposer.FromTemplate(plan);

        Assert.Equal(AnswerComposer.FromTemplate(plan with { Appendix = null }) + " " + appendix, text);
    }

    [Fact]
    public void Without_an_appendix_nothing_is_appended()
    {
        var (text, _) = AnswerComposer.Check(NetPay("en"), "In {month_name} {year} you took home {net_salary}.");
        Assert.Equal("In March 2025 you took home €2,456.78.", text);
        Assert.Equal("Your net pay for March 2025 was €2,456.78 (paid on March 31, 2025).", AnswerComposer.FromTemplate(NetPay("en")));
    }

    [Fact]
    public void A_figure_the_appendix_does_not_hold_is_still_refused()
    {
        var plan = NetPay("es", appendix: "Cambios: IRPF sube 50,00 € (deducción).");

        var (text, problem) = AnswerComposer.Check(plan, "En {month_name} de {year} cobraste {net_salary}, 60,00 € más.");

        Assert.Null(text);
        Assert.Equal(FallbackReason.FigureMismatch, problem?.Reason);
    }
}
