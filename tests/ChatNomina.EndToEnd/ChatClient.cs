using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ChatNomina.EndToEnd;

/// <summary>An employee talking to the assistant through the gateway (POST /api/chat/messages).</summary>
public sealed class ChatClient(HttpClient http)
{
    public HttpClient Http { get; } = http;

    /// <summary>Sends a message and returns the answer object; waits out the gateway's per-user
    /// rate limit (429 + Retry-After) so a long sweep of questions is not cut short by it.</summary>
    public async Task<JsonElement> AskAsync(string message, Guid? conversationId = null)
    {
        for (var attempt = 0; ; attempt++)
        {
            var response = await PostAsync(new { message, conversationId });
            var body = await response.Content.ReadAsStringAsync();
            if (response.StatusCode == HttpStatusCode.TooManyRequests && attempt < 5)
            {
                await Task.Delay(response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(5));
                continue;
            }
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"\"{message}\" → {(int)response.StatusCode}: {body}");
            return JsonDocument.Parse(body).RootElement.Clone();
        }
    }

    public Task<HttpResponseMessage> PostAsync(object body) => Http.PostAsJsonAsync("api/chat/messages", body);
}

/// <summary>
/// The figures an answer may contain, computed here from the payroll API's JSON — independently
/// of the chat's own code — in both languages' number formats ("1.234,56" and "1,234.56"), plus
/// the days, years and month names of the periods and payment dates.
/// </summary>
public static partial class Figures
{
    private static readonly string[] MonthsEs =
        ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"];
    private static readonly string[] MonthsEn =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    public static string MonthEs(int month) => MonthsEs[month - 1];
    public static string MonthEn(int month) => MonthsEn[month - 1];

    /// <summary>Every number and month name in a text, normalized as <see cref="OfAmount"/> and friends write them.</summary>
    public static IEnumerable<string> In(string text)
    {
        foreach (Match m in NumberPattern().Matches(text))
        {
            yield return m.Value;
        }
        foreach (Match m in SpanishMonthPattern().Matches(text))
        {
            yield return "month:" + (Array.IndexOf(MonthsEs, m.Value.ToLowerInvariant()) + 1);
        }
        foreach (Match m in EnglishMonthPattern().Matches(text))
        {
            yield return "month:" + (Array.IndexOf(MonthsEn, m.Value) + 1);
        }
    }

    public static IEnumerable<string> OfAmount(decimal amount)
    {
        var abs = Math.Abs(amount);
        yield return abs.ToString("#,##0.00", CultureInfo.InvariantCulture);
        yield return abs.ToString("#,##0.00", CultureInfo.InvariantCulture).Replace(",", "_").Replace(".", ",").Replace("_", ".");
    }

    public static IEnumerable<string> OfDate(DateOnly date) =>
        [date.Day.ToString(CultureInfo.InvariantCulture), date.Year.ToString(CultureInfo.InvariantCulture), "month:" + date.Month];

    public static IEnumerable<string> OfPeriod(int year, int month) =>
        [year.ToString(CultureInfo.InvariantCulture), "month:" + month];

    /// <summary>Every figure of one payslip: period, payment date, every amount and every line.</summary>
    public static HashSet<string> OfPayslip(JsonElement p)
    {
        var set = new HashSet<string>(OfPeriod(p.GetProperty("year").GetInt32(), p.GetProperty("month").GetInt32()));
        set.UnionWith(OfDate(DateOnly.Parse(p.GetProperty("paymentDate").GetString()!, CultureInfo.InvariantCulture)));
        foreach (var name in new[] { "grossSalary", "totalDeductions", "netSalary" })
        {
            set.UnionWith(OfAmount(p.GetProperty(name).GetDecimal()));
        }
        foreach (var kind in new[] { "earnings", "deductions" })
        {
            // Single lines and the per-type sums (two lines of one type are told as one).
            foreach (var group in p.GetProperty(kind).EnumerateArray().GroupBy(l => l.GetProperty("type").GetString()))
            {
                set.UnionWith(OfAmount(group.Sum(l => l.GetProperty("amount").GetDecimal())));
                foreach (var line in group)
                {
                    set.UnionWith(OfAmount(line.GetProperty("amount").GetDecimal()));
                }
            }
        }
        return set;
    }

    /// <summary>The differences a comparison of two payslips may state: net, gross, every line type.</summary>
    public static HashSet<string> OfDifference(JsonElement a, JsonElement b)
    {
        var set = new HashSet<string>();
        foreach (var name in new[] { "grossSalary", "totalDeductions", "netSalary" })
        {
            set.UnionWith(OfAmount(b.GetProperty(name).GetDecimal() - a.GetProperty(name).GetDecimal()));
        }
        foreach (var kind in new[] { "earnings", "deductions" })
        {
            var before = Sums(a, kind);
            var after = Sums(b, kind);
            foreach (var type in before.Keys.Union(after.Keys))
            {
                set.UnionWith(OfAmount(after.GetValueOrDefault(type) - before.GetValueOrDefault(type)));
            }
        }
        return set;
    }

    /// <summary>Year-to-date totals over some payslips, and their count.</summary>
    public static HashSet<string> OfTotals(IReadOnlyList<JsonElement> payslips)
    {
        var set = new HashSet<string> { payslips.Count.ToString(CultureInfo.InvariantCulture) };
        foreach (var name in new[] { "grossSalary", "totalDeductions", "netSalary" })
        {
            set.UnionWith(OfAmount(payslips.Sum(p => p.GetProperty(name).GetDecimal())));
        }
        foreach (var p in payslips)
        {
            set.UnionWith(OfPeriod(p.GetProperty("year").GetInt32(), p.GetProperty("month").GetInt32()));
        }
        return set;
    }

    private static Dictionary<string, decimal> Sums(JsonElement p, string kind) =>
        p.GetProperty(kind).EnumerateArray()
            .GroupBy(l => l.GetProperty("type").GetString()!)
            .ToDictionary(g => g.Key, g => g.Sum(l => l.GetProperty("amount").GetDecimal()));

    [GeneratedRegex(@"\d+(?:[.,]\d+)*")]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"\b(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SpanishMonthPattern();

    [GeneratedRegex(@"\b(January|February|March|April|May|June|July|August|September|October|November|December)\b", RegexOptions.CultureInvariant)]
    private static partial Regex EnglishMonthPattern();
}
