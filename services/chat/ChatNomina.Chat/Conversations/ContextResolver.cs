using System.Globalization;
using ChatNomina.Chat.Data;
using ChatNomina.Contracts.Inference;

namespace ChatNomina.Chat.Conversations;

/// <summary>What the models said about one message.</summary>
public sealed record NluResult(string Intent, double Confidence, IReadOnlyList<ExtractedEntity> Entities);

/// <summary>One turn after merging it with the conversation: the question the answer is about.</summary>
public sealed record ResolvedTurn
{
    public required string Intent { get; init; }
    public required double Confidence { get; init; }
    /// <summary>Explicit or carried months, oldest first.</summary>
    public IReadOnlyList<Period> Periods { get; init; } = [];
    /// <summary>A year without a month ("in 2024", "last year").</summary>
    public int? Year { get; init; }
    public string? DeductionType { get; init; }
    public string? ProfileField { get; init; }
    /// <summary>The intent came from the conversation (a follow-up), not from this message alone.</summary>
    public bool Carried { get; init; }
    /// <summary>Too unsure to answer: ask a clarifying question.</summary>
    public bool Clarify { get; init; }
}

/// <summary>
/// Merges a message's intent and entities with the conversation context (shared/spec/nlu.md and
/// the spec's pipeline step 5). Pure: the message time is an argument.
/// </summary>
public static class ContextResolver
{
    public static ResolvedTurn Resolve(ConversationContext? context, NluResult nlu, string text, DateTimeOffset now, double threshold)
    {
        var entities = nlu.Entities;
        var deduction = entities.FirstOrDefault(e => e.Type == EntityTypes.DeductionType && e.Value is not null)?.Value;
        var field = entities.FirstOrDefault(e => e.Type == EntityTypes.ProfileField && e.Value is not null)?.Value;
        var (periods, year) = Periods(entities, now);
        var hasPeriod = periods.Count > 0 || year is not null;

        var intent = nlu.Intent;
        var carried = false;
        if (Intents.IsDataIntent(context?.Intent) && (hasPeriod || deduction is not null || field is not null))
        {
            var pure = FollowUp.IsPureFollowUp(text, entities);
            var unsureFollowUp = FollowUp.StartsLikeFollowUp(text) && nlu.Confidence < threshold;
            if (pure || unsureFollowUp)
            {
                intent = deduction is not null ? Intents.Deductions
                    : field is not null ? Intents.ProfileInfo
                    : context!.Intent!;
                carried = true;
            }
        }

        // Follow-ups ("¿y las deducciones?", "and in March?") keep the conversation's period, and so
        // does a payroll question that names none ("¿cuánto me retuvieron de IRPF?" while talking
        // about March 2025); "¿cuándo me pagan?" without a period asks about the latest pay instead.
        var followUp = carried || FollowUp.StartsLikeFollowUp(text)
            || (!hasPeriod && intent != Intents.PaymentDate
                && Intents.PayrollIntents.Contains(intent) && context?.Intent is { } previous && Intents.PayrollIntents.Contains(previous));
        if (context is not null && followUp && Intents.IsDataIntent(intent) && Intents.IsDataIntent(context.Intent))
        {
            // "¿y en febrero?" after March 2025 is February 2025: a month named alone in a
            // follow-up stays in the year being talked about (when that month has come).
            if (context.Year is { } talkedYear && periods.Count > 0
                && !entities.Any(e => e.Type is EntityTypes.Year or EntityTypes.RelativePeriod))
            {
                var current = Period.Of(now);
                periods = [.. periods.Select(p => new Period(talkedYear, p.Month) is var same && same <= current ? same : p).Distinct().Order()];
            }
            if (!hasPeriod && context.Year is { } cy)
            {
                if (context.Month is { } cm)
                {
                    periods = intent == Intents.PayComparison && context.CompareYear is { } ay && context.CompareMonth is { } am
                        ? [new Period(ay, am), new Period(cy, cm)]
                        : [new Period(cy, cm)];
                }
                else
                {
                    year = cy;
                }
            }
            else if (carried && periods.Count == 0 && year is { } y && context.Month is { } month && intent != Intents.YtdSummary)
            {
                // "what about last year?" after March 2026 → March 2025.
                periods = [new Period(y, month)];
                year = null;
            }
            if (deduction is null && intent == Intents.Deductions && carried && context.Intent == Intents.Deductions)
            {
                deduction = context.DeductionType;
            }
            if (field is null && intent == Intents.ProfileInfo && carried)
            {
                field = context.ProfileField;
            }
        }

        return new ResolvedTurn
        {
            Intent = intent,
            Confidence = nlu.Confidence,
            Periods = periods,
            Year = year,
            DeductionType = deduction,
            ProfileField = field,
            Carried = carried,
            Clarify = !carried && nlu.Confidence < threshold && !EntitiesConfirm(intent, deduction, field, nlu.Confidence, threshold),
        };
    }

    /// <summary>
    /// An unsure intent that the entities agree with is not a guess: "¿cuánto me retuvieron de
    /// IRPF en enero?" names a deduction type, so a deductions prediction stands even at a lower
    /// probability (down to half the threshold).
    /// </summary>
    private static bool EntitiesConfirm(string intent, string? deduction, string? field, double confidence, double threshold) =>
        confidence >= threshold / 2
        && ((intent == Intents.Deductions && deduction is not null) || (intent == Intents.ProfileInfo && field is not null));

    /// <summary>The months and the month-less year a message names, resolved against its time.</summary>
    public static (IReadOnlyList<Period> Periods, int? Year) Periods(IReadOnlyList<ExtractedEntity> entities, DateTimeOffset now)
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
