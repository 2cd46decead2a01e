using ChatNomina.Chat.Queries;

namespace ChatNomina.Chat.Conversations;

/// <summary>
/// What the assistant understood so far in a conversation: the last intent and the period,
/// deduction and profile field it answered about. Kept in Redis with a TTL and returned to the
/// client as the answer's <c>context</c>.
/// </summary>
public sealed record ConversationContext
{
    public string? Intent { get; init; }
    public int? Year { get; init; }
    public int? Month { get; init; }
    public string? DeductionType { get; init; }
    public string? ProfileField { get; init; }

    /// <summary>pay_comparison: the period compared against (the older one).</summary>
    public int? CompareYear { get; init; }
    public int? CompareMonth { get; init; }

    /// <summary>The last query answered with data (nlu.md v2), periods resolved: what the next turn revises or refers to.</summary>
    public PayrollQuery? Query { get; init; }

    /// <summary>The measures talked about before the last query's, so "how much of each?" has both.</summary>
    public IReadOnlyList<string>? EarlierMeasures { get; init; }

    /// <summary>What a refused question about someone else asked, never executed: "ok, what about me?" asks it about the user.</summary>
    public PayrollQuery? Refused { get; init; }

    /// <summary>The period talked about before the last query's, so "the difference between the two" has both.</summary>
    public QueryPeriod? EarlierPeriod { get; init; }

    /// <summary>The months talked about, oldest first (at most <see cref="TalkedMonthsKept"/>), so "¿cuál fue el más alto de los tres?" has them.</summary>
    public IReadOnlyList<QueryPeriod>? TalkedMonths { get; init; }

    /// <summary>The language of the conversation's last message ("es" or "en").</summary>
    public string Language { get; init; } = "es";

    public const int TalkedMonthsKept = 6;

    /// <summary>The months a period talks about: a month, or each month of a short stretch (a quarter, "enero a marzo").</summary>
    private static IEnumerable<QueryPeriod> MonthsOf(QueryPeriod period)
    {
        if (period is not { From: { } from, To: { } to } || period.Kind is not (PeriodKind.Month or PeriodKind.Range or PeriodKind.Quarter)
            || (to.Year * 12) + to.Month - (from.Year * 12) - from.Month >= TalkedMonthsKept)
        {
            yield break;
        }
        for (var m = from; m <= to; m = m.Next())
        {
            yield return QueryPeriod.Month(m);
        }
    }

    /// <summary>The context after a query answered with data, its periods resolved: what the next turn revises or refers to.</summary>
    public static ConversationContext Next(ConversationContext? previous, PayrollQuery answered, string lang)
    {
        var first = answered.Requests[0];
        if (!answered.Requests.Any(r => r.Period.IsKnown))
        {
            // A profile answer has no period: the one talked about before stays for later follow-ups.
            return (previous ?? new ConversationContext()) with { Language = lang, Intent = Intents.ProfileInfo, ProfileField = Measures.Type(first.Measure) };
        }
        var lastPeriod = previous?.Query?.Requests[0].Period;
        var earlier = lastPeriod is { IsKnown: true } && lastPeriod != first.Period ? lastPeriod : previous?.EarlierPeriod;
        var lastMeasures = previous?.Query?.Requests.Select(r => r.Measure).Distinct().ToList();
        var newMeasures = answered.Requests.Select(r => r.Measure).Distinct().ToList();
        var earlierMeasures = lastMeasures is { Count: > 0 } && !lastMeasures.SequenceEqual(newMeasures) ? lastMeasures : previous?.EarlierMeasures;
        var months = answered.Requests.SelectMany(r => new[] { r.Other, r.Period }).OfType<QueryPeriod>().SelectMany(MonthsOf).ToList();
        var talked = (previous?.TalkedMonths ?? []).Where(p => !months.Contains(p)).Concat(months.Distinct()).TakeLast(TalkedMonthsKept).ToList();
        var month = first.Period.Kind == PeriodKind.Month ? first.Period.From : null;
        return new ConversationContext
        {
            Intent = answered.V1Intent,
            Year = first.Period.To?.Year ?? previous?.Year,
            Month = month?.Month,
            DeductionType = Measures.IsDeduction(first.Measure) ? Measures.Type(first.Measure) : null,
            ProfileField = Measures.IsProfile(first.Measure) ? Measures.Type(first.Measure) : null,
            CompareYear = first.Other?.From?.Year,
            CompareMonth = first.Other?.Kind == PeriodKind.Month ? first.Other.From?.Month : null,
            Language = lang,
            Query = answered with { Act = ConversationAct.None },
            EarlierPeriod = earlier,
            EarlierMeasures = earlierMeasures,
            TalkedMonths = talked,
        };
    }
}

/// <summary>The intent labels of shared/spec/nlu.md.</summary>
public static class Intents
{
    public const string Greeting = "greeting";
    public const string Goodbye = "goodbye";
    public const string Thanks = "thanks";
    public const string Help = "help";
    public const string PayslipSummary = "payslip_summary";
    public const string NetPay = "net_pay";
    public const string GrossPay = "gross_pay";
    public const string Deductions = "deductions";
    public const string PaymentDate = "payment_date";
    public const string PayComparison = "pay_comparison";
    public const string YtdSummary = "ytd_summary";
    public const string ProfileInfo = "profile_info";
    public const string OutOfScope = "out_of_scope";

    public static readonly IReadOnlySet<string> PayrollIntents = new HashSet<string>(StringComparer.Ordinal)
    {
        PayslipSummary, NetPay, GrossPay, Deductions, PaymentDate, PayComparison, YtdSummary,
    };

    /// <summary>Intents answered from the employee's own data (payroll or profile).</summary>
    public static bool IsDataIntent(string? intent) => intent is not null && (PayrollIntents.Contains(intent) || intent == ProfileInfo);
}

public static class EntityTypes
{
    public const string Month = "MONTH";
    public const string Year = "YEAR";
    public const string RelativePeriod = "REL_PERIOD";
    public const string DeductionType = "DEDUCTION_TYPE";
    public const string Amount = "AMOUNT";
    public const string ProfileField = "PROFILE_FIELD";
}
