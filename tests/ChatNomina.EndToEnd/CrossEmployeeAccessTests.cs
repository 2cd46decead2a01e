using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace ChatNomina.EndToEnd;

/// <summary>
/// An employee can never read another employee's data. Ana tries John's profile and payslips
/// through every route, with John's id in the path, the query, the body and headers, with HR
/// routes, and with case and encoding tricks. Every answer is 401/403/404 (405 where the method
/// does not exist) with nothing of John's in the body, or, on Ana's own routes, Ana's own data.
/// </summary>
[Collection(StackCollection.Name)]
public sealed class CrossEmployeeAccessTests(StackFixture stack) : IAsyncLifetime
{
    private static readonly int Year = DateTime.UtcNow.Year - 1;
    private const int Month = 3;

    private Guid _john;
    private List<string> _johnsData = [];

    public async Task InitializeAsync()
    {
        _john = stack.John.Id;
        // What would show that John's data leaked: his e-mail, names, employee number and the
        // amounts of his payslips (as HR sees them).
        var hr = stack.ClientFor(stack.Hr);
        var profile = await hr.GetFromJsonAsync<JsonElement>($"api/users/{_john}");
        var payslips = await hr.GetFromJsonAsync<JsonElement>($"api/payroll/employees/{_john}/payslips?year={Year}");
        _johnsData =
        [
            profile.GetProperty("email").GetString()!,
            profile.GetProperty("lastName").GetString()!,
            profile.GetProperty("employeeNumber").GetString()!,
            .. payslips.GetProperty("payslips").EnumerateArray()
                .SelectMany(p => new[] { p.GetProperty("netSalary").GetRawText(), p.GetProperty("grossSalary").GetRawText() }),
        ];
        Assert.True(_johnsData.Count > 10, "expected John's profile and payslips of last year from HR");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public static TheoryData<string, string> ForeignRoutes => new()
    {
        { "GET", "api/users/{john}" },
        { "GET", "api/users/{johnN}" },
        { "GET", "API/USERS/{JOHN}" },
        { "GET", "api/Users/{JOHN}" },
        { "GET", "api/users" },
        { "GET", "api/users/" },
        { "GET", "api/users?department=Ingeniería&pageSize=200" },
        { "GET", "api/users?email=john.smith@chatnomina.local" },
        { "PUT", "api/users/{john}" },
        { "DELETE", "api/users/{john}" },
        { "GET", "api/payroll/employees/{john}/payslips/{y}/{m}" },
        { "GET", "api/payroll/employees/{john}/payslips?year={y}" },
        { "GET", "api/payroll/employees/{john}/payslips" },
        { "GET", "API/PAYROLL/EMPLOYEES/{JOHN}/PAYSLIPS/{y}/{m}" },
        { "GET", "api/Payroll/Employees/{john}/Payslips/{y}/{m}" },
        { "POST", "api/payroll/imports" },
        { "GET", "api/payroll/payslips/{john}" },
        { "GET", "api/payroll/payslips/{john}/{y}/{m}" },
        { "GET", "api/payroll/{john}/payslips/{y}/{m}" },
        { "GET", "api/chat/conversations/{john}/messages" },
        { "POST", "api/chat/messages/{john}/feedback" },
    };

    [Theory]
    [MemberData(nameof(ForeignRoutes))]
    public async Task Employee_cannot_read_another_employees_data_through_any_route(string method, string template)
    {
        var url = Expand(template);
        var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (method is not "GET" and not "DELETE")
        {
            request.Content = template.Contains("imports")
                ? new StringContent($"userId,year,month,grossSalary\n{_john},{Year},{Month},1\n", Encoding.UTF8, "text/csv")
                : JsonContent.Create(new { userId = _john, department = "Hacked", position = "Hacked", preferredLanguage = "en", rating = "up" });
        }

        var response = await stack.ClientFor(stack.Ana).SendAsync(request);

        await AssertRefusedAsync(response, url);
    }

    public static TheoryData<string, string> OwnRoutesWithForeignIds => new()
    {
        { "api/users/me?id={john}", "id" },
        { "api/users/me?userId={john}&sub={john}", "id" },
        { "api/payroll/payslips?year={y}&userId={john}", "userId" },
        { "api/payroll/payslips?year={y}&employeeId={john}&user_id={john}", "userId" },
        { "api/payroll/payslips/{y}/{m}?userId={john}", "userId" },
        { "api/payroll/payslips/latest?userId={john}", "userId" },
        { "API/PAYROLL/PAYSLIPS/{y}/{m}?USERID={JOHN}", "userId" },
    };

    [Theory]
    [MemberData(nameof(OwnRoutesWithForeignIds))]
    public async Task Foreign_id_in_query_header_or_body_of_an_own_route_still_returns_own_data(string template, string idProperty)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, Expand(template))
        {
            Content = JsonContent.Create(new { userId = _john, id = _john }),
        };
        request.Headers.Add("X-User-Id", _john.ToString());
        request.Headers.Add("X-Forwarded-User", _john.ToString());
        request.Headers.Add("X-Original-URL", $"/api/payroll/employees/{_john}/payslips/{Year}/{Month}");
        request.Headers.Add("X-Rewrite-URL", $"/api/users/{_john}");

