namespace ChatNomina.Chat.Analytics;

// What the HR analytics routes answer. Aggregates only: no user, conversation or message id, no
// name and no exact time anywhere; the one free text is the question (and the feedback comment) in
// the list of questions to improve, without who wrote it.

/// <summary>A count of messages with a key and its share of all messages in the range (null when there are none).</summary>
public sealed record AnalyticsCount(string Key, int Count, double? Share);

/// <summary>How many messages are of a kind, and their share of all messages in the range (null when there are none).</summary>
public sealed record AnalyticsShare(int Count, double? Share);

/// <summary>Fallback answers: all of them and per reason (the chat's wire names, e.g. <c>inference_timeout</c>).</summary>
public sealed record FallbackShares(int Count, double? Share, IReadOnlyList<AnalyticsCount> ByReason);

/// <summary>Thumbs up/down given to the messages of the range; <c>UpRate</c> is up / (up + down), null without ratings.</summary>
public sealed record FeedbackCounts(int Up, int Down, int Rated, double? UpRate);

/// <summary>
/// Answer time in milliseconds, as the chat stores it per message (from the message's arrival to the
/// answer ready to store: validation, understanding, data, generation and checks; not the network to
/// the client). Nearest-rank percentiles; null without messages.
/// </summary>
public sealed record AnswerTimes(int? P50Ms, int? P95Ms);

/// <summary>
/// The range's figures. <c>Measures</c> and <c>Operations</c> count messages (a message asking for two
/// measures counts once under each), read from the stored understood query, or from the v1 intent of
/// a message stored without one; <c>Intents</c> are the v1 labels.
/// </summary>
public sealed record AnalyticsSummary(
    DateOnly From,
    DateOnly To,
    int Messages,
    IReadOnlyList<AnalyticsCount> Languages,
    IReadOnlyList<AnalyticsCount> Intents,
    IReadOnlyList<AnalyticsCount> Measures,
    IReadOnlyList<AnalyticsCount> Operations,
    FallbackShares Fallbacks,
    AnalyticsShare OutOfScope,
    AnalyticsShare Unanswered,
    FeedbackCounts Feedback,
    AnswerTimes AnswerTime);

/// <summary>One UTC day of the range (days without messages are there, with zeros).</summary>
public sealed record AnalyticsDay(
    DateOnly Date,
    int Messages,
    int Fallbacks,
    int OutOfScope,
    int Unanswered,
    int ThumbsUp,
    int ThumbsDown,
    int? P50Ms,
    int? P95Ms);

public sealed record AnalyticsDaily(DateOnly From, DateOnly To, IReadOnlyList<AnalyticsDay> Days);

/// <summary>
/// A question to improve: one the assistant could not answer (<c>Reason</c>: <c>unclear</c>,
/// <c>no_data</c>, <c>data_unavailable</c>, <c>assistant_busy</c>) or that got a thumbs-down
/// (<c>Rating</c> <c>down</c>; <c>Reason</c> null when it was answered). <c>Question</c> is the message
/// exactly as the employee wrote it, so it may hold whatever they typed; who wrote it is not returned,
/// nor the answer (it may hold their pay), nor the exact time (the UTC day only).
/// </summary>
public sealed record QuestionToImprove(
    DateOnly Date,
    string Question,
    string Language,
    string? Intent,
    string? Reason,
    string? Fallback,
    string? Rating,
    string? Comment);

/// <summary>A page of questions to improve, newest first; <c>Total</c> counts every page.</summary>
public sealed record QuestionsPage(DateOnly From, DateOnly To, int Page, int Limit, int Total, IReadOnlyList<QuestionToImprove> Items);

/// <summary>Which questions to list.</summary>
public enum QuestionKind
{
    /// <summary>Unanswered or thumbed down.</summary>
    All,
    Unanswered,
    ThumbsDown,
}
