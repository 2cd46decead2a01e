using ChatNomina.Chat.Conversations;
using ChatNomina.Chat.Data;
using ChatNomina.Contracts.Inference;
using static ChatNomina.Chat.Tests.Entities;

namespace ChatNomina.Chat.Tests;

public class ContextResolverTests
{
    private const double Threshold = 0.6;

    private static DateTimeOffset On(int year, int month, int day) => new(year, month, day, 10, 0, 0, TimeSpan.Zero);

    private static readonly DateTimeOffset March2026 = On(2026, 3, 15);

    private static ConversationContext After(string intent, int? year, int? month, string? deduction = null) =>
        new() { Intent = intent, Year = year, Month = month, DeductionType = deduction };

    // ---- Periods ----

    [Theory]
    [InlineData("diciembre", 12, 2026, 1, 2025)]
    [InlineData("enero", 1, 2026, 1, 2026)]
    [InlineData("febrero", 2, 2026, 1, 2025)]
    [InlineData("marzo", 3, 2026, 3, 2026)]
    [InlineData("abril", 4, 2026, 3, 2025)]
    [InlineData("noviembre", 11, 2025, 12, 2025)]
    public void A_month_without_year_is_its_latest_occurrence_not_after_the_message_month(string word, int month, int nowYear, int nowMonth, int expectedYear)
    {
        var text = $"¿cuánto cobré en {word}?";

        var (periods, year) = ContextResolver.Periods([Month(text, word, month)], On(nowYear, nowMonth, 10));

        Assert.Equal([new Period(expectedYear, month)], periods);
        Assert.Null(year);
    }

    [Fact]
    public void A_month_with_its_year_is_that_month()
    {
        const string text = "mi nómina de marzo de 2024";

        var (periods, year) = ContextResolver.Periods([Month(text, "marzo", 3), Year(text, "2024", 2024)], March2026);

        Assert.Equal([new Period(2024, 3)], periods);
        Assert.Null(year);
    }

    [Fact]
    public void A_future_month_with_an_explicit_year_is_kept()
    {
        const string text = "net pay for December 2026";

        var (periods, _) = ContextResolver.Periods([Month(text, "December", 12), Year(text, "2026", 2026)], March2026);

        Assert.Equal([new Period(2026, 12)], periods);
    }

    [Theory]
    [InlineData("last month", "2026-02", 2026, 2)]
    [InlineData("el mes pasado", "2025-12", 2025, 12)]
    [InlineData("this month", "2026-03", 2026, 3)]
    public void A_relative_month_is_its_resolved_value(string fragment, string value, int y, int m)
    {
        var (periods, year) = ContextResolver.Periods([Relative(fragment, fragment, value)], March2026);

        Assert.Equal([new Period(y, m)], periods);
        Assert.Null(year);
    }

    [Fact]
    public void A_relative_year_is_a_year_without_months()
    {
        const string text = "¿cuánto cobré el año pasado?";

        var (periods, year) = ContextResolver.Periods([Relative(text, "año pasado", "2025")], March2026);

        Assert.Empty(periods);
        Assert.Equal(2025, year);
    }

    [Fact]
    public void A_month_with_a_relative_year_takes_that_year()
    {
        const string text = "marzo del año pasado";

        var (periods, year) = ContextResolver.Periods([Month(text, "marzo", 3), Relative(text, "año pasado", "2025")], March2026);

        Assert.Equal([new Period(2025, 3)], periods);
        Assert.Null(year);
    }

    [Fact]
    public void A_year_alone_is_a_year_without_months()
    {
        const string text = "total earnings so far in 2025";

        var (periods, year) = ContextResolver.Periods([Year(text, "2025", 2025)], March2026);

        Assert.Empty(periods);
        Assert.Equal(2025, year);
    }

    [Fact]
    public void Two_months_are_ordered_oldest_first()
    {
        const string text = "compara febrero y enero";

        var (periods, _) = ContextResolver.Periods([Month(text, "febrero", 2), Month(text, "enero", 1)], March2026);

        Assert.Equal([new Period(2026, 1), new Period(2026, 2)], periods);
    }

    [Fact]
    public void Two_months_across_the_new_year_are_ordered_oldest_first()
    {
        const string text = "compare January and December";

        var (periods, _) = ContextResolver.Periods([Month(text, "January", 1), Month(text, "December", 12)], On(2026, 1, 20));

        Assert.Equal([new Period(2025, 12), new Period(2026, 1)], periods);
    }

