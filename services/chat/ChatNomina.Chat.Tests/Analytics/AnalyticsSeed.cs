using System.Text.Json;
using ChatNomina.Chat.Apis;
using ChatNomina.Chat.Data;
using ChatNomina.Chat.Queries;
using ChatNomina.Chat.Storage;

namespace ChatNomina.Chat.Tests.Analytics;

/// <summary>
/// A kind of stored exchange, written the way the pipeline stores it (the query as the pipeline
/// serializes it, sources, fallback), with what the analytics must make of it, stated by hand: whether
/// it is out of scope, why it counts as unanswered, and which measures and operations it asked for.
/// </summary>
public sealed record ExchangeCase(
    string Name,
    PayrollQuery? Query,
    string? Intent,
    string? Fallback,
    bool HasSources,
    bool OutOfScope,
    string? Reason,
    string[] Measures,
    string[] Operations);

/// <summary>One seeded exchange and the case it was made from.</summary>
public sealed record SeededExchange(ChatExchange Row, ExchangeCase Case)
{
    public DateOnly Date => DateOnly.FromDateTime(Row.CreatedAt.UtcDateTime);
}

/// <summary>
/// Exchanges of several users over ten days (one day left empty) plus rows just outside the range, drawn
/// with a fixed seed from <see cref="Cases"/>, with random languages, answer times and feedback.
/// </summary>
public static class AnalyticsSeed
{
    // Years before any test runs, so the rows that test the default range (the last 30 days) never fall in it.
    public static readonly DateOnly From = new(2020, 3, 1);
    public static readonly DateOnly To = new(2020, 3, 10);
    public static readonly DateOnly EmptyDay = new(2020, 3, 5);

    private const string PayslipSource = """[{"type":"payslip","year":2026,"month":3,"href":"/api/payroll/payslips/2026/3"}]""";

    private static readonly Period March = new(2026, 3);
    private static readonly Period February = new(2026, 2);

    private static QueryRequest Ask(string measure, QueryOperation operation = QueryOperation.Value) =>
        new(measure, operation, QueryPeriod.Month(March));

    private static PayrollQuery Question(params QueryRequest[] requests) => new() { Act = ConversationAct.None, Requests = requests };

    private static PayrollQuery Act(ConversationAct act, params QueryRequest[] requests) => new() { Act = act, Requests = requests };

    public static readonly ExchangeCase[] Cases =
    [
        new("net pay answered", Question(Ask(Measures.Net)), "net_pay", null, true, false, null, ["net_pay"], ["value"]),
        new("two measures answered", Question(Ask(Measures.Net), Ask(Measures.Deduction("irpf"))), "net_pay", null, true, false, null,
            ["net_pay", "deduction:irpf"], ["value"]),
        new("comparison", Question(new QueryRequest(Measures.Net, QueryOperation.Compare, QueryPeriod.Month(March), QueryPeriod.Month(February))),
            "pay_comparison", null, true, false, null, ["net_pay"], ["compare"]),
        new("why it changed", Question(new QueryRequest(Measures.Gross, QueryOperation.ExplainChange, QueryPeriod.Month(March), QueryPeriod.Month(February))),
            "pay_comparison", null, true, false, null, ["gross_pay"], ["explain_change"]),
        new("year total and breakdown", Question(new QueryRequest(Measures.Deduction("irpf"), QueryOperation.Total, QueryPeriod.Year(2025)),
                new QueryRequest(Measures.TotalDeductions, QueryOperation.Breakdown, QueryPeriod.Month(March))),
            "ytd_summary", null, true, false, null, ["deduction:irpf", "total_deductions"], ["total", "breakdown"]),
        new("no payslip for that month", Question(Ask(Measures.Net)), "net_pay", null, false, false, "no_data", ["net_pay"], ["value"]),
        new("unclear", Act(ConversationAct.Unclear), "out_of_scope", "low_confidence", false, false, "unclear", [], []),
        new("out of scope", Act(ConversationAct.OutOfScope), "out_of_scope", null, false, true, null, [], []),
        new("someone else", Act(ConversationAct.SomeoneElse, Ask(Measures.Net)), "net_pay", null, false, false, null, ["net_pay"], ["value"]),
        new("greeting", Act(ConversationAct.Greeting), "greeting", null, false, false, null, [], []),
        new("workers timed out", null, null, "inference_timeout", false, false, "assistant_busy", [], []),
        new("circuit open", null, null, "circuit_open", false, false, "assistant_busy", [], []),
        new("payroll unavailable", Question(Ask(Measures.PaymentDate)), "payment_date", "data_unavailable", false, false, "data_unavailable",
            ["payment_date"], ["value"]),
        new("template answered", Question(Ask(Measures.Net)), "net_pay", "generation_invalid", true, false, null, ["net_pay"], ["value"]),
        new("v1 comparison", null, "pay_comparison", null, true, false, null, ["net_pay"], ["compare"]),
        new("v1 gross without payslip", null, "gross_pay", null, false, false, "no_data", ["gross_pay"], ["value"]),
        new("v1 out of scope", null, "out_of_scope", null, false, true, null, [], []),
        new("in English please", Act(ConversationAct.LanguageSwitch, Ask(Measures.Net)), "net_pay", null, true, false, null, ["net_pay"], ["value"]),
        new("department", Question(new QueryRequest(Measures.Profile("department"), QueryOperation.Value, QueryPeriod.None)),
            "profile_info", null, true, false, null, ["profile:department"], ["value"]),
    ];

