using ChatNomina.Chat.Answers;

namespace ChatNomina.Chat.Tests;

public class AnswerTemplatesTests
{
    public static TheoryData<string, string> EveryKeyAndLanguage()
    {
        var data = new TheoryData<string, string>();
        foreach (var key in AnswerTemplates.Keys)
        {
            data.Add(key, "es");
            data.Add(key, "en");
        }
        return data;
    }

    [Fact]
    public void Keys_cover_every_answer_the_planner_and_pipeline_use()
    {
        string[] expected =
        [
            "greeting", "greeting_named", "goodbye", "goodbye_named", "thanks", "help", "out_of_scope", "forbidden", "clarify", "language_switch",
            "busy", "data_unavailable", "no_data_month", "no_data_year", "no_data_any", "payslip_summary", "payslip_summary_future",
            "net_pay", "net_pay_future", "gross_pay", "gross_pay_nobase", "deductions_all", "deductions_type",
            "deductions_type_absent", "payment_date", "payment_date_future", "pay_comparison_up", "pay_comparison_down",
            "pay_comparison_same", "ytd_summary", AnswerTemplates.ProfileKey,
        ];
        Assert.Equal(expected.Order(), AnswerTemplates.Keys.Order());
    }

    [Theory]
    [MemberData(nameof(EveryKeyAndLanguage))]
    public void Every_template_fills_to_a_text_with_only_the_plans_figures(string key, string lang)
    {
        var plan = SampleValues.PlanFor(key, lang);

        var text = AnswerComposer.FromTemplate(plan);

        Assert.False(string.IsNullOrWhiteSpace(text));
        Assert.DoesNotContain("{", text);
        Assert.DoesNotContain("}", text);
        Assert.Empty(FigureCheck.Unsupported(text, plan.DataTexts));
        foreach (var (name, value) in plan.Fields)
        {
            Assert.True(text.Contains(value, StringComparison.Ordinal), $"{key}/{lang}: {name} = '{value}' missing from '{text}'");
        }
    }

    [Theory]
    [MemberData(nameof(EveryKeyAndLanguage))]
    public void No_template_holds_a_literal_figure(string key, string lang) =>
        Assert.Empty(FigureCheck.Figures(Placeholders.Fill(SampleValues.TemplateText(key, lang),
            SampleValues.For(lang).ToDictionary(v => v.Key, _ => "X"))));

    [Theory]
    [MemberData(nameof(EveryKeyAndLanguage))]
    public void Every_template_is_written_in_its_language(string key, string lang)
    {
        var text = SampleValues.TemplateText(key, lang);
        var other = lang == "es" ? "en" : "es";
        // Even a conversation in the other language must not pull the template's own language over.
        Assert.Equal(lang, ChatNomina.Chat.Pipeline.LanguageDetector.Detect(Placeholders.Fill(text, SampleValues.For(lang).ToDictionary(v => v.Key, _ => " ")), other));
    }

    [Theory]
    [MemberData(nameof(EveryKeyAndLanguage))]
    public void A_generated_text_equal_to_the_template_passes_the_generation_checks(string key, string lang)
    {
        var plan = SampleValues.PlanFor(key, lang);

        var (text, problem) = AnswerComposer.Check(plan, SampleValues.TemplateText(key, lang));

        Assert.Null(problem);
        Assert.Equal(AnswerComposer.FromTemplate(plan), text);
    }

    [Fact]
    public void A_profile_answer_has_one_sentence_per_field_in_the_plans_order()
    {
        var values = SampleValues.For("es");
        var plan = new AnswerPlan("profile_info", "es", AnswerTemplates.ProfileKey,
            [new("position", values["position"]), new("department", values["department"])], ["position", "department"], []);

        Assert.Equal("Tu puesto es Analista sénior. Trabajas en el departamento de Finanzas.", AnswerComposer.FromTemplate(plan));
    }

    [Fact]
    public void A_profile_answer_in_english_states_seniority_and_hire_date()
    {
        var values = SampleValues.For("en");
        var plan = new AnswerPlan("profile_info", "en", AnswerTemplates.ProfileKey,
            [new("hire_date", values["hire_date"]), new("seniority_years", values["seniority_years"])], [], []);

        Assert.Equal("You joined the company on September 2, 2019. You have been with the company for 5 years.", AnswerComposer.FromTemplate(plan));
    }
}