    [Fact]
    public void Two_months_each_with_its_year_pair_up()
    {
        const string text = "marzo de 2025 frente a marzo de 2024";
        var second = text.LastIndexOf("marzo", StringComparison.Ordinal);
        ExtractedEntity[] entities =
        [
            Month(text, "marzo", 3), Year(text, "2025", 2025),
            new(EntityTypes.Month, "marzo", second, second + 5, "3", 3), Year(text, "2024", 2024),
        ];

        var (periods, _) = ContextResolver.Periods(entities, March2026);

        Assert.Equal([new Period(2024, 3), new Period(2025, 3)], periods);
    }

    [Fact]
    public void Entities_that_name_no_period_give_none()
    {
        const string text = "¿cuánto me retuvieron de IRPF?";

        var (periods, year) = ContextResolver.Periods([Deduction(text, "IRPF", "income_tax")], March2026);

        Assert.Empty(periods);
        Assert.Null(year);
    }

    // ---- Resolve: follow-ups ----

    [Fact]
    public void And_in_february_after_a_net_pay_question_is_net_pay_for_february()
    {
        const string text = "¿y en febrero?";
        var nlu = new NluResult("payment_date", 0.41, [Month(text, "febrero", 2)]);

        var turn = ContextResolver.Resolve(After(Intents.NetPay, 2026, 3), nlu, text, March2026, Threshold);

        Assert.Equal(Intents.NetPay, turn.Intent);
        Assert.Equal([new Period(2026, 2)], turn.Periods);
        Assert.True(turn.Carried);
        Assert.False(turn.Clarify);
    }

    [Fact]
    public void A_month_alone_in_a_follow_up_stays_in_the_year_being_talked_about()
    {
        const string text = "¿y en febrero?";
        var nlu = new NluResult(Intents.NetPay, 0.6, [Month(text, "febrero", 2)]);

        var turn = ContextResolver.Resolve(After(Intents.NetPay, 2025, 3), nlu, text, March2026, Threshold);

        Assert.Equal([new Period(2025, 2)], turn.Periods);
        Assert.True(turn.Carried);
    }

    [Fact]
    public void A_month_in_a_follow_up_that_has_not_come_yet_that_year_is_the_most_recent_one()
    {
        const string text = "¿y en diciembre?";
        var nlu = new NluResult(Intents.NetPay, 0.6, [Month(text, "diciembre", 12)]);

        var turn = ContextResolver.Resolve(After(Intents.NetPay, 2026, 1), nlu, text, March2026, Threshold);

        Assert.Equal([new Period(2025, 12)], turn.Periods);
    }

    [Fact]
    public void What_about_last_year_after_net_pay_for_march_is_net_pay_for_march_of_last_year()
    {
        const string text = "what about last year?";
        var nlu = new NluResult("ytd_summary", 0.55, [Relative(text, "last year", "2025")]);

        var turn = ContextResolver.Resolve(After(Intents.NetPay, 2026, 3), nlu, text, March2026, Threshold);

        Assert.Equal(Intents.NetPay, turn.Intent);
        Assert.Equal([new Period(2025, 3)], turn.Periods);
        Assert.Null(turn.Year);
        Assert.True(turn.Carried);
        Assert.False(turn.Clarify);
    }

    [Fact]
    public void And_the_deductions_keeps_the_conversations_period()
    {
        const string text = "¿y las deducciones?";
        var nlu = new NluResult(Intents.Deductions, 0.9, []);

        var turn = ContextResolver.Resolve(After(Intents.NetPay, 2026, 3), nlu, text, March2026, Threshold);

        Assert.Equal(Intents.Deductions, turn.Intent);
        Assert.Equal([new Period(2026, 3)], turn.Periods);
        Assert.Null(turn.DeductionType);
        Assert.False(turn.Clarify);
    }

    [Fact]
    public void And_the_income_tax_after_net_pay_is_that_deduction_for_the_same_period()
    {
        const string text = "¿y el IRPF?";
        var nlu = new NluResult(Intents.NetPay, 0.5, [Deduction(text, "IRPF", "income_tax")]);

        var turn = ContextResolver.Resolve(After(Intents.NetPay, 2025, 11), nlu, text, March2026, Threshold);

        Assert.Equal(Intents.Deductions, turn.Intent);
        Assert.Equal("income_tax", turn.DeductionType);
        Assert.Equal([new Period(2025, 11)], turn.Periods);
        Assert.True(turn.Carried);
    }

