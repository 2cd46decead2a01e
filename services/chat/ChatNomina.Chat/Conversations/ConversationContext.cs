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
    public Queries.PayrollQuery? Query { get; init; }

    /// <summary>The measures talked about before the last query's, so "how much of each?" has both.</summary>
    public IReadOnlyList<string>? EarlierMeasures { get; init; }

    /// <summary>What a refused question about someone else asked, never executed: "ok, what about me?" asks it about the user.</summary>
    public Queries.PayrollQuery? Refused { get; init; }

    /// <summary>The period talked about before the last query's, so "the difference between the two" has both.</summary>
    public Queries.QueryPeriod? EarlierPeriod { get; init; }

    /// <summary>The language of the conversation's last message ("es" or "en").</summary>
    public string Language { get; init; } = "es";
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
