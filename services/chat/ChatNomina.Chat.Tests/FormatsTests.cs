using System.Globalization;
using ChatNomina.Chat.Answers;
using ChatNomina.Chat.Data;

namespace ChatNomina.Chat.Tests;

public class FormatsTests
{
    [Theory]
    [InlineData(1234.56, "es", "1.234,56 €")]
    [InlineData(1234.56, "en", "€1,234.56")]
    [InlineData(1234567.8, "es", "1.234.567,80 €")]
    [InlineData(1234567.8, "en", "€1,234,567.80")]
    [InlineData(0.5, "es", "0,50 €")]
    [InlineData(0.5, "en", "€0.50")]
    [InlineData(999, "es", "999,00 €")]
    [InlineData(1000, "en", "€1,000.00")]
    [InlineData(0, "es", "0,00 €")]
    public void Money_is_written_per_language(double amount, string lang, string expected) =>
        Assert.Equal(expected, Formats.Money((decimal)amount, "EUR", lang));

    [Theory]
    [InlineData(-1234.56, "es", "1.234,56 €")]
    [InlineData(-1234.56, "en", "€1,234.56")]
    [InlineData(-0.01, "es", "0,01 €")]
    public void Negative_money_is_written_as_its_absolute_value(double amount, string lang, string expected)
    {
        var text = Formats.Money((decimal)amount, "EUR", lang);
        Assert.Equal(expected, text);
        Assert.DoesNotContain("-", text);
    }

    [Theory]
    [InlineData("USD", "es", "1.234,56 $")]
    [InlineData("USD", "en", "$1,234.56")]
    [InlineData("MXN", "en", "$1,234.56")]
    [InlineData(" eur ", "en", "€1,234.56")]
    [InlineData("GBP", "en", "1,234.56 GBP")]
    [InlineData("GBP", "es", "1.234,56 GBP")]
    public void Currency_symbol_and_its_position_depend_on_currency_and_language(string currency, string lang, string expected) =>
        Assert.Equal(expected, Formats.Money(1234.56m, currency, lang));

    [Fact]
    public void Money_does_not_depend_on_the_machine_culture()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            foreach (var culture in new[] { "de-DE", "fr-FR", "tr-TR", "en-US", "es-ES" })
            {
                CultureInfo.CurrentCulture = new CultureInfo(culture);
                Assert.Equal("1.234,56 €", Formats.Money(1234.56m, "EUR", "es"));
                Assert.Equal("€1,234.56", Formats.Money(1234.56m, "EUR", "en"));
                Assert.Equal("2025", Formats.Year(2025));
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Theory]
    [InlineData(2025, 3, 30, "es", "30 de marzo de 2025")]
    [InlineData(2025, 3, 30, "en", "March 30, 2025")]
    [InlineData(2026, 1, 5, "es", "5 de enero de 2026")]
    [InlineData(2026, 1, 5, "en", "January 5, 2026")]
    [InlineData(2024, 12, 31, "es", "31 de diciembre de 2024")]
    [InlineData(2024, 2, 29, "en", "February 29, 2024")]
    public void Dates_are_written_per_language(int year, int month, int day, string lang, string expected) =>
        Assert.Equal(expected, Formats.Date(new DateOnly(year, month, day), lang));

    [Theory]
    [InlineData(1, "enero", "January")]
    [InlineData(2, "febrero", "February")]
    [InlineData(3, "marzo", "March")]
    [InlineData(4, "abril", "April")]
    [InlineData(5, "mayo", "May")]
    [InlineData(6, "junio", "June")]
    [InlineData(7, "julio", "July")]
    [InlineData(8, "agosto", "August")]
    [InlineData(9, "septiembre", "September")]
    [InlineData(10, "octubre", "October")]
    [InlineData(11, "noviembre", "November")]
    [InlineData(12, "diciembre", "December")]
    public void Month_names_are_lowercase_in_spanish_and_capitalized_in_english(int month, string es, string en)
    {
        Assert.Equal(es, Formats.MonthName(month, "es"));
        Assert.Equal(en, Formats.MonthName(month, "en"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(13)]
    public void Month_outside_1_to_12_has_no_name(int month) =>
        Assert.ThrowsAny<IndexOutOfRangeException>(() => Formats.MonthName(month, "es"));

    [Theory]
    [InlineData(2025, 3, "es", "marzo de 2025")]
    [InlineData(2025, 3, "en", "March 2025")]
    [InlineData(2024, 12, "es", "diciembre de 2024")]
    [InlineData(2026, 1, "en", "January 2026")]
    public void Period_names_a_month_and_its_year(int year, int month, string lang, string expected) =>
        Assert.Equal(expected, Formats.PeriodName(new Period(year, month), lang));

    [Fact]
    public void Years_have_four_digits_and_integers_no_separators()
    {
        Assert.Equal("2025", Formats.Year(2025));
        Assert.Equal("0999", Formats.Year(999));
        Assert.Equal("12345", Formats.Integer(12345));
    }

    [Theory]
    [InlineData("es", true)]
    [InlineData("en", false)]
    [InlineData("fr", false)]
    public void Only_es_is_spanish(string lang, bool spanish) => Assert.Equal(spanish, Formats.IsSpanish(lang));
}