    [Fact]
    public void A_month_follow_up_to_a_deduction_question_keeps_the_deduction_type()
    {
        const string text = "and in January?";
        var nlu = new NluResult("greeting", 0.3, [Month(text, "January", 1)]);

        var turn = ContextResolver.Resolve(After(Intents.Deductions, 2026, 2, "social_security"), nlu, text, March2026, Threshold);

        Assert.Equal(Intents.Deductions, turn.Intent);
        Assert.Equal("social_security", turn.DeductionType);
        Assert.Equal([new Period(2026, 1)], turn.Periods);
    }

    [Fact]
    public void A_year_follow_up_to_a_year_to_date_question_stays_a_year()
    {
        const string text = "¿y en 2024?";
        var nlu = new NluResult(Intents.YtdSummary, 0.8, [Year(text, "2024", 2024)]);

        var turn = ContextResolver.Resolve(After(Intents.YtdSummary, 2025, null), nlu, text, March2026, Threshold);

        Assert.Equal(Intents.YtdSummary, turn.Intent);
        Assert.Empty(turn.Periods);
        Assert.Equal(2024, turn.Year);
    }

    [Fact]
    public void A_comparison_follow_up_keeps_both_periods()
    {
        const string text = "¿y las deducciones?";
        var context = new ConversationContext { Intent = Intents.PayComparison, Year = 2026, Month = 2, CompareYear = 2026, CompareMonth = 1 };

        var turn = ContextResolver.Resolve(context, new NluResult(Intents.PayComparison, 0.9, []), text, March2026, Threshold);

        Assert.Equal([new Period(2026, 1), new Period(2026, 2)], turn.Periods);
    }

    [Fact]
    public void An_unsure_follow_up_with_more_words_still_carries_the_intent()
    {
        const string text = "y cuánto fue en febrero";
        var nlu = new NluResult("payment_date", 0.3, [Month(text, "febrero", 2)]);

        var turn = ContextResolver.Resolve(After(Intents.GrossPay, 2026, 3), nlu, text, March2026, Threshold);

        Assert.Equal(Intents.GrossPay, turn.Intent);
        Assert.Equal([new Period(2026, 2)], turn.Periods);
        Assert.True(turn.Carried);
        Assert.False(turn.Clarify);
    }

    // ---- Resolve: new questions ----

    [Fact]
    public void When_do_i_get_paid_without_a_period_does_not_inherit_the_period()
    {
        const string text = "¿cuándo me pagan?";
        var turn = ContextResolver.Resolve(After(Intents.NetPay, 2025, 3), new NluResult(Intents.PaymentDate, 0.92, []), text, March2026, Threshold);

        Assert.Equal(Intents.PaymentDate, turn.Intent);
        Assert.Empty(turn.Periods);
        Assert.Null(turn.Year);
        Assert.False(turn.Carried);
    }

    [Theory]
    [InlineData("¿cuál es mi salario bruto?", Intents.GrossPay)]
    [InlineData("what were my deductions?", Intents.Deductions)]
    public void A_payroll_question_without_a_period_stays_on_the_month_talked_about(string text, string intent)
    {
        var turn = ContextResolver.Resolve(After(Intents.NetPay, 2025, 3), new NluResult(intent, 0.92, []), text, March2026, Threshold);

        Assert.Equal(intent, turn.Intent);
        Assert.Equal([new Period(2025, 3)], turn.Periods);
        Assert.False(turn.Carried);
    }

    [Fact]
    public void A_new_question_naming_a_deduction_keeps_the_period_but_not_the_intent()
    {
        const string text = "¿cuánto me retuvieron de IRPF?";
        var nlu = new NluResult(Intents.Deductions, 0.93, [Deduction(text, "IRPF", "income_tax")]);

        var turn = ContextResolver.Resolve(After(Intents.NetPay, 2025, 3), nlu, text, March2026, Threshold);

        Assert.Equal(Intents.Deductions, turn.Intent);
        Assert.Equal("income_tax", turn.DeductionType);
        Assert.Equal([new Period(2025, 3)], turn.Periods);
        Assert.False(turn.Carried);
    }

