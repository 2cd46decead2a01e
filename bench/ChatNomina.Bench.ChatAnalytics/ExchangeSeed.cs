using System.Text.Json;
using ChatNomina.Chat.Apis;
using ChatNomina.Chat.Data;
using ChatNomina.Chat.Queries;
using Npgsql;
using NpgsqlTypes;

namespace ChatNomina.Bench.ChatAnalytics;

/// <summary>
/// Stored exchanges as the pipeline writes them, in a plausible mix (mostly answered questions, some
/// multi-part, comparisons and year totals; no-data, unclear, out-of-scope, small talk, busy and
/// template answers; 6 % thumbs up, 3 % down, some with comments), spread over the last 90 days for
/// 2,000 users, written with binary COPY (fixed seed).
/// </summary>
public static class ExchangeSeed
{
    private const int Users = 2_000;
    private const int ConversationsPerUser = 10;
    private const int Days = 90;

    private sealed record Kind(int Weight, string? Intent, string? Fallback, bool Sources, PayrollQuery? Query, string Es, string En);

    private static readonly Period Month = new(2026, 3);

    private static PayrollQuery Ask(params QueryRequest[] requests) => new() { Act = ConversationAct.None, Requests = requests };

    private static QueryRequest Value(string measure) => new(measure, QueryOperation.Value, QueryPeriod.Month(Month));

    private static readonly Kind[] Kinds =
    [
        new(40, "net_pay", null, true, Ask(Value(Measures.Net)), "¿cuánto cobré neto en marzo?", "what was my net pay in March?"),
        new(10, "deductions", null, true, Ask(Value(Measures.Deduction("irpf"))), "¿cuánto IRPF me retuvieron?", "how much income tax was withheld?"),
        new(5, "payment_date", null, true, Ask(Value(Measures.PaymentDate)), "¿cuándo cobro?", "when do I get paid?"),
        new(5, "net_pay", null, true, Ask(Value(Measures.Net), Value(Measures.Gross)), "neto y bruto de marzo", "net and gross for March"),
        new(5, "pay_comparison", null, true,
            Ask(new QueryRequest(Measures.Net, QueryOperation.Compare, QueryPeriod.Month(Month), QueryPeriod.Month(new Period(2026, 2)))),
            "compara marzo con febrero", "compare March with February"),
        new(5, "ytd_summary", null, true, Ask(new QueryRequest(Measures.Gross, QueryOperation.Total, QueryPeriod.Year(2025))),
            "¿cuánto gané en 2025?", "how much did I earn in 2025?"),
        new(5, "net_pay", null, false, Ask(Value(Measures.Net)), "¿cuánto cobré en marzo de 2019?", "net pay for March 2019?"),
        new(5, "out_of_scope", "low_confidence", false, new PayrollQuery { Act = ConversationAct.Unclear }, "¿y lo otro?", "and the other thing?"),
        new(6, "out_of_scope", null, false, new PayrollQuery { Act = ConversationAct.OutOfScope }, "¿qué tiempo hace?", "what's the weather?"),
        new(6, "greeting", null, false, new PayrollQuery { Act = ConversationAct.Greeting }, "hola", "hi"),
        new(1, "net_pay", null, false, new PayrollQuery { Act = ConversationAct.SomeoneElse, Requests = [Value(Measures.Net)] },
            "¿cuánto cobra mi jefe?", "how much does my boss earn?"),
        new(3, null, "inference_timeout", false, null, "¿cuánto cobré?", "how much did I get?"),
        new(1, "net_pay", "data_unavailable", false, Ask(Value(Measures.Net)), "mi neto de marzo", "my March net pay"),
        new(3, "net_pay", "generation_invalid", true, Ask(Value(Measures.Net)), "neto de marzo", "March net pay"),
    ];

    private const string PayslipSource = """[{"type":"payslip","year":2026,"month":3,"href":"/api/payroll/payslips/2026/3"}]""";

