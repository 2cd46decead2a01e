using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ChatNomina.ServiceDefaults.Authentication;
using ChatNomina.Testing;
using Microsoft.EntityFrameworkCore;

namespace ChatNomina.Payroll.Tests.Support;

/// <summary>What the tests do through the HTTP API and what they check in the database.</summary>
public static class PayrollApi
{
    public static readonly Guid HrUserId = Guid.Parse("4f6b2b1e-8f3a-4c55-9d7e-0a1b2c3d4e5f");

    public static HttpClient Hr(this PayrollFactory factory) => factory.CreateClientFor(HrUserId, ChatNominaRoles.Hr);

    public static HttpClient Employee(this PayrollFactory factory, Guid userId) => factory.CreateClientFor(userId);

    public static StringContent Csv(string text) => new(text, Encoding.UTF8, "text/csv");

    /// <summary>
    /// Imports through the HR route and publishes at once (<c>?publish=true</c>: the employee sees it),
    /// returns the import summary; fails the test on any other answer.
    /// </summary>
    public static Task<JsonElement> ImportAsync(this PayrollFactory factory, string csv) =>
        factory.ImportAsync(csv, publish: true);

    /// <summary>Imports through the HR route, published at once or not; fails the test on any other answer than 200.</summary>
    public static async Task<JsonElement> ImportAsync(this PayrollFactory factory, string csv, bool publish)
    {
        using var client = factory.Hr();
        using var response = await client.PostAsync(publish ? "/api/payroll/imports?publish=true" : "/api/payroll/imports", Csv(csv));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"import answered {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public static Task<JsonElement> ImportAsync(this PayrollFactory factory, params PayslipRow[] rows) =>
        factory.ImportAsync(PayslipCsv.File(rows));

    /// <summary>GET that must answer 200 with JSON.</summary>
    public static async Task<JsonElement> GetOkJsonAsync(this HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} answered {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>Asserts an RFC 9457 problem-details answer with <paramref name="status"/> and returns its body.</summary>
    public static async Task<JsonElement> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement.Clone();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
        return problem;
    }

    public static Task<int> CountPayslipsAsync(this PayrollFactory factory, params Guid[] userIds) =>
        factory.WithDbAsync(db => db.Payslips.CountAsync(p => userIds.Contains(p.UserId)));

    /// <summary>Asserts a payslip JSON object is internally consistent and returns it for further checks.</summary>
    public static JsonElement AssertConsistentPayslip(JsonElement payslip)
    {
        var gross = payslip.GetProperty("grossSalary").GetDecimal();
        var total = payslip.GetProperty("totalDeductions").GetDecimal();
        var net = payslip.GetProperty("netSalary").GetDecimal();
        Assert.Equal(gross - total, net);
        Assert.Equal(total, payslip.GetProperty("deductions").EnumerateArray().Sum(d => d.GetProperty("amount").GetDecimal()));
        Assert.Equal(gross, payslip.GetProperty("earnings").EnumerateArray().Sum(d => d.GetProperty("amount").GetDecimal()));
        foreach (var deduction in payslip.GetProperty("deductions").EnumerateArray())
        {
            Assert.False(string.IsNullOrWhiteSpace(deduction.GetProperty("type").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(deduction.GetProperty("label").GetString()));
        }
        return payslip;
    }

    public static void AssertPayslipMatches(PayslipRow expected, JsonElement payslip)
    {
        AssertConsistentPayslip(payslip);
        Assert.Equal(expected.UserId, payslip.GetProperty("userId").GetGuid());
        Assert.Equal(expected.Year, payslip.GetProperty("year").GetInt32());
        Assert.Equal(expected.Month, payslip.GetProperty("month").GetInt32());
        Assert.Equal(expected.Gross, payslip.GetProperty("grossSalary").GetDecimal());
        Assert.Equal(expected.TotalDeductions, payslip.GetProperty("totalDeductions").GetDecimal());
        Assert.Equal(expected.Net, payslip.GetProperty("netSalary").GetDecimal());
        Assert.Equal(expected.Payment, payslip.GetProperty("paymentDate").GetString());
        Assert.Equal("EUR", payslip.GetProperty("currency").GetString());
        var deductions = payslip.GetProperty("deductions").EnumerateArray()
            .ToDictionary(d => d.GetProperty("type").GetString()!, d => d.GetProperty("amount").GetDecimal());
        var expectedDeductions = new Dictionary<string, decimal>
        {
            ["income_tax"] = expected.IncomeTax,
            ["social_security"] = expected.SocialSecurity,
            ["unemployment"] = expected.Unemployment,
            ["professional_training"] = expected.ProfessionalTraining,
        };
        Assert.Equal(expectedDeductions, deductions);
    }

    public static string PayslipUrl(PayslipRow row) => $"/api/payroll/payslips/{row.Year}/{row.Month}";

    public static string HrPayslipUrl(PayslipRow row) => $"/api/payroll/employees/{row.UserId}/payslips/{row.Year}/{row.Month}";

    /// <summary>A token the service must accept except for the one thing a test changes.</summary>
    public static HttpClient ClientWithToken(this PayrollFactory factory, string token)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Polls until <paramref name="condition"/> returns a value or the time is up.</summary>
    public static async Task<T?> EventuallyAsync<T>(Func<Task<T?>> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var value = await condition();
            if (value is not null || DateTime.UtcNow > deadline)
            {
                return value;
            }
            await Task.Delay(100);
        }
    }

    public static Task<int> ExecuteSqlAsync(this PayrollFactory factory, string sql) =>
        factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(sql));
}
