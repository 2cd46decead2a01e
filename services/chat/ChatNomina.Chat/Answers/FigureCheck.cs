using System.Text.RegularExpressions;

namespace ChatNomina.Chat.Answers;

/// <summary>
/// The last gate before an answer leaves the service: every figure in the final text (each
/// number — amounts, days, years, counts — and each month name, es or en) must be one of the
/// figures of the data the answer was built from. Anything else means the text says something
/// the data does not, and the caller answers with the deterministic template instead.
/// </summary>
public static partial class FigureCheck
{
    /// <summary>The figures the text contains, normalized ("1.234,56", "30", "2025", "month:3").</summary>
    public static IEnumerable<string> Figures(string text)
    {
        foreach (Match m in NumberPattern().Matches(text))
        {
            yield return m.Value;
        }
        foreach (Match m in SpanishMonthPattern().Matches(text))
        {
            yield return "month:" + (Array.IndexOf(Formats.MonthsEs, m.Value.ToLowerInvariant()) + 1);
        }
        foreach (Match m in EnglishMonthPattern().Matches(text))
        {
            yield return "month:" + (Array.IndexOf(Formats.MonthsEn, m.Value) + 1);
        }
    }

    /// <summary>The figures of <paramref name="text"/> that none of <paramref name="dataValues"/> contains.</summary>
    public static IReadOnlyList<string> Unsupported(string text, IEnumerable<string> dataValues)
    {
        var allowed = dataValues.SelectMany(Figures).ToHashSet(StringComparer.Ordinal);
        return [.. Figures(text).Where(f => !allowed.Contains(f)).Distinct()];
    }

    [GeneratedRegex(@"\d+(?:[.,]\d+)*")]
    private static partial Regex NumberPattern();

    // Spanish month names in any case ("Marzo" at the start of a sentence is still March).
    [GeneratedRegex(@"\b(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SpanishMonthPattern();

    // English month names only capitalized, so the verb "may" is not a month; "May I…" at the
    // start of a sentence counts as one, which only sends the answer to the template.
    [GeneratedRegex(@"\b(January|February|March|April|May|June|July|August|September|October|November|December)\b", RegexOptions.CultureInvariant)]
    private static partial Regex EnglishMonthPattern();
}
