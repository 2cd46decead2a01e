using ChatNomina.Chat.Storage;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ChatNomina.Chat.Analytics;

/// <summary>
/// HR's figures about the chat, aggregated by PostgreSQL over the stored exchanges of a range of days:
/// SQL returns counts, never rows of messages, except the page of questions to improve, which carries
/// no identity. What an exchange counts as (unanswered and why, out of scope, the measures and
/// operations asked) is decided when it is stored (<see cref="ExchangeAnalytics"/>' generated columns),
/// and the aggregates read the covering index <see cref="ExchangeAnalytics.Index"/> (index-only wherever
/// autovacuum has marked the pages all-visible). The summary's three scans run at once on their own
/// connections, so a message stored meanwhile may show in one of its figures and not another.
/// </summary>
public sealed class ChatAnalytics(IDbContextFactory<ChatDbContext> contexts)
{
    private const string InRange = "m.created_at >= @start AND m.created_at < @end";

    /// <summary>The counts and nearest-rank answer-time percentiles of a set of exchanges.</summary>
    private const string CountsSql = """
        count(*)::int AS "Messages",
        count(*) FILTER (WHERE m.fallback IS NOT NULL)::int AS "Fallbacks",
        count(*) FILTER (WHERE m.out_of_scope)::int AS "OutOfScope",
        count(*) FILTER (WHERE m.unanswered_reason IS NOT NULL)::int AS "Unanswered",
        count(*) FILTER (WHERE m.feedback_rating = 'up')::int AS "ThumbsUp",
        count(*) FILTER (WHERE m.feedback_rating = 'down')::int AS "ThumbsDown",
        percentile_disc(0.5) WITHIN GROUP (ORDER BY m.duration_ms) AS "P50Ms",
        percentile_disc(0.95) WITHIN GROUP (ORDER BY m.duration_ms) AS "P95Ms"
        """;

    private const string TotalsSql = $"SELECT {CountsSql} FROM chat.messages m WHERE {InRange}";

    /// <summary>Messages per language, fallback reason and v1 intent, in one pass.</summary>
    private const string DimensionsSql = $"""
        SELECT CASE WHEN GROUPING(m.language) = 0 THEN 'language'
                    WHEN GROUPING(m.fallback) = 0 THEN 'fallback'
                    ELSE 'intent' END AS "Dimension",
               COALESCE(m.language, m.fallback, m.intent) AS "Key",
               count(*)::int AS "Count"
        FROM chat.messages m WHERE {InRange}
        GROUP BY GROUPING SETS ((m.language), (m.fallback), (m.intent))
        """;

    /// <summary>Messages per measure and per operation asked (a message counts once under each it asked).</summary>
    private const string AskedSql = $"""
        SELECT a.dimension AS "Dimension", a.key AS "Key", count(*)::int AS "Count"
        FROM chat.messages m
        CROSS JOIN LATERAL (SELECT 'measure', unnest(m.asked_measures)
                            UNION ALL SELECT 'operation', unnest(m.asked_operations)) AS a(dimension, key)
        WHERE {InRange}
        GROUP BY a.dimension, a.key
        """;

    private const string DailySql = $"""
        SELECT (m.created_at AT TIME ZONE 'UTC')::date AS "Date", {CountsSql}
        FROM chat.messages m WHERE {InRange}
        GROUP BY 1
        """;

    private static readonly Dictionary<QuestionKind, string> QuestionFilters = new()
    {
        [QuestionKind.All] = "(m.unanswered_reason IS NOT NULL OR m.feedback_rating = 'down')",
        [QuestionKind.Unanswered] = "m.unanswered_reason IS NOT NULL",
        [QuestionKind.ThumbsDown] = "m.feedback_rating = 'down'",
    };

    private static readonly Dictionary<QuestionKind, string> QuestionCountSql = QuestionFilters.ToDictionary(
        f => f.Key, f => $"""SELECT count(*)::int AS "Value" FROM chat.messages m WHERE {InRange} AND {f.Value}""");

    private static readonly Dictionary<QuestionKind, string> QuestionPageSql = QuestionFilters.ToDictionary(f => f.Key, f => $"""
        SELECT (m.created_at AT TIME ZONE 'UTC')::date AS "Date", m.message AS "Question", m.language AS "Language",
               m.intent AS "Intent", m.unanswered_reason AS "Reason", m.fallback AS "Fallback",
               m.feedback_rating AS "Rating", m.feedback_comment AS "Comment"
        FROM chat.messages m
        WHERE {InRange} AND {f.Value}
        ORDER BY m.created_at DESC, m.id DESC
        LIMIT @limit OFFSET @offset
        """);

