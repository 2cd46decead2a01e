using ChatNomina.Chat.Conversations;
using ChatNomina.Chat.Understanding;
using ChatNomina.Chat.Data;
using ChatNomina.Contracts.Inference;
using static ChatNomina.Chat.Tests.Entities;

namespace ChatNomina.Chat.Tests;

public class EntityPeriodsTests
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

        var (periods, year) = EntityPeriods.Of([Month(text, word, month)], On(nowYear, nowMonth, 10));

        Assert.Equal([new Period(expectedYear, month)], periods);
        Assert.Null(year);
    }

    [Fact]
    public void A_month_with_its_year_is_that_month()
    {
        const string text = "mi nómina de marzo de 2024";

        var (periods, year) = EntityPeriods.Of([Month(text, "marzo", 3), Year(text, "2024", 2024)], March2026);

        Assert.Equal([new Period(2024, 3)], periods);
        Assert.Null(year);
    }

    [Fact]
    public void A_future_month_with_an_explicit_year_is_kept()
    {
        const string text = "net pay for December 2026";

        var (periods, _) = EntityPeriods.Of([Month(text, "December", 12), Year(text, "2026", 2026)], March2026);

        Assert.Equal([new Period(2026, 12)], periods);
    }

    [Theory]
    [InlineData("last month", "2026-02", 2026, 2)]
    [InlineData("el mes pasado", "2025-12", 2025, 12)]
    [InlineData("this month", "2026-03", 2026, 3)]
    public void A_relative_month_is_its_resolved_value(string fragment, string value, int y, int m)
    {
        var (periods, year) = EntityPeriods.Of([Relative(fragment, fragment, value)], March2026);

        Assert.Equal([new Period(y, m)], periods);
        Assert.Null(year);
    }

    [Fact]
    public void A_relative_year_is_a_year_without_months()
    {
        const string text = "¿cuánto cobré el año pasado?";

        var (periods, year) = EntityPeriods.Of([Relative(text, "año pasado", "2025")], March2026);

        Assert.Empty(periods);
        Assert.Equal(2025, year);
    }

    [Fact]
    public void A_month_with_a_relative_year_takes_that_year()
    {
        const string text = "marzo del año pasado";

        var (periods, year) = EntityPeriods.Of([Month(text, "marzo", 3), Relative(text, "año pasado", "2025")], March2026);

        Assert.Equal([new Period(2025, 3)], periods);
        Assert.Null(year);
    }

    [Fact]
    public void A_year_alone_is_a_year_without_months()
    {
        const string text = "total earnings so far in 2025";

        var (periods, year) = EntityPeriods.Of([Year(text, "2025", 2025)], March2026);

        Assert.Empty(periods);
        Assert.Equal(2025, year);
    }

    [Fact]
    public void Two_months_are_ordered_oldest_first()
    {
        const string text = "compara febrero y enero";

        var (periods, _) = EntityPeriods.Of([Month(text, "febrero", 2), Month(text, "enero", 1)], March2026);

        Assert.Equal([new Period(2026, 1), new Period(2026, 2)], periods);
    }

    [Fact]
    public void Two_months_across_the_new_year_are_ordered_oldest_first()
    {
        const string text = "compare January and December";

        var (periods, _) = EntityPeriods.Of([Month(text, "January", 1), Month(text, "December", 12)], On(2026, 1, 20));

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

        var (periods, _) = EntityPeriods.Of(entities, March2026);

        Assert.Equal([new Period(2024, 3), new Period(2025, 3)], periods);
    }

    [Fact]
    public void Entities_that_name_no_period_give_none()
    {
        const string text = "¿cuánto me retuvieron de IRPF?";

        var (periods, year) = EntityPeriods.Of([Deduction(text, "IRPF", "income_tax")], March2026);

        Assert.Empty(periods);
        Assert.Null(year);
    }
}
