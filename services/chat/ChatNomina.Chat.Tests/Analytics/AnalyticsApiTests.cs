using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using ChatNomina.ServiceDefaults.Authentication;
using ChatNomina.Testing;

namespace ChatNomina.Chat.Tests.Analytics;

/// <summary>
/// HR's chat analytics against the real PostgreSQL: every figure equals what the test counts itself
/// from the exchanges it stored (several users, ten days, every kind of answer), the questions to
/// improve carry no identity, and only HR and admin get in.
/// </summary>
public sealed class AnalyticsApiTests(AnalyticsFactory factory) : IClassFixture<AnalyticsFactory>
{
    private static readonly string Range = $"from={AnalyticsSeed.From:yyyy-MM-dd}&to={AnalyticsSeed.To:yyyy-MM-dd}";

    private static readonly string[] Routes = ["summary", "daily", "questions"];

    private List<SeededExchange> InRange => [.. factory.Seeded.Where(s => s.Date >= AnalyticsSeed.From && s.Date <= AnalyticsSeed.To)];

    [Fact]
    public async Task Summary_counts_equal_the_stored_exchanges_of_the_range()
    {
        using var hr = factory.Hr();
        var summary = await GetOkAsync(hr, $"/api/chat/analytics/summary?{Range}");
        var rows = InRange;
        var n = rows.Count;
        Assert.Equal(factory.Seeded.Count - 2, n);

        Assert.Equal(AnalyticsSeed.From.ToString("yyyy-MM-dd"), summary.GetProperty("from").GetString());
        Assert.Equal(AnalyticsSeed.To.ToString("yyyy-MM-dd"), summary.GetProperty("to").GetString());
        Assert.Equal(n, summary.GetProperty("messages").GetInt32());
        AssertCounts(rows.GroupBy(r => r.Row.Language).ToDictionary(g => g.Key, g => g.Count()), summary.GetProperty("languages"), n);
        AssertCounts(rows.Where(r => r.Row.Intent is not null).GroupBy(r => r.Row.Intent!).ToDictionary(g => g.Key, g => g.Count()),
            summary.GetProperty("intents"), n);
        AssertCounts(rows.SelectMany(r => r.Case.Measures).GroupBy(m => m).ToDictionary(g => g.Key, g => g.Count()),
            summary.GetProperty("measures"), n);
        AssertCounts(rows.SelectMany(r => r.Case.Operations).GroupBy(o => o).ToDictionary(g => g.Key, g => g.Count()),
            summary.GetProperty("operations"), n);

        var fallbacks = summary.GetProperty("fallbacks");
        var withFallback = rows.Where(r => r.Row.Fallback is not null).ToList();
        Assert.Equal(withFallback.Count, fallbacks.GetProperty("count").GetInt32());
        Assert.Equal((double)withFallback.Count / n, fallbacks.GetProperty("share").GetDouble(), 12);
        AssertCounts(withFallback.GroupBy(r => r.Row.Fallback!).ToDictionary(g => g.Key, g => g.Count()), fallbacks.GetProperty("byReason"), n);

        AssertShare(rows.Count(r => r.Case.OutOfScope), n, summary.GetProperty("outOfScope"));
        AssertShare(rows.Count(r => r.Case.Reason is not null), n, summary.GetProperty("unanswered"));

        var up = rows.Count(r => r.Row.FeedbackRating == "up");
        var down = rows.Count(r => r.Row.FeedbackRating == "down");
        var feedback = summary.GetProperty("feedback");
        Assert.True(up > 0 && down > 0, "the seed rates some answers each way");
        Assert.Equal(up, feedback.GetProperty("up").GetInt32());
        Assert.Equal(down, feedback.GetProperty("down").GetInt32());
        Assert.Equal(up + down, feedback.GetProperty("rated").GetInt32());
        Assert.Equal((double)up / (up + down), feedback.GetProperty("upRate").GetDouble(), 12);

        var durations = rows.Select(r => r.Row.DurationMs).ToList();
        Assert.Equal(NearestRank(durations, 0.5), summary.GetProperty("answerTime").GetProperty("p50Ms").GetInt32());
        Assert.Equal(NearestRank(durations, 0.95), summary.GetProperty("answerTime").GetProperty("p95Ms").GetInt32());
    }

