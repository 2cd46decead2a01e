using System.Globalization;
using ChatNomina.Chat.Data;

namespace ChatNomina.Chat.Answers;

/// <summary>
/// How figures are written in answers, per language. Deterministic (no ICU or machine culture):
/// es "1.234,56 €", "30 de marzo de 2025"; en "€1,234.56", "March 30, 2025".
/// </summary>
public static class Formats
{
    public static readonly string[] MonthsEs =
        ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"];

    public static readonly string[] MonthsEn =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private static readonly NumberFormatInfo Es = new() { NumberDecimalSeparator = ",", NumberGroupSeparator = ".", NumberGroupSizes = [3], NegativeSign = "-" };
    private static readonly NumberFormatInfo En = new() { NumberDecimalSeparator = ".", NumberGroupSeparator = ",", NumberGroupSizes = [3], NegativeSign = "-" };

    public static bool IsSpanish(string lang) => lang == Languages.Spanish;

    public static string MonthName(int month, string lang) => (IsSpanish(lang) ? MonthsEs : MonthsEn)[month - 1];

    /// <summary>"marzo de 2025" / "March 2025".</summary>
    public static string PeriodName(Period p, string lang) =>
        IsSpanish(lang) ? $"{MonthName(p.Month, lang)} de {p.Year}" : $"{MonthName(p.Month, lang)} {p.Year}";

    public static string Number(decimal value, string lang) =>
        Math.Abs(value).ToString("N2", IsSpanish(lang) ? Es : En);

    /// <summary>Money with its currency symbol; always the absolute value (the words say up or down).</summary>
    public static string Money(decimal value, string currency, string lang)
    {
        var symbol = currency.Trim().ToUpperInvariant() switch
        {
            "EUR" => "€",
            "USD" or "MXN" or "ARS" => "$",
            var other => other,
        };
        var number = Number(value, lang);
        return IsSpanish(lang) ? $"{number} {symbol}" : symbol.Length == 1 ? $"{symbol}{number}" : $"{number} {symbol}";
    }

    public static string Date(DateOnly date, string lang) =>
        IsSpanish(lang)
            ? $"{date.Day} de {MonthName(date.Month, lang)} de {date.Year}"
            : $"{MonthName(date.Month, lang)} {date.Day}, {date.Year}";

    public static string Year(int year) => year.ToString("D4", CultureInfo.InvariantCulture);

    public static string Integer(int value) => value.ToString(CultureInfo.InvariantCulture);
}

public static class Languages
{
    public const string Spanish = "es";
    public const string English = "en";
}
