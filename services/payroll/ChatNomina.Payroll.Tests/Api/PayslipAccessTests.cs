using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using ChatNomina.Payroll.Tests.Support;
using ChatNomina.ServiceDefaults.Authentication;
using ChatNomina.Testing;
using static ChatNomina.Payroll.Tests.Support.PayrollApi;

namespace ChatNomina.Payroll.Tests.Api;

/// <summary>An employee only ever gets their own payslips; HR gets anyone's.</summary>
public sealed class PayslipAccessTests(PayslipAccessTests.Data data) : IClassFixture<PayslipAccessTests.Data>
{
    /// <summary>Two employees with payslips for the same periods and clearly different figures.</summary>
    public sealed class Data : PayrollFactory
    {
        public Guid Ana { get; } = Guid.NewGuid();
        public Guid John { get; } = Guid.NewGuid();
        public PayslipRow AnaMarch => PayslipRow.Typical(Ana, 2025, 3, 2222.22m);
        public PayslipRow JohnMarch => PayslipRow.Typical(John, 2025, 3, 7777.77m);
        public PayslipRow JohnApril => PayslipRow.Typical(John, 2025, 4, 7777.77m);

        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            await this.ImportAsync(
                AnaMarch, PayslipRow.Typical(Ana, 2025, 2, 2222.22m),
                PayslipRow.Typical(John, 2025, 2, 7777.77m), JohnMarch, JohnApril);
        }
    }

    private PayrollFactory Factory => data;

    /// <summary>Asserts that nothing of John's is in an answer given to Ana, whatever its status.</summary>
    private async Task AssertNothingOfJohnsAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode < 500, $"{(int)response.StatusCode}: {body}");
        if (body.Length > 0 && JsonNode.Parse(body) is JsonObject json)
        {
            json.Remove("instance"); // a problem's instance echoes the path the caller sent
            body = json.ToJsonString();
        }
        Assert.DoesNotContain(data.John.ToString(), body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(data.John.ToString("N"), body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("7777.77", body);
        Assert.DoesNotContain(PayslipRow.Money(data.JohnMarch.Net), body);
    }

    private static IEnumerable<JsonElement> PayslipsIn(JsonElement body) =>
        body.TryGetProperty("payslips", out var list) ? list.EnumerateArray() : [body];

    [Theory]
    [InlineData("/api/payroll/payslips?year=2025")]
    [InlineData("/api/payroll/payslips/2025/3")]
    [InlineData("/api/payroll/payslips/latest")]
    public async Task Employee_gets_only_their_own_payslips_on_every_route(string url)
    {
        using var ana = Factory.Employee(data.Ana);

        var body = await ana.GetOkJsonAsync(url);

        var payslips = PayslipsIn(body).ToList();
        Assert.NotEmpty(payslips);
        Assert.All(payslips, p => Assert.Equal(data.Ana, p.GetProperty("userId").GetGuid()));
        Assert.All(payslips, p => AssertConsistentPayslip(p));
    }

    [Theory]
    [InlineData("/api/payroll/payslips?year=2025&userId={john}")]
    [InlineData("/api/payroll/payslips?userId={john}&year=2025")]
    [InlineData("/api/payroll/payslips?year=2025&user_id={john}&sub={john}")]
    [InlineData("/api/payroll/payslips/2025/3?userId={john}")]
    [InlineData("/api/payroll/payslips/latest?userId={john}")]
    public async Task Employee_cannot_read_another_employees_payslip_by_naming_them_in_the_query_string(string url)
    {
        using var ana = Factory.Employee(data.Ana);

        using var response = await ana.GetAsync(url.Replace("{john}", data.John.ToString()));

        await AssertNothingOfJohnsAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.All(PayslipsIn(body), p => Assert.Equal(data.Ana, p.GetProperty("userId").GetGuid()));
    }

    [Theory]
    [InlineData("/api/payroll/payslips?year=2025")]
    [InlineData("/api/payroll/payslips/2025/3")]
    [InlineData("/api/payroll/payslips/latest")]
    public async Task Employee_cannot_read_another_employees_payslip_with_a_user_id_header(string url)
    {
        using var ana = Factory.Employee(data.Ana);
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("X-User-Id", data.John.ToString());
        request.Headers.Add("X-Forwarded-User", data.John.ToString());

        using var response = await ana.SendAsync(request);

        await AssertNothingOfJohnsAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.All(PayslipsIn(body), p => Assert.Equal(data.Ana, p.GetProperty("userId").GetGuid()));
    }

    [Theory]
    [InlineData("/api/payroll/payslips/{john}")]
    [InlineData("/api/payroll/payslips/{john}/2025/3")]
    [InlineData("/api/payroll/payslips/2025/3/{john}")]
    [InlineData("/api/payroll/payslips/latest/{john}")]
    [InlineData("/api/payroll/payslips/2025/{john}")]
    [InlineData("/api/payroll/payslips/2025/4/../../{john}/2025/4")]
    [InlineData("/api/payroll/payslips/2025%2F4%2F{john}")]
    public async Task Employee_cannot_read_another_employees_payslip_through_extra_path_segments(string url)
    {
        using var ana = Factory.Employee(data.Ana);

        using var response = await ana.GetAsync(url.Replace("{john}", data.John.ToString()));

        await AssertNothingOfJohnsAsync(response);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("/api/payroll/employees/{john}/payslips/2025/3")]
    [InlineData("/api/payroll/employees/{john}/payslips?year=2025")]
    [InlineData("/api/payroll/employees/{john}/payslips")]
    [InlineData("/api/payroll/employees/{ana}/payslips/2025/3")] // even their own id: the route is HR's
    public async Task Employee_gets_403_on_hr_routes(string url)
    {
        using var ana = Factory.Employee(data.Ana);

        using var response = await ana.GetAsync(url.Replace("{john}", data.John.ToString()).Replace("{ana}", data.Ana.ToString()));

        await AssertNothingOfJohnsAsync(response);
        await AssertProblemAsync(response, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Employee_gets_403_on_the_import_route()
    {
        using var ana = Factory.Employee(data.Ana);
        var raise = data.AnaMarch with { BaseSalary = 99999m };

        using var response = await ana.PostAsync("/api/payroll/imports", Csv(PayslipCsv.File(raise)));

        await AssertProblemAsync(response, HttpStatusCode.Forbidden);
        AssertPayslipMatches(data.AnaMarch, await ana.GetOkJsonAsync(PayslipUrl(data.AnaMarch)));
    }

    [Fact]
    public async Task Employee_without_payslips_gets_404_and_an_empty_list_never_someone_elses()
    {
        using var stranger = Factory.Employee(Guid.NewGuid());

        using var single = await stranger.GetAsync("/api/payroll/payslips/2025/3");
        using var latest = await stranger.GetAsync("/api/payroll/payslips/latest");
        var list = await stranger.GetOkJsonAsync("/api/payroll/payslips?year=2025");

        await AssertProblemAsync(single, HttpStatusCode.NotFound);
        await AssertProblemAsync(latest, HttpStatusCode.NotFound);
        Assert.Empty(list.GetProperty("payslips").EnumerateArray());
    }

    [Fact]
    public async Task Latest_is_the_most_recent_own_period()
    {
        using var john = Factory.Employee(data.John);

        var latest = await john.GetOkJsonAsync("/api/payroll/payslips/latest");

        AssertPayslipMatches(data.JohnApril, latest);
    }

    [Fact]
    public async Task Own_year_list_holds_every_own_payslip_of_that_year_oldest_first()
    {
        using var john = Factory.Employee(data.John);

        var body = await john.GetOkJsonAsync("/api/payroll/payslips?year=2025");

        Assert.Equal(data.John, body.GetProperty("userId").GetGuid());
        Assert.Equal(2025, body.GetProperty("year").GetInt32());
        Assert.Equal([2, 3, 4], body.GetProperty("payslips").EnumerateArray().Select(p => p.GetProperty("month").GetInt32()));
        Assert.Empty((await john.GetOkJsonAsync("/api/payroll/payslips?year=2024")).GetProperty("payslips").EnumerateArray());
    }

    [Theory]
    [InlineData(ChatNominaRoles.Hr)]
    [InlineData(ChatNominaRoles.Admin)]
    public async Task Hr_reads_any_employees_payslip_and_year(string role)
    {
        using var hr = Factory.CreateClientFor(Guid.NewGuid(), role);

        AssertPayslipMatches(data.JohnMarch, await hr.GetOkJsonAsync(HrPayslipUrl(data.JohnMarch)));
        AssertPayslipMatches(data.AnaMarch, await hr.GetOkJsonAsync(HrPayslipUrl(data.AnaMarch)));
        var johnsYear = await hr.GetOkJsonAsync($"/api/payroll/employees/{data.John}/payslips?year=2025");
        Assert.Equal(3, johnsYear.GetProperty("payslips").GetArrayLength());
        Assert.All(johnsYear.GetProperty("payslips").EnumerateArray(), p => Assert.Equal(data.John, p.GetProperty("userId").GetGuid()));
    }

    [Fact]
    public async Task Hr_gets_404_problem_for_a_period_without_payslip()
    {
        using var hr = Factory.Hr();

        using var response = await hr.GetAsync($"/api/payroll/employees/{data.John}/payslips/2025/12");

        await AssertProblemAsync(response, HttpStatusCode.NotFound);
    }
}

/// <summary>
/// A token revoked at the auth service (its sign-in key in the real Redis) is refused by payroll
/// itself, not only by the gateway: the chat forwards the user's token here, and an open chat socket
/// must not keep reading payslips after sign-out.
/// </summary>
public sealed class RevokedTokenTests(PayslipAccessTests.Data data) : IClassFixture<PayslipAccessTests.Data>
{
    [Fact]
    public async Task A_token_of_a_revoked_sign_in_gets_401_and_no_payslip()
    {
        var signIn = Guid.NewGuid().ToString();
        var token = TestTokens.Create(data.Ana, ChatNominaRoles.Employee, data.Audience,
            claims: [new System.Security.Claims.Claim(RevokedTokens.AuthorizationIdClaim, signIn)]);
        using var client = data.CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/payroll/payslips/latest")).StatusCode);

        await RedisProbe.StringSetAsync(RevokedTokens.SignInKey(signIn), 1, TimeSpan.FromMinutes(1));

        var response = await client.GetAsync("/api/payroll/payslips/latest");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain("2222.22", await response.Content.ReadAsStringAsync());
    }
}