    [Fact]
    public async Task Daily_counts_equal_the_stored_exchanges_of_each_day_and_every_day_is_listed()
    {
        using var hr = factory.Hr();
        var days = (await GetOkAsync(hr, $"/api/chat/analytics/daily?{Range}")).GetProperty("days").EnumerateArray().ToList();

        Assert.Equal(10, days.Count);
        var rows = InRange;
        for (var i = 0; i < days.Count; i++)
        {
            var date = AnalyticsSeed.From.AddDays(i);
            var day = days[i];
            var ofDay = rows.Where(r => r.Date == date).ToList();
            Assert.Equal(date.ToString("yyyy-MM-dd"), day.GetProperty("date").GetString());
            Assert.Equal(ofDay.Count, day.GetProperty("messages").GetInt32());
            Assert.Equal(ofDay.Count(r => r.Row.Fallback is not null), day.GetProperty("fallbacks").GetInt32());
            Assert.Equal(ofDay.Count(r => r.Case.OutOfScope), day.GetProperty("outOfScope").GetInt32());
            Assert.Equal(ofDay.Count(r => r.Case.Reason is not null), day.GetProperty("unanswered").GetInt32());
            Assert.Equal(ofDay.Count(r => r.Row.FeedbackRating == "up"), day.GetProperty("thumbsUp").GetInt32());
            Assert.Equal(ofDay.Count(r => r.Row.FeedbackRating == "down"), day.GetProperty("thumbsDown").GetInt32());
            if (ofDay.Count == 0)
            {
                Assert.Equal(JsonValueKind.Null, day.GetProperty("p50Ms").ValueKind);
                Assert.Equal(JsonValueKind.Null, day.GetProperty("p95Ms").ValueKind);
                continue;
            }
            var durations = ofDay.Select(r => r.Row.DurationMs).ToList();
            Assert.Equal(NearestRank(durations, 0.5), day.GetProperty("p50Ms").GetInt32());
            Assert.Equal(NearestRank(durations, 0.95), day.GetProperty("p95Ms").GetInt32());
        }
        Assert.Equal(0, days[AnalyticsSeed.EmptyDay.DayNumber - AnalyticsSeed.From.DayNumber].GetProperty("messages").GetInt32());
        Assert.Equal(rows.Count, days.Sum(d => d.GetProperty("messages").GetInt32()));
    }

    [Fact]
    public async Task Questions_to_improve_are_the_unanswered_and_thumbed_down_ones_newest_first_with_comments()
    {
        using var hr = factory.Hr();
        var expected = InRange.Where(r => r.Case.Reason is not null || r.Row.FeedbackRating == "down")
            .OrderByDescending(r => r.Row.CreatedAt).ToList();

        var items = new List<JsonElement>();
        for (var page = 1; ; page++)
        {
            var body = await GetOkAsync(hr, $"/api/chat/analytics/questions?{Range}&limit=7&page={page}");
            Assert.Equal(expected.Count, body.GetProperty("total").GetInt32());
            Assert.Equal(7, body.GetProperty("limit").GetInt32());
            var pageItems = body.GetProperty("items").EnumerateArray().ToList();
            Assert.True(pageItems.Count <= 7);
            if (pageItems.Count == 0)
            {
                break;
            }
            items.AddRange(pageItems);
        }

        Assert.Equal(expected.Select(e => e.Row.Message), items.Select(i => i.GetProperty("question").GetString()));
        foreach (var (item, row) in items.Zip(expected))
        {
            Assert.Equal(row.Date.ToString("yyyy-MM-dd"), item.GetProperty("date").GetString());
            Assert.Equal(row.Row.Language, item.GetProperty("language").GetString());
            Assert.Equal(row.Row.Intent, item.GetProperty("intent").GetString());
            Assert.Equal(row.Case.Reason, item.GetProperty("reason").GetString());
            Assert.Equal(row.Row.Fallback, item.GetProperty("fallback").GetString());
            Assert.Equal(row.Row.FeedbackRating, item.GetProperty("rating").GetString());
            Assert.Equal(row.Row.FeedbackComment, item.GetProperty("comment").GetString());
        }
        // A thumbs-down on an answered question is there, with its comment.
        var thumbedDown = expected.First(e => e.Case.Reason is null && e.Row.FeedbackComment is not null);
        Assert.Contains(items, i => i.GetProperty("question").GetString() == thumbedDown.Row.Message
            && i.GetProperty("rating").GetString() == "down"
            && i.GetProperty("comment").GetString() == thumbedDown.Row.FeedbackComment);
        // Every kind of unanswered question is listed.
        Assert.Equal(["assistant_busy", "data_unavailable", "no_data", "unclear"],
            items.Select(i => i.GetProperty("reason").GetString()).OfType<string>().Distinct().Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("unanswered")]
    [InlineData("thumbs_down")]
    public async Task Questions_can_be_only_the_unanswered_or_only_the_thumbed_down(string kind)
    {
        using var hr = factory.Hr();
        var expected = InRange.Where(r => kind == "unanswered" ? r.Case.Reason is not null : r.Row.FeedbackRating == "down")
            .OrderByDescending(r => r.Row.CreatedAt).Take(100).Select(r => r.Row.Message).ToList();

        var body = await GetOkAsync(hr, $"/api/chat/analytics/questions?{Range}&kind={kind}&limit=100");

        Assert.Equal(expected, body.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("question").GetString()));
    }