    public async Task<AnalyticsSummary> SummaryAsync(AnalyticsRange range, CancellationToken ct)
    {
        // Three independent scans of the range, at once, each on its own connection.
        var totalsQuery = QueryAsync(db => db.Database.SqlQueryRaw<CountsRow>(TotalsSql, Parameters(range)).SingleAsync(ct), ct);
        var dimensionsQuery = QueryAsync(db => db.Database.SqlQueryRaw<DimensionRow>(DimensionsSql, Parameters(range)).ToListAsync(ct), ct);
        var askedQuery = QueryAsync(db => db.Database.SqlQueryRaw<DimensionRow>(AskedSql, Parameters(range)).ToListAsync(ct), ct);
        await Task.WhenAll(totalsQuery, dimensionsQuery, askedQuery);
        var totals = await totalsQuery;
        List<DimensionRow> dimensions = [.. await dimensionsQuery, .. await askedQuery];

        var n = totals.Messages;
        return new AnalyticsSummary(
            range.From, range.To, n,
            Counts(dimensions, "language", n),
            Counts(dimensions, "intent", n),
            Counts(dimensions, "measure", n),
            Counts(dimensions, "operation", n),
            new FallbackShares(totals.Fallbacks, Share(totals.Fallbacks, n), Counts(dimensions, "fallback", n)),
            new AnalyticsShare(totals.OutOfScope, Share(totals.OutOfScope, n)),
            new AnalyticsShare(totals.Unanswered, Share(totals.Unanswered, n)),
            new FeedbackCounts(totals.ThumbsUp, totals.ThumbsDown, totals.ThumbsUp + totals.ThumbsDown,
                Share(totals.ThumbsUp, totals.ThumbsUp + totals.ThumbsDown)),
            new AnswerTimes(totals.P50Ms, totals.P95Ms));
    }

    public async Task<AnalyticsDaily> DailyAsync(AnalyticsRange range, CancellationToken ct)
    {
        var rows = await QueryAsync(db => db.Database.SqlQueryRaw<DayRow>(DailySql, Parameters(range)).ToListAsync(ct), ct);
        var byDate = rows.ToDictionary(r => r.Date);
        var days = new List<AnalyticsDay>(range.Days);
        for (var date = range.From; date <= range.To; date = date.AddDays(1))
        {
            days.Add(byDate.TryGetValue(date, out var r)
                ? new AnalyticsDay(date, r.Messages, r.Fallbacks, r.OutOfScope, r.Unanswered, r.ThumbsUp, r.ThumbsDown, r.P50Ms, r.P95Ms)
                : new AnalyticsDay(date, 0, 0, 0, 0, 0, 0, null, null));
        }
        return new AnalyticsDaily(range.From, range.To, days);
    }

    /// <summary>The questions to improve, newest first (page <paramref name="page"/> of <paramref name="limit"/>).</summary>
    public async Task<QuestionsPage> QuestionsAsync(AnalyticsRange range, QuestionKind kind, int page, int limit, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var total = await db.Database.SqlQueryRaw<int>(QuestionCountSql[kind], Parameters(range)).SingleAsync(ct);
        // In long: (page - 1) * limit overflows int for huge pages; a page past the last row is empty without asking.
        var offset = (long)(page - 1) * limit;
        var items = offset >= total
            ? []
            : await db.Database.SqlQueryRaw<QuestionToImprove>(QuestionPageSql[kind],
                [.. Parameters(range), new NpgsqlParameter("limit", limit), new NpgsqlParameter("offset", offset)]).ToListAsync(ct);
        return new QuestionsPage(range.From, range.To, page, limit, total, items);
    }

    private async Task<T> QueryAsync<T>(Func<ChatDbContext, Task<T>> query, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await query(db);
    }

    // A parameter belongs to one command: each query gets its own.
    private static NpgsqlParameter[] Parameters(AnalyticsRange range) =>
        [new("start", range.Start), new("end", range.End)];

    /// <summary>One dimension's counts (rows without a key are not counted), most first, then by key so the order is stable.</summary>
    private static List<AnalyticsCount> Counts(List<DimensionRow> rows, string dimension, int messages) =>
        [.. rows.Where(r => r.Dimension == dimension && r.Key is not null)
            .OrderByDescending(r => r.Count).ThenBy(r => r.Key, StringComparer.Ordinal)
            .Select(r => new AnalyticsCount(r.Key!, r.Count, Share(r.Count, messages)))];

    private static double? Share(int count, int of) => of == 0 ? null : (double)count / of;

    private sealed record CountsRow(int Messages, int Fallbacks, int OutOfScope, int Unanswered, int ThumbsUp, int ThumbsDown, int? P50Ms, int? P95Ms);

    private sealed record DayRow(DateOnly Date, int Messages, int Fallbacks, int OutOfScope, int Unanswered, int ThumbsUp, int ThumbsDown, int? P50Ms, int? P95Ms);

    private sealed record DimensionRow(string Dimension, string? Key, int Count);
}
