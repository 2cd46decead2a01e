using ChatNomina.Chat.Answers;
using ChatNomina.Chat.Conversations;
using ChatNomina.Chat.Queries;

namespace ChatNomina.Chat.Storage;

/// <summary>
/// What HR's analytics count, decided once per exchange by PostgreSQL when the exchange is stored:
/// stored generated columns of <c>chat.messages</c> (the pipeline writes nothing more), read through
/// the covering index <see cref="Index"/>, so an aggregate over a range of days reads a narrow index
/// instead of the rows with their texts and JSON. The expressions are SQL over the row's own columns
/// (no alias); changing one is a migration.
/// </summary>
public static class ExchangeAnalytics
{
    public const string Index = "ix_messages_analytics";

    /// <summary>A clarifying question: the message was not understood.</summary>
    public const string Unclear = "unclear";

    /// <summary>A question about the user's own data answered without any: no payslip for that period.</summary>
    public const string NoData = "no_data";

    /// <summary>Payroll or users did not answer.</summary>
    public const string DataUnavailable = "data_unavailable";

    /// <summary>The workers did not answer (timeout, open circuit, error): "assistant busy".</summary>
    public const string AssistantBusy = "assistant_busy";

    private static readonly string DataIntents =
        string.Join(", ", Intents.PayrollIntents.Append(Intents.ProfileInfo).Order(StringComparer.Ordinal).Select(i => $"'{i}'"));

    /// <summary>
    /// Why the exchange counts as unanswered (<see cref="Unclear"/>, <see cref="DataUnavailable"/>,
    /// <see cref="AssistantBusy"/>, <see cref="NoData"/>), or NULL. No data: a payroll or profile question
    /// (the stored query's act is none or a language switch and it has a request; without a stored
    /// query, a v1 data intent) answered without a fallback and without any source. A refusal (someone
    /// else's data), small talk and out-of-scope answers are answers.
    /// </summary>
    public static readonly string UnansweredReasonSql = $"""
        CASE WHEN fallback = '{FallbackReason.LowConfidence.Wire()}' OR query->>'act' = '{nameof(ConversationAct.Unclear)}' THEN '{Unclear}'
             WHEN fallback = '{FallbackReason.DataUnavailable.Wire()}' THEN '{DataUnavailable}'
             WHEN fallback IN ('{FallbackReason.InferenceTimeout.Wire()}', '{FallbackReason.CircuitOpen.Wire()}', '{FallbackReason.InferenceError.Wire()}') THEN '{AssistantBusy}'
             WHEN fallback IS NULL AND sources = '[]'::jsonb
                  AND (query->>'act' IN ('{nameof(ConversationAct.None)}', '{nameof(ConversationAct.LanguageSwitch)}') AND query->'requests'->0 IS NOT NULL
                       OR query IS NULL AND intent IN ({DataIntents})) THEN '{NoData}'
        END
        """;

    /// <summary>Out of scope: the stored query's act; without a stored query, the v1 intent.</summary>
    public static readonly string OutOfScopeSql =
        $"COALESCE(query->>'act' = '{nameof(ConversationAct.OutOfScope)}', intent = '{Intents.OutOfScope}', false)";

    /// <summary>
    /// The measures asked (<c>chat.asked_measures</c>, created by the migration <c>ChatAnalytics</c>): the
    /// distinct measures of the stored query's requests; without a stored query, the v1 intent's
    /// (net_pay → net_pay, deductions → total_deductions, pay_comparison → net_pay, ytd_summary → payslip,
    /// profile_info → profile, …).
    /// </summary>
    public const string AskedMeasuresSql = "chat.asked_measures(query, intent)";

    /// <summary>The operations asked (<c>chat.asked_operations</c>), snake_case (<c>explain_change</c>); without a stored query, the v1 intent's.</summary>
    public const string AskedOperationsSql = "chat.asked_operations(query, intent)";
}