    [Fact]
    public async Task No_answer_names_who_asked_or_which_conversation()
    {
        using var hr = factory.Hr();
        var identities = factory.Seeded.Concat(factory.Recent)
            .SelectMany(s => new[] { s.Row.UserId, s.Row.ConversationId, s.Row.Id })
            .SelectMany(id => new[] { id.ToString("D"), id.ToString("N") }).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var traceIds = factory.Seeded.Select(s => s.Row.TraceId!).ToHashSet(StringComparer.OrdinalIgnoreCase);

        foreach (var url in new[] { $"summary?{Range}", $"daily?{Range}", $"questions?{Range}&limit=100", "summary", "questions" })
        {
            var body = await GetOkAsync(hr, $"/api/chat/analytics/{url}");
            foreach (var (name, value) in Walk(body))
            {
                var lower = name.ToLowerInvariant();
                Assert.False(lower.EndsWith("id", StringComparison.Ordinal) || lower.Contains("user") || lower.Contains("conversation")
                    || lower.Contains("email") || lower.Contains("name") || lower is "answer" or "text" or "time" or "createdat",
                    $"{url}: property '{name}' may identify someone");
                if (value is { } text)
                {
                    Assert.DoesNotContain(identities.Concat(traceIds), id => text.Contains(id, StringComparison.OrdinalIgnoreCase));
                }
            }
        }
    }

    [Fact]
    public async Task Without_a_range_the_answers_cover_the_last_30_days()
    {
        using var hr = factory.Hr();
        var summary = await GetOkAsync(hr, "/api/chat/analytics/summary");
        var daily = await GetOkAsync(hr, "/api/chat/analytics/daily");

        var today = factory.Today;
        Assert.Equal(today.AddDays(-29).ToString("yyyy-MM-dd"), summary.GetProperty("from").GetString());
        Assert.Equal(today.ToString("yyyy-MM-dd"), summary.GetProperty("to").GetString());
        Assert.Equal(2, summary.GetProperty("messages").GetInt32());
        Assert.Equal(30, daily.GetProperty("days").GetArrayLength());
        Assert.Equal(2, daily.GetProperty("days").EnumerateArray().Sum(d => d.GetProperty("messages").GetInt32()));
    }

    [Fact]
    public async Task Admin_reads_the_analytics_too()
    {
        using var admin = factory.CreateClientFor(Guid.NewGuid(), ChatNominaRoles.Admin);
        foreach (var route in Routes)
        {
            await GetOkAsync(admin, $"/api/chat/analytics/{route}?{Range}");
        }
    }

    [Fact]
    public async Task An_employee_is_refused_with_403()
    {
        var employee = factory.Seeded[0].Row.UserId;
        using var client = factory.CreateClientFor(employee);
        foreach (var route in Routes)
        {
            using var response = await client.GetAsync($"/api/chat/analytics/{route}?{Range}");
            await AssertProblemAsync(response, HttpStatusCode.Forbidden);
        }
    }