    [Fact]
    public void A_profile_question_does_not_take_a_period()
    {
        const string text = "¿en qué departamento estoy?";
        var turn = ContextResolver.Resolve(After(Intents.NetPay, 2025, 3), new NluResult(Intents.ProfileInfo, 0.95, []), text, March2026, Threshold);

        Assert.Equal(Intents.ProfileInfo, turn.Intent);
        Assert.Empty(turn.Periods);
    }

    [Fact]
    public void A_new_question_with_its_own_month_uses_it_and_its_own_intent()
    {
        const string text = "¿cuál fue mi salario bruto en enero?";
        var nlu = new NluResult(Intents.GrossPay, 0.95, [Month(text, "enero", 1)]);

        var turn = ContextResolver.Resolve(After(Intents.NetPay, 2025, 3), nlu, text, March2026, Threshold);

        Assert.Equal(Intents.GrossPay, turn.Intent);
        Assert.Equal([new Period(2026, 1)], turn.Periods);
        Assert.False(turn.Carried);
    }

    [Fact]
    public void A_follow_up_after_small_talk_carries_nothing()
    {
        const string text = "¿y en febrero?";
        var nlu = new NluResult(Intents.NetPay, 0.9, [Month(text, "febrero", 2)]);

        var turn = ContextResolver.Resolve(After(Intents.Greeting, null, null), nlu, text, March2026, Threshold);

        Assert.Equal(Intents.NetPay, turn.Intent);
        Assert.False(turn.Carried);
        Assert.Equal([new Period(2026, 2)], turn.Periods);
    }

    // ---- Resolve: clarification ----

    [Theory]
    [InlineData(null)]
    [InlineData(Intents.Greeting)]
    public void A_low_confidence_message_without_usable_context_asks_to_clarify(string? contextIntent)
    {
        var context = contextIntent is null ? null : After(contextIntent, null, null);
        var turn = ContextResolver.Resolve(context, new NluResult(Intents.NetPay, 0.35, []), "eso de la pasta", March2026, Threshold);

        Assert.True(turn.Clarify);
    }

    [Fact]
    public void An_unsure_follow_up_without_context_asks_to_clarify()
    {
        const string text = "¿y en febrero?";

        var turn = ContextResolver.Resolve(null, new NluResult(Intents.NetPay, 0.4, [Month(text, "febrero", 2)]), text, March2026, Threshold);

        Assert.True(turn.Clarify);
        Assert.False(turn.Carried);
    }

    [Theory]
    [InlineData(0.6)]
    [InlineData(0.95)]
    public void A_confident_message_is_answered(double confidence) =>
        Assert.False(ContextResolver.Resolve(null, new NluResult(Intents.NetPay, confidence, []), "¿cuánto cobré?", March2026, Threshold).Clarify);

    [Theory]
    [InlineData(0.45, false)]
    [InlineData(0.30, false)]
    [InlineData(0.29, true)]
    public void An_unsure_deductions_prediction_that_names_a_deduction_type_stands_down_to_half_the_threshold(double confidence, bool clarify)
    {
        const string text = "cuanto de irpf en enero";
        var nlu = new NluResult(Intents.Deductions, confidence, [Deduction(text, "irpf", "income_tax"), Month(text, "enero", 1)]);

        var turn = ContextResolver.Resolve(null, nlu, text, March2026, Threshold);

        Assert.Equal(clarify, turn.Clarify);
        Assert.Equal(Intents.Deductions, turn.Intent);
        Assert.Equal("income_tax", turn.DeductionType);
    }

    [Fact]
    public void An_unsure_deductions_prediction_without_a_deduction_type_asks_to_clarify()
    {
        const string text = "lo que me quitaron en enero";

        var turn = ContextResolver.Resolve(null, new NluResult(Intents.Deductions, 0.45, [Month(text, "enero", 1)]), text, March2026, Threshold);

        Assert.True(turn.Clarify);
    }

    [Fact]
    public void An_unsure_profile_prediction_that_names_a_profile_field_stands()
    {
        const string text = "departamento?";

        var turn = ContextResolver.Resolve(null, new NluResult(Intents.ProfileInfo, 0.4, [ProfileField(text, "departamento", "department")]), text, March2026, Threshold);

        Assert.False(turn.Clarify);
        Assert.Equal("department", turn.ProfileField);
    }
}
