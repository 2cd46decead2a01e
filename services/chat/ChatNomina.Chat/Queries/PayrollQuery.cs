using System.Text.Json.Serialization;
using ChatNomina.Chat.Conversations;
using ChatNomina.Chat.Data;

namespace ChatNomina.Chat.Queries;

/// <summary>What a message does besides (or instead of) asking for data (shared/spec/nlu.md v2).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ConversationAct>))]
public enum ConversationAct
{
    None,
    Greeting,
    Goodbye,
    Thanks,
    Help,
    OutOfScope,
    /// <summary>"in English please": the previous query again, in another language.</summary>
    LanguageSwitch,
    /// <summary>Someone else's data: refused without figures.</summary>
    SomeoneElse,
    /// <summary>Nothing understood well enough to answer: a clarifying question.</summary>
    Unclear,
}

/// <summary>What is done with a measure over a period.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<QueryOperation>))]
public enum QueryOperation
{
    Value,
    Breakdown,
    Compare,
    ExplainChange,
    Total,
    Average,
    Max,
    Min,
    List,
    /// <summary>The first month of a period that has the measure ("and how much was the first one?").</summary>
    First,
    /// <summary>The last month of a period that has the measure.</summary>
    Last,
}

/// <summary>The shape of a period as the user said it.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PeriodKind>))]
public enum PeriodKind
{
    None,
    Month,
    Range,
    Quarter,
    Year,
    /// <summary>The year so far: only payslips already paid.</summary>
    YearToDate,
    /// <summary>The latest payslip already paid.</summary>
    Latest,
    /// <summary>The next payment (the first payslip not paid yet).</summary>
    Next,
}

/// <summary>A period resolved against the message time; Latest and Next are resolved against the data.</summary>
public sealed record QueryPeriod(PeriodKind Kind, Period? From = null, Period? To = null)
{
    public static readonly QueryPeriod None = new(PeriodKind.None);
    public static readonly QueryPeriod Latest = new(PeriodKind.Latest);
    public static readonly QueryPeriod Next = new(PeriodKind.Next);

    public static QueryPeriod Month(Period p) => new(PeriodKind.Month, p, p);
    public static QueryPeriod Year(int year) => new(PeriodKind.Year, new Period(year, 1), new Period(year, 12));
    public static QueryPeriod Quarter(int year, int quarter) => new(PeriodKind.Quarter, new Period(year, quarter * 3 - 2), new Period(year, quarter * 3));

    [JsonIgnore] public bool IsRange => Kind is PeriodKind.Range or PeriodKind.Quarter or PeriodKind.Year or PeriodKind.YearToDate;
    [JsonIgnore] public bool IsKnown => Kind != PeriodKind.None;

    /// <summary>The months of a resolved range or month, oldest first.</summary>
    public IEnumerable<Period> Months()
    {
        if (From is not { } from || To is not { } to)
        {
            yield break;
        }
        for (var p = from; p <= to; p = p.Next())
        {
            yield return p;
        }
    }
}

/// <summary>
/// The measures of nlu.md v2: <c>net_pay</c>, <c>gross_pay</c>, <c>total_deductions</c>,
/// <c>deduction:&lt;type&gt;</c>, <c>earning:&lt;type&gt;</c>, <c>payment_date</c>, <c>payslip</c>,
/// <c>profile:&lt;field&gt;</c>.
/// </summary>
public static class Measures
{
    public const string Net = "net_pay";
    public const string Gross = "gross_pay";
    public const string TotalDeductions = "total_deductions";
    public const string PaymentDate = "payment_date";
    public const string Payslip = "payslip";
    public const string DeductionPrefix = "deduction:";
    public const string EarningPrefix = "earning:";
    public const string ProfilePrefix = "profile:";
    public const string RatePrefix = "rate:";

    public static string Deduction(string type) => DeductionPrefix + type;
    public static string Earning(string type) => EarningPrefix + type;
    public static string Profile(string field) => ProfilePrefix + field;