    public static async Task CopyAsync(string connectionString, int count, DateTimeOffset now)
    {
        var random = new Random(2026);
        var queries = Kinds.Select(k => k.Query is null ? null : JsonSerializer.Serialize(k.Query, ChatJsonContext.Default.PayrollQuery)).ToArray();
        var weights = Kinds.SelectMany((k, i) => Enumerable.Repeat(i, k.Weight)).ToArray();
        var users = Enumerable.Range(0, Users).Select(_ => Guid.NewGuid()).ToArray();
        var conversations = users.SelectMany(u => Enumerable.Range(0, ConversationsPerUser).Select(_ => (Id: Guid.NewGuid(), User: u))).ToArray();
        var start = now.AddDays(-Days);

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using (var copy = await connection.BeginBinaryImportAsync(
            "COPY chat.conversations (id, user_id, created_at, updated_at, message_count) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var (id, user) in conversations)
            {
                await copy.StartRowAsync();
                await copy.WriteAsync(id, NpgsqlDbType.Uuid);
                await copy.WriteAsync(user, NpgsqlDbType.Uuid);
                await copy.WriteAsync(start, NpgsqlDbType.TimestampTz);
                await copy.WriteAsync(now, NpgsqlDbType.TimestampTz);
                await copy.WriteAsync(count / conversations.Length, NpgsqlDbType.Integer);
            }
            await copy.CompleteAsync();
        }

        await using (var copy = await connection.BeginBinaryImportAsync("""
            COPY chat.messages (id, conversation_id, user_id, created_at, message, language, answer, intent, confidence,
                                entities, context, sources, query, trace_id, fallback, duration_ms, feedback_rating, feedback_comment, feedback_at)
            FROM STDIN (FORMAT BINARY)
            """))
        {
            for (var i = 0; i < count; i++)
            {
                var k = weights[random.Next(weights.Length)];
                var kind = Kinds[k];
                var (conversation, user) = conversations[random.Next(conversations.Length)];
                var at = start.AddSeconds(random.NextDouble() * Days * 86_400);
                at = at.AddTicks(-(at.Ticks % TimeSpan.TicksPerMicrosecond));
                var english = random.Next(10) < 3;
                var roll = random.Next(100);
                var rating = roll < 6 ? "up" : roll < 9 ? "down" : null;
                // Log-normal around 40 ms; a busy answer waits for the understanding timeout.
                var duration = kind.Fallback == "inference_timeout" ? 2_000 + random.Next(300) : (int)Math.Exp(Math.Log(40) + 0.8 * Gaussian(random));

                await copy.StartRowAsync();
                await copy.WriteAsync(Guid.CreateVersion7(at), NpgsqlDbType.Uuid);
                await copy.WriteAsync(conversation, NpgsqlDbType.Uuid);
                await copy.WriteAsync(user, NpgsqlDbType.Uuid);
                await copy.WriteAsync(at, NpgsqlDbType.TimestampTz);
                await copy.WriteAsync($"{(english ? kind.En : kind.Es)} ({i})", NpgsqlDbType.Varchar);
                await copy.WriteAsync(english ? "en" : "es", NpgsqlDbType.Varchar);
                await copy.WriteAsync(english ? "Your net pay for March 2026 was €2,456.78." : "En marzo de 2026 cobraste 2.456,78 € netos.", NpgsqlDbType.Text);
                await WriteNullableAsync(copy, kind.Intent, NpgsqlDbType.Varchar);
                if (kind.Query is null)
                {
                    await copy.WriteNullAsync();
                }
                else
                {
                    await copy.WriteAsync(0.5 + random.NextDouble() / 2, NpgsqlDbType.Double);
                }
                await copy.WriteAsync("[]", NpgsqlDbType.Jsonb);
                await copy.WriteAsync("""{"language":"es"}""", NpgsqlDbType.Jsonb);
                await copy.WriteAsync(kind.Sources ? PayslipSource : "[]", NpgsqlDbType.Jsonb);
                await WriteNullableAsync(copy, queries[k], NpgsqlDbType.Jsonb);
                await copy.WriteAsync(Guid.NewGuid().ToString("N"), NpgsqlDbType.Varchar);
                await WriteNullableAsync(copy, kind.Fallback, NpgsqlDbType.Varchar);
                await copy.WriteAsync(Math.Max(1, duration), NpgsqlDbType.Integer);
                await WriteNullableAsync(copy, rating, NpgsqlDbType.Varchar);
                await WriteNullableAsync(copy, rating is not null && random.Next(10) < 4 ? (rating == "down" ? "no es lo que pregunté" : "perfecto") : null, NpgsqlDbType.Varchar);
                if (rating is null)
                {
                    await copy.WriteNullAsync();
                }
                else
                {
                    await copy.WriteAsync(at.AddMinutes(1), NpgsqlDbType.TimestampTz);
                }
            }
            await copy.CompleteAsync();
        }

        await using var analyze = new NpgsqlCommand("ANALYZE chat.conversations;", connection);
        await analyze.ExecuteNonQueryAsync();
    }

    private static Task WriteNullableAsync(NpgsqlBinaryImporter copy, string? value, NpgsqlDbType type) =>
        value is null ? copy.WriteNullAsync() : copy.WriteAsync(value, type);

    // Box–Muller.
    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
