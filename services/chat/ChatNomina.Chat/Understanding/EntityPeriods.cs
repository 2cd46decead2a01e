using System.Globalization;
using ChatNomina.Chat.Conversations;
using ChatNomina.Chat.Data;
using ChatNomina.Contracts.Inference;

namespace ChatNomina.Chat.Understanding;

/// <summary>
/// The periods the entity model found in a message (MONTH, YEAR, REL_PERIOD), resolved against
/// the message time: the parser's fallback when its own vocabulary read no period.
/// </summary>
public static class EntityPeriods
{
    /// <summary>The months and the month-less year a message names, resolved against its time.</summary>
    public static (IReadOnlyList<Period> Periods, int? Year) Of(IReadOnlyList<ExtractedEntity> entities, DateTimeOffset now)
    {
        var periods = new List<Period>();
        int? year = null;
        var years = entities.Where(e => e.Type == EntityTypes.Year && e.Number is >= 1900 and <= 2999).Select(e => e.Number!.Value).ToList();
        var months = entities.Where(e => e.Type == EntityTypes.Month && e.Number is >= 1 and <= 12).ToList();

        foreach (var rel in entities.Where(e => e.Type == EntityTypes.RelativePeriod && e.Value is not null))
        {
            if (DateTime.TryParseExact(rel.Value, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var ym))
            {
                periods.Add(new Period(ym.Year, ym.Month));
            }
            else if (int.TryParse(rel.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var ry))
            {
                year ??= ry;
            }
        }

        var current = Period.Of(now);
        for (var i = 0; i < months.Count; i++)
        {
            var m = months[i].Number!.Value;
            // A year written next to the month ("marzo de 2024") or the only year in the message.
            int? y = years.Count == 1 ? years[0]
                : years.Count == months.Count ? years[i]
                : year;
            if (y is null)
            {
                // The most recent such month not after the message's month.
                y = m <= current.Month ? current.Year : current.Year - 1;
            }
            periods.Add(new Period(y.Value, m));
        }
        if (months.Count == 0 && years.Count > 0)
        {
            year = years[0];
            if (years.Count > 1)
            {
                // "2024 vs 2025": no months, compare the Decembers (or the latest) — handled by the planner.
                year = years.Max();
            }
        }
        else if (months.Count > 0)
        {
            year = null;
        }
        return ([.. periods.Distinct().Order()], year);
    }
}
