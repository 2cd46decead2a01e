using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using ChatNomina.ServiceDefaults.Authentication;
using ChatNomina.Testing;
using Npgsql;

namespace ChatNomina.Bench.ChatAnalytics;

/// <summary>
/// The HR analytics routes over a scratch database of stored exchanges (default 100,000 over the last
/// 90 days): each route is called in-process (the chat's handlers, EF Core and PostgreSQL; no network,
/// no gateway) a number of times in a row after a warm-up, and its p50/p95 printed. Twice: right after
/// the bulk load (no page all-visible yet, so PostgreSQL reads the rows) and after a VACUUM (as autovacuum
/// keeps a table that grows by inserts: the covering index answers alone). Nothing is asserted. The
/// database is created by the chat's migrations and dropped at the end.
/// </summary>
public static class AnalyticsBench
{
    /// <param name="args">[messages to store (100000)] [calls per route (100)] [--keep: leave the database for EXPLAIN]</param>
    public static async Task Main(string[] args)
    {
        var numbers = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray();
        var messages = numbers.Length > 0 ? int.Parse(numbers[0], CultureInfo.InvariantCulture) : 100_000;
        var iterations = numbers.Length > 1 ? int.Parse(numbers[1], CultureInfo.InvariantCulture) : 100;
        var keep = args.Contains("--keep");

        var factory = new BenchChatFactory();
        var lifetime = (Xunit.IAsyncLifetime)factory;
        await lifetime.InitializeAsync();
        try
        {
            var now = DateTimeOffset.UtcNow;
            var database = TestEnvironment.PostgresDatabase(factory.DatabaseName);
            var seeding = Stopwatch.StartNew();
            await ExchangeSeed.CopyAsync(database, messages, now);
            // First as right after a bulk load: planner statistics, but no page marked all-visible yet
            // (autovacuum held off), so the covering index cannot answer alone.
            await ExecuteAsync(database, "ALTER TABLE chat.messages SET (autovacuum_enabled = false)");
            await ExecuteAsync(database, "ANALYZE chat.messages");
            Console.WriteLine($"seeded {messages:N0} exchanges (2,000 users, 90 days) in {seeding.Elapsed.TotalSeconds:0.0} s; database {factory.DatabaseName}");

            using var hr = factory.CreateClientFor(Guid.NewGuid(), ChatNominaRoles.Hr);
            var today = DateOnly.FromDateTime(now.UtcDateTime);
            var year = $"from={today.AddDays(-365):yyyy-MM-dd}&to={today:yyyy-MM-dd}";
            (string Name, string Url)[] cases =
            [
                ("summary, last 30 days", "/api/chat/analytics/summary"),
                ("summary, 366 days", $"/api/chat/analytics/summary?{year}"),
                ("daily, last 30 days", "/api/chat/analytics/daily"),
                ("daily, 366 days", $"/api/chat/analytics/daily?{year}"),
                ("questions p1 x50, last 30 days", "/api/chat/analytics/questions"),
                ("questions p1 x100, 366 days", $"/api/chat/analytics/questions?{year}&limit=100"),
                ("questions p20 x100, 366 days", $"/api/chat/analytics/questions?{year}&limit=100&page=20"),
                ("questions thumbs_down, 366 days", $"/api/chat/analytics/questions?{year}&kind=thumbs_down&limit=100"),
            ];
            var counts = new List<int>();
            foreach (var (_, url) in cases)
            {
                counts.Add(await MessagesInRangeAsync(hr, url));
            }
            var fresh = new List<List<double>>();
            foreach (var (_, url) in cases)
            {
                fresh.Add(await TimeAsync(hr, url, iterations));
            }
            // Then as autovacuum keeps a table that grows by inserts: pages all-visible, index-only scans.
            await ExecuteAsync(database, "VACUUM (ANALYZE) chat.messages");
            await ExecuteAsync(database, "ALTER TABLE chat.messages RESET (autovacuum_enabled)");
            var vacuumed = new List<List<double>>();
            foreach (var (_, url) in cases)
            {
                vacuumed.Add(await TimeAsync(hr, url, iterations));
            }

            Console.WriteLine();
            Console.WriteLine($"## Chat analytics routes (HR), {messages:N0} stored exchanges, {iterations} calls each in a row, in-process, ms");
            Console.WriteLine("(bulk-loaded: before any vacuum, no page all-visible; vacuumed: as autovacuum keeps the table)");
            Console.WriteLine($"| {"case",-34} | {"messages",9} | {"bulk-loaded p50",15} | {"p95",7} | {"vacuumed p50",12} | {"p95",7} | {"max",7} |");
            Console.WriteLine($"| {"---",-34} | {"---",9} | {"---",15} | {"---",7} | {"---",12} | {"---",7} | {"---",7} |");
            for (var i = 0; i < cases.Length; i++)
            {
                Console.WriteLine($"| {cases[i].Name,-34} | {counts[i],9:N0} | {Rank(fresh[i], 0.5),15:0.0} | {Rank(fresh[i], 0.95),7:0.0} " +
                    $"| {Rank(vacuumed[i], 0.5),12:0.0} | {Rank(vacuumed[i], 0.95),7:0.0} | {vacuumed[i][^1],7:0.0} |");
            }
        }
        finally
        {
            if (keep)
            {
                Console.WriteLine($"kept database {factory.DatabaseName} (drop it when done)");
                await factory.DisposeAsync();
            }
            else
            {
                await lifetime.DisposeAsync();
            }
        }
    }

    /// <summary>A few calls to warm up, then <paramref name="iterations"/> timed ones in a row, sorted.</summary>
    private static async Task<List<double>> TimeAsync(HttpClient client, string url, int iterations)
    {
        for (var i = 0; i < 5; i++)
        {
            await CallAsync(client, url);
        }
        var times = new List<double>(iterations);
        for (var i = 0; i < iterations; i++)
        {
            times.Add(await CallAsync(client, url));
        }
        times.Sort();
        return times;
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<double> CallAsync(HttpClient client, string url)
    {
        var started = Stopwatch.GetTimestamp();
        using var response = await client.GetAsync(url);
        await response.Content.ReadAsByteArrayAsync();
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"GET {url} answered {(int)response.StatusCode}");
        }
        return elapsed;
    }

    /// <summary>The range's message count, from the summary route of the same range.</summary>
    private static async Task<int> MessagesInRangeAsync(HttpClient client, string url)
    {
        var query = url.Contains('?', StringComparison.Ordinal) ? url[url.IndexOf('?', StringComparison.Ordinal)..] : "";
        var range = string.Join('&', query.TrimStart('?').Split('&').Where(p => p.StartsWith("from=", StringComparison.Ordinal) || p.StartsWith("to=", StringComparison.Ordinal)));
        using var summary = JsonDocument.Parse(await client.GetStringAsync($"/api/chat/analytics/summary?{range}"));
        return summary.RootElement.GetProperty("messages").GetInt32();
    }

    private static double Rank(List<double> sorted, double p) => sorted[Math.Max(1, (int)Math.Ceiling(p * sorted.Count)) - 1];
}