    public static bool IsDeduction(string m) => m.StartsWith(DeductionPrefix, StringComparison.Ordinal);
    public static bool IsEarning(string m) => m.StartsWith(EarningPrefix, StringComparison.Ordinal);
    public static bool IsProfile(string m) => m.StartsWith(ProfilePrefix, StringComparison.Ordinal);
    public static bool IsRate(string m) => m.StartsWith(RatePrefix, StringComparison.Ordinal);
    public static string Type(string m) => m[(m.IndexOf(':', StringComparison.Ordinal) + 1)..];

    /// <summary>A money amount of a payslip (what sums, differences and max/min apply to).</summary>
    public static bool IsMoney(string m) => m is Net or Gross or TotalDeductions || IsDeduction(m) || IsEarning(m);

    /// <summary>A level that stays put month to month (a year of it is listed, not summed).</summary>
    public static bool IsLevel(string m) => m is "earning:base_salary" or "earning:seniority_bonus";
}

/// <summary>One request of a query: a measure, an operation and a period (and, to compare, a second period).</summary>
public sealed record QueryRequest(string Measure, QueryOperation Operation, QueryPeriod Period, QueryPeriod? Other = null)
{
    /// <summary>The month a max/min found ("September"), so "why was that one higher?" can point at it.</summary>
    public Period? Found { get; init; }

    /// <summary>The line a largest/smallest-line question found ("deduction:income_tax"), so "how much is that
    /// for the whole year?" asks about that line.</summary>
    public string? FoundLine { get; init; }
}

/// <summary>
/// What a message means (nlu.md v2): a conversation act and/or requests about the user's own
/// payroll, after merging with the previous turn's query. Serialized in the conversation context,
/// so the next turn can revise or refer to it.
/// </summary>
public sealed record PayrollQuery
{
    public ConversationAct Act { get; init; }
    public IReadOnlyList<QueryRequest> Requests { get; init; } = [];

    /// <summary>The language asked for explicitly ("in English please"), else null.</summary>
    public string? Language { get; init; }

    /// <summary>The payslip was asked for as a document ("descárgame la nómina de marzo en PDF"): the
    /// answer links each payslip it used to its PDF.</summary>
    public bool Pdf { get; init; }

    /// <summary>The user named a payroll term that qualifies the request (e.g. the MEI inside social security).</summary>
    public bool MentionsMei { get; init; }

    /// <summary>Line types left out of a "largest line" question ("apart from tax, what's the biggest deduction?").</summary>
    public IReadOnlyList<string> Excluded { get; init; } = [];

    /// <summary>A comparison asked as a percentage ("¿y eso en porcentaje?").</summary>
    public bool Percent { get; init; }

    /// <summary>The question asks why a single month's figure is what it is.</summary>
    public bool Explain { get; init; }

    /// <summary>The v1 label of the first request (the compatibility view of nlu.md).</summary>
    public string V1Intent => Act switch
    {
        ConversationAct.Greeting => Intents.Greeting,
        ConversationAct.Goodbye => Intents.Goodbye,
        ConversationAct.Thanks => Intents.Thanks,
        ConversationAct.Help => Intents.Help,
        ConversationAct.OutOfScope or ConversationAct.SomeoneElse or ConversationAct.Unclear => Intents.OutOfScope,
        _ when Requests.Count == 0 => Intents.OutOfScope,
        _ => V1Label(Requests[0]),
    };

    public static string V1Label(QueryRequest r) => r switch
    {
        { Operation: QueryOperation.Compare or QueryOperation.ExplainChange } => Intents.PayComparison,
        { Operation: QueryOperation.Total or QueryOperation.Average, Period.Kind: PeriodKind.Year or PeriodKind.YearToDate } => Intents.YtdSummary,
        { Measure: Measures.Net } => Intents.NetPay,
        { Measure: Measures.Gross } => Intents.GrossPay,
        { Measure: Measures.PaymentDate } => Intents.PaymentDate,
        { Measure: Measures.Payslip } => Intents.PayslipSummary,
        var x when Measures.IsEarning(x.Measure) => Intents.GrossPay,
        var x when Measures.IsProfile(x.Measure) => Intents.ProfileInfo,
        _ => Intents.Deductions,
    };
}