        var response = await stack.ClientFor(stack.Ana).SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(stack.Ana.Id, JsonDocument.Parse(body).RootElement.GetProperty(idProperty).GetGuid());
        AssertNothingOfJohns(body, mayEchoId: false);
    }

    [Theory]
    [InlineData("/api/users/{john}.")]
    [InlineData("/api/users/{john}%2E")]
    [InlineData("/api/users./{john}")]
    [InlineData("//api/users/{john}")]
    [InlineData("/api//users/{john}")]
    [InlineData("/api/users/me/../{john}")]
    [InlineData("/api/users/me/..%2F{john}")]
    [InlineData("/api/users/me%2F..%2F{john}")]
    [InlineData("/api/users/%7B{john}%7D")]
    [InlineData("/API/users/{john}")]
    [InlineData("/api/payroll/payslips/..%2Femployees%2F{john}%2Fpayslips%2F{y}%2F{m}")]
    [InlineData("/api/payroll/payslips/%2e%2e/employees/{john}/payslips/{y}/{m}")]
    [InlineData("/api/payroll/payslips/%2E%2E%2Femployees%2F{john}/payslips/{y}/{m}")]
    [InlineData("/api/payroll/employees%2F{john}/payslips/{y}/{m}")]
    [InlineData("/api/payroll/employees/{john}%2Fpayslips%2F{y}%2F{m}")]
    [InlineData("/api/payroll/payslips/{y}/{m}/../../../employees/{john}/payslips/{y}/{m}")]
    [InlineData("/api/payroll/payslips/{y}/{m};userId={john}")]
    [InlineData("/api/payroll/payslips/{y}/{m}%3FuserId={john}")]
    [InlineData("/api/payroll/payslips%5C..%5Cemployees%5C{john}%5Cpayslips%5C{y}%5C{m}")]
    [InlineData("/api/payroll/employees/{john}/payslips/{y}/{m}.")]
    [InlineData("/api/payroll/./employees/{john}/payslips/{y}/{m}")]
    [InlineData("/api/users/me/%2e%2e/{john}")]
    public async Task Case_and_encoding_tricks_never_reach_another_employees_data(string template)
    {
        var (status, body) = await RawHttp.SendAsync("GET", Expand(template), stack.Ana.AccessToken);

        Assert.True(status is 400 or 401 or 403 or 404, $"{template} answered {status}: {body}");
        AssertNothingOfJohns(body, mayEchoId: true);
    }

    [Fact]
    public async Task Forbidden_update_did_not_change_the_other_employees_profile()
    {
        var before = await stack.ClientFor(stack.Hr).GetFromJsonAsync<JsonElement>($"api/users/{_john}");

        var response = await stack.ClientFor(stack.Ana).PutAsJsonAsync($"api/users/{_john}",
            new { department = "Hacked", position = "Hacked", preferredLanguage = "es" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var after = await stack.ClientFor(stack.Hr).GetFromJsonAsync<JsonElement>($"api/users/{_john}");
        Assert.True(JsonElement.DeepEquals(before, after));
    }

    [Fact]
    public async Task John_cannot_read_anas_payslip_either()
    {
        var response = await stack.ClientFor(stack.John).GetAsync($"api/payroll/employees/{stack.Ana.Id}/payslips/{Year}/{Month}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain("netSalary", await response.Content.ReadAsStringAsync());
    }

    private string Expand(string template) => template
        .Replace("{john}", _john.ToString())
        .Replace("{johnN}", _john.ToString("N"))
        .Replace("{JOHN}", _john.ToString().ToUpperInvariant())
        .Replace("{y}", Year.ToString(CultureInfo.InvariantCulture))
        .Replace("{m}", Month.ToString(CultureInfo.InvariantCulture));

    private async Task AssertRefusedAsync(HttpResponseMessage response, string url)
    {
        var body = await response.Content.ReadAsStringAsync();
        var status = (int)response.StatusCode;
        Assert.True(status is 401 or 403 or 404 or 405, $"{response.RequestMessage!.Method} {url} answered {status}: {body}");
        AssertNothingOfJohns(body, mayEchoId: true);
    }

    /// <summary>
    /// Nothing of John's in <paramref name="body"/>. John's id may appear only where the request
    /// itself carried it and the error echoes the request path (problem details' <c>instance</c>).
    /// </summary>
    private void AssertNothingOfJohns(string body, bool mayEchoId)
    {
        var text = body;
        if (mayEchoId && body.TrimStart().StartsWith('{'))
        {
            using var json = JsonDocument.Parse(body);
            text = string.Join("\n", json.RootElement.EnumerateObject().Where(p => p.Name != "instance").Select(p => p.Value.GetRawText()));
        }
        Assert.DoesNotContain(_john.ToString(), text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(_john.ToString("N"), text, StringComparison.OrdinalIgnoreCase);
        foreach (var item in _johnsData)
        {
            Assert.False(ContainsToken(text, item), $"the answer carries John's data ({item}): {body}");
        }
    }

    private static bool ContainsToken(string text, string item)
    {
        for (var i = text.IndexOf(item, StringComparison.OrdinalIgnoreCase); i >= 0; i = text.IndexOf(item, i + 1, StringComparison.OrdinalIgnoreCase))
        {
            var before = i == 0 ? ' ' : text[i - 1];
            var after = i + item.Length >= text.Length ? ' ' : text[i + item.Length];
            if (!char.IsLetterOrDigit(before) && before != '.' && !char.IsLetterOrDigit(after) && after != '.')
            {
                return true;
            }
        }
        return false;
    }
}