    /// <summary>Users, conversations and exchanges (in range and just outside it), stored in <paramref name="db"/>.</summary>
    public static async Task<List<SeededExchange>> StoreAsync(ChatDbContext db)
    {
        var random = new Random(20);
        var users = Enumerable.Range(0, 5).Select(_ => Guid.NewGuid()).ToArray();
        var conversations = users.SelectMany(u => Enumerable.Range(0, 2).Select(_ => new Conversation
        {
            Id = Guid.NewGuid(), UserId = u, CreatedAt = Midnight(From), UpdatedAt = Midnight(To),
        })).ToArray();
        db.Conversations.AddRange(conversations);

        var days = Enumerable.Range(0, To.DayNumber - From.DayNumber + 1).Select(From.AddDays).Where(d => d != EmptyDay).ToArray();
        var times = new List<DateTimeOffset>();
        for (var i = 0; i < 300; i++)
        {
            // Whole seconds plus i microseconds: every time differs, so "newest first" has one order.
            var day = days[random.Next(days.Length)];
            times.Add(Midnight(day).AddSeconds(random.Next(86_400)).AddTicks(i * 10));
        }
        // The range's edges: its first and last microsecond are in it, the ones just outside are not.
        times.Add(Midnight(From));
        times.Add(Midnight(To.AddDays(1)).AddTicks(-10));
        times.Add(Midnight(From).AddTicks(-10));
        times.Add(Midnight(To.AddDays(1)));

        var seeded = new List<SeededExchange>();
        foreach (var (at, i) in times.Select((t, i) => (t, i)))
        {
            var @case = i < Cases.Length ? Cases[i] : Cases[random.Next(Cases.Length)];
            var conversation = conversations[random.Next(conversations.Length)];
            var rating = random.Next(10) switch { < 2 => "down", < 4 => "up", _ => null };
            var row = new ChatExchange
            {
                Id = Guid.NewGuid(),
                ConversationId = conversation.Id,
                UserId = conversation.UserId,
                CreatedAt = at,
                Message = $"pregunta {i}: {@case.Name} ¿cuánto cobré en marzo? 1.234,56",
                Language = random.Next(3) == 0 ? "en" : "es",
                Answer = "respuesta con 2.345,67 €",
                Intent = @case.Intent,
                Confidence = @case.Query is null ? null : 0.9,
                Entities = "[]",
                Context = "{}",
                Sources = @case.HasSources ? PayslipSource : "[]",
                Query = @case.Query is null ? null : JsonSerializer.Serialize(@case.Query, ChatJsonContext.Default.PayrollQuery),
                TraceId = Guid.NewGuid().ToString("N"),
                Fallback = @case.Fallback,
                DurationMs = random.Next(5, 3000),
                FeedbackRating = rating,
                FeedbackComment = rating is not null && random.Next(2) == 0 ? $"comentario {i}: {(rating == "down" ? "no es correcto" : "genial")}" : null,
                FeedbackAt = rating is null ? null : at.AddMinutes(1),
            };
            db.Exchanges.Add(row);
            seeded.Add(new SeededExchange(row, @case));
        }
        await db.SaveChangesAsync();
        return seeded;
    }

    /// <summary>
    /// Three answered questions around the default range (the 30 days ending <paramref name="today"/>):
    /// today and the first microsecond of its first day are in it, the last microsecond before it is not.
    /// </summary>
    public static async Task<List<SeededExchange>> StoreRecentAsync(ChatDbContext db, DateOnly today)
    {
        var conversation = new Conversation { Id = Guid.NewGuid(), UserId = Guid.NewGuid(), CreatedAt = Midnight(today.AddDays(-30)), UpdatedAt = Midnight(today) };
        db.Conversations.Add(conversation);
        var first = today.AddDays(-29);
        var seeded = new[] { Midnight(today), Midnight(first), Midnight(first).AddTicks(-10) }.Select((at, i) => new SeededExchange(new ChatExchange
        {
            Id = Guid.NewGuid(), ConversationId = conversation.Id, UserId = conversation.UserId, CreatedAt = at,
            Message = $"reciente {i}", Language = "es", Answer = "respuesta", Intent = "net_pay", Confidence = 0.9,
            Entities = "[]", Context = "{}", Sources = PayslipSource,
            Query = JsonSerializer.Serialize(Question(Ask(Measures.Net)), ChatJsonContext.Default.PayrollQuery),
            DurationMs = 100 + i,
        }, Cases[0])).ToList();
        db.Exchanges.AddRange(seeded.Select(s => s.Row));
        await db.SaveChangesAsync();
        return seeded;
    }

    public static DateTimeOffset Midnight(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