    [Fact]
    public async Task Without_a_token_the_answer_is_401()
    {
        using var client = factory.CreateClient();
        foreach (var route in Routes)
        {
            using var response = await client.GetAsync($"/api/chat/analytics/{route}?{Range}");
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }
        using var forged = factory.CreateClient();
        forged.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",
            TestTokens.Create(AnalyticsFactory.HrUserId, ChatNominaRoles.Hr, factory.Audience, key: TestTokens.ForeignKey));
        using var refused = await forged.GetAsync($"/api/chat/analytics/summary?{Range}");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    [Theory]
    [InlineData("summary?from=2020-03-10&to=2020-03-01", "from")]
    [InlineData("daily?from=2020-01-01&to=2021-01-01", "to")]
    [InlineData("summary?from=2020-02-30", "from")]
    [InlineData("daily?to=10/03/2020", "to")]
    [InlineData("questions?from=yesterday", "from")]
    [InlineData("summary?to=9999-12-31", "to")]
    [InlineData("questions?limit=0", "limit")]
    [InlineData("questions?limit=101", "limit")]
    [InlineData("questions?page=0", "page")]
    [InlineData("questions?kind=everything", "kind")]
    public async Task A_bad_range_or_page_is_a_400_problem_naming_the_parameter(string query, string parameter)
    {
        using var hr = factory.Hr();
        using var response = await hr.GetAsync($"/api/chat/analytics/{query}");

        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _), problem.ToString());
    }

    [Fact]
    public async Task A_range_of_366_days_is_accepted()
    {
        using var hr = factory.Hr();
        var daily = await GetOkAsync(hr, "/api/chat/analytics/daily?from=2020-01-01&to=2020-12-31");

        Assert.Equal(366, daily.GetProperty("days").GetArrayLength());
        Assert.Equal(factory.Seeded.Count, daily.GetProperty("days").EnumerateArray().Sum(d => d.GetProperty("messages").GetInt32()));
    }

    private static async Task<JsonElement> GetOkAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} answered {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static async Task<JsonElement> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement.Clone();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        return problem;
    }

    /// <summary>The list is exactly these keys with these counts, most first, each with its share of all messages.</summary>
    private static void AssertCounts(Dictionary<string, int> expected, JsonElement list, int messages)
    {
        Assert.NotEmpty(expected);
        var actual = list.EnumerateArray().ToList();
        Assert.Equal(expected.OrderBy(e => e.Key, StringComparer.Ordinal),
            actual.Select(a => KeyValuePair.Create(a.GetProperty("key").GetString()!, a.GetProperty("count").GetInt32()))
                .OrderBy(e => e.Key, StringComparer.Ordinal));
        Assert.Equal(actual.Select(a => a.GetProperty("count").GetInt32()).OrderDescending(), actual.Select(a => a.GetProperty("count").GetInt32()));
        Assert.All(actual, a => Assert.Equal((double)a.GetProperty("count").GetInt32() / messages, a.GetProperty("share").GetDouble(), 12));
    }

    private static void AssertShare(int expected, int messages, JsonElement share)
    {
        Assert.True(expected > 0, "the seed has some of these");
        Assert.Equal(expected, share.GetProperty("count").GetInt32());
        Assert.Equal((double)expected / messages, share.GetProperty("share").GetDouble(), 12);
    }

    /// <summary>The nearest-rank percentile: the smallest value with at least <paramref name="p"/> of the values at or below it.</summary>
    private static int NearestRank(List<int> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Max(1, (int)Math.Ceiling(p * sorted.Count)) - 1];
    }

    /// <summary>Every property name in the document, with its value when that is a string.</summary>
    private static IEnumerable<(string Name, string? Value)> Walk(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    yield return (property.Name, property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString() : null);
                    foreach (var inner in Walk(property.Value))
                    {
                        yield return inner;
                    }
                }
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    foreach (var inner in Walk(item))
                    {
                        yield return inner;
                    }
                }
                break;
        }
    }
}
