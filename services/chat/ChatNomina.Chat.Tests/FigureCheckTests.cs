using ChatNomina.Chat.Answers;

namespace ChatNomina.Chat.Tests;

public class FigureCheckTests
{
    private static readonly string[] SpanishData = ["marzo", "2025", "2.456,78 €", "30 de marzo de 2025"];
    private static readonly string[] EnglishData = ["March", "2025", "€2,456.78", "March 30, 2025"];

    [Fact]
    public void Spanish_figures_are_amounts_days_years_and_month_numbers()
    {
        var figures = FigureCheck.Figures("En marzo de 2025 cobraste 2.456,78 € netos (pagados el 30 de marzo de 2025).").ToList();
        Assert.Equal(["2025", "2.456,78", "30", "2025", "month:3", "month:3"], figures);
    }

    [Fact]
    public void English_figures_are_amounts_days_years_and_month_numbers()
    {
        var figures = FigureCheck.Figures("Your net pay for March 2025 was €2,456.78 (paid on March 30, 2025).").ToList();
        Assert.Equal(["2025", "2,456.78", "30", "2025", "month:3", "month:3"], figures);
    }

    [Theory]
    [InlineData("enero", 1)]
    [InlineData("Febrero", 2)]
    [InlineData("MARZO", 3)]
    [InlineData("mayo", 5)]
    [InlineData("septiembre", 9)]
    [InlineData("Diciembre", 12)]
    [InlineData("January", 1)]
    [InlineData("May", 5)]
    [InlineData("September", 9)]
    [InlineData("December", 12)]
    public void Month_names_of_both_languages_are_figures(string word, int month) =>
        Assert.Equal(["month:" + month], FigureCheck.Figures($"la nómina de {word} / the {word} payslip").Distinct());

    [Theory]
    [InlineData("You may ask me anything.")]
    [InlineData("It may be paid later.")]
    [InlineData("Let's march on.")]
    [InlineData("Mayor ingreso, marzos, eneros")]
    public void Words_that_only_look_like_months_are_not_figures(string text) => Assert.Empty(FigureCheck.Figures(text));

    [Theory]
    [InlineData("es", "En marzo de 2025 cobraste 2.456,78 € netos (pagados el 30 de marzo de 2025).")]
    [InlineData("en", "Your net pay for March 2025 was €2,456.78 (paid on March 30, 2025).")]
    public void Text_stating_only_the_data_is_accepted(string lang, string text) =>
        Assert.Empty(FigureCheck.Unsupported(text, lang == "es" ? SpanishData : EnglishData));

    [Theory]
    [InlineData("En marzo de 2025 cobraste 2.456,79 € netos.", "2.456,79")]
    [InlineData("En marzo de 2025 cobraste 2.465,78 € netos.", "2.465,78")]
    [InlineData("En marzo de 2025 cobraste 2456,78 € netos.", "2456,78")]
    [InlineData("En marzo de 2025 cobraste 2.456 € netos.", "2.456")]
    public void A_wrong_amount_is_caught(string text, string wrong) =>
        Assert.Equal([wrong], FigureCheck.Unsupported(text, SpanishData));

    [Theory]
    [InlineData("es", "Pagados el 31 de marzo de 2025.", "31")]
    [InlineData("en", "Paid on March 31, 2025.", "31")]
    public void A_wrong_day_is_caught(string lang, string text, string wrong) =>
        Assert.Equal([wrong], FigureCheck.Unsupported(text, lang == "es" ? SpanishData : EnglishData));

    [Theory]
    [InlineData("es", "En marzo de 2024 cobraste 2.456,78 € netos.", "2024")]
    [InlineData("en", "Your net pay for March 2026 was €2,456.78.", "2026")]
    public void A_wrong_year_is_caught(string lang, string text, string wrong) =>
        Assert.Equal([wrong], FigureCheck.Unsupported(text, lang == "es" ? SpanishData : EnglishData));

    [Theory]
    [InlineData("es", "En abril de 2025 cobraste 2.456,78 € netos.", "month:4")]
    [InlineData("es", "En Febrero de 2025 cobraste 2.456,78 € netos.", "month:2")]
    [InlineData("en", "Your net pay for April 2025 was €2,456.78.", "month:4")]
    [InlineData("en", "Your net pay for May 2025 was €2,456.78.", "month:5")]
    public void A_wrong_month_name_is_caught(string lang, string text, string wrong) =>
        Assert.Equal([wrong], FigureCheck.Unsupported(text, lang == "es" ? SpanishData : EnglishData));

    [Fact]
    public void An_extra_number_anywhere_in_the_text_is_caught()
    {
        var unsupported = FigureCheck.Unsupported("En marzo de 2025 cobraste 2.456,78 € netos, 3 veces más.", SpanishData);
        Assert.Equal(["3"], unsupported);
    }

    [Fact]
    public void Each_unsupported_figure_is_reported_once()
    {
        var unsupported = FigureCheck.Unsupported("En abril de 2024, abril de 2024, 12 y 12.", SpanishData);
        Assert.Equal(["2024", "12", "month:4"], unsupported);
    }

    [Fact]
    public void The_lowercase_verb_may_is_not_taken_for_a_month()
    {
        Assert.Empty(FigureCheck.Unsupported("You may see your March 2025 payslip in the app.", EnglishData));
        Assert.Equal(["month:5"], FigureCheck.Unsupported("You can see your May 2025 payslip in the app.", EnglishData));
    }

    [Fact]
    public void A_month_is_supported_by_its_name_in_either_language()
    {
        // The data holds "marzo"; an English "March" states the same month.
        Assert.Empty(FigureCheck.Unsupported("March 2025", SpanishData));
    }

    [Fact]
    public void Text_without_figures_needs_no_data() =>
        Assert.Empty(FigureCheck.Unsupported("¡Hola! Soy el asistente de nóminas.", []));

    [Fact]
    public void Any_figure_is_unsupported_without_data() =>
        Assert.Equal(["7"], FigureCheck.Unsupported("Tienes 7 nóminas.", []));
}
