using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ChatNomina.EndToEnd;

/// <summary>An employee reads their own profile and payslips; HR reads anyone's, with the same figures.</summary>
[Collection(StackCollection.Name)]
public sealed class EmployeeDataTests(StackFixture stack)
{
    private static readonly int ThisYear = DateTime.UtcNow.Year;

    [Fact]
    public async Task Employee_reads_own_profile()
    {
        var me = await stack.ClientFor(stack.Ana).GetFromJsonAsync<JsonElement>("api/users/me");

        Assert.Equal(stack.Ana.Id, me.GetProperty("id").GetGuid());
        Assert.Equal(StackEnvironment.Ana, me.GetProperty("email").GetString(), ignoreCase: true);
        Assert.Equal("Ana", me.GetProperty("firstName").GetString());
    }

    [Fact]
    public async Task Employee_reads_own_payslips_from_january_2024_to_this_month()
    {
        var client = stack.ClientFor(stack.Ana);
        var periods = new List<(int Year, int Month)>();
        for (var year = 2024; year <= ThisYear; year++)
        {
            var list = await client.GetFromJsonAsync<JsonElement>($"api/payroll/payslips?year={year}");
            Assert.Equal(stack.Ana.Id, list.GetProperty("userId").GetGuid());
            foreach (var payslip in list.GetProperty("payslips").EnumerateArray())
            {
                Assert.Equal(stack.Ana.Id, payslip.GetProperty("userId").GetGuid());
                AssertConsistent(payslip);
                periods.Add((payslip.GetProperty("year").GetInt32(), payslip.GetProperty("month").GetInt32()));
            }
        }

        Assert.Equal((2024, 1), periods.Min());
        Assert.Equal((ThisYear, DateTime.UtcNow.Month), periods.Max());
    }

    [Fact]
    public async Task Employee_reads_one_period_and_the_latest()
    {
        var client = stack.ClientFor(stack.John);

        var march = await client.GetFromJsonAsync<JsonElement>("api/payroll/payslips/2024/3");
        var latest = await client.GetFromJsonAsync<JsonElement>("api/payroll/payslips/latest");

        Assert.Equal(stack.John.Id, march.GetProperty("userId").GetGuid());
        Assert.Equal(3, march.GetProperty("month").GetInt32());
        Assert.Equal(stack.John.Id, latest.GetProperty("userId").GetGuid());
        AssertConsistent(march);
        AssertConsistent(latest);
    }

    [Fact]
    public async Task Period_without_a_payslip_is_404_problem_details()
    {
        var response = await stack.ClientFor(stack.Ana).GetAsync("api/payroll/payslips/2019/1");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Hr_reads_anyones_profile()
    {
        var hr = stack.ClientFor(stack.Hr);

        var ana = await hr.GetFromJsonAsync<JsonElement>($"api/users/{stack.Ana.Id}");
        var john = await hr.GetFromJsonAsync<JsonElement>($"api/users/{stack.John.Id}");

        Assert.Equal(StackEnvironment.Ana, ana.GetProperty("email").GetString(), ignoreCase: true);
        Assert.Equal(StackEnvironment.John, john.GetProperty("email").GetString(), ignoreCase: true);
        Assert.True((await stack.EmployeesAsync()).Count > 50);
    }

    [Fact]
    public async Task Every_payslip_figure_an_employee_sees_equals_what_hr_sees()
    {
        var hr = stack.ClientFor(stack.Hr);
        foreach (var account in new[] { stack.Ana, stack.John })
        {
            var own = stack.ClientFor(account);
            for (var year = 2024; year <= ThisYear; year++)
            {
                var mine = await own.GetFromJsonAsync<JsonElement>($"api/payroll/payslips?year={year}");
                var hrs = await hr.GetFromJsonAsync<JsonNode>($"api/payroll/employees/{account.Id}/payslips?year={year}");
                Assert.True(JsonNode.DeepEquals(JsonNode.Parse(mine.GetRawText()), AsEmployeeSeesIt(hrs!)),
                    $"{account.Email} {year}: the employee's list differs from HR's published payslips");

                foreach (var payslip in mine.GetProperty("payslips").EnumerateArray())
                {
                    var month = payslip.GetProperty("month").GetInt32();
                    if (month % 4 != 1 && !(year == ThisYear && month == DateTime.UtcNow.Month))
                    {
                        continue; // single-period reads: a sample of months, to keep the suite quick
                    }
                    var single = await own.GetFromJsonAsync<JsonElement>($"api/payroll/payslips/{year}/{month}");
                    var hrSingle = await hr.GetFromJsonAsync<JsonNode>($"api/payroll/employees/{account.Id}/payslips/{year}/{month}");
                    Assert.True(JsonElement.DeepEquals(payslip, single), $"{account.Email} {year}-{month}: list and single read differ");
                    Assert.True(hrSingle!["published"]?.GetValue<bool>() ?? false, $"{account.Email} {year}-{month}: seeded payslip not published");
                    Assert.True(JsonNode.DeepEquals(JsonNode.Parse(single.GetRawText()), WithoutVersionFields(hrSingle)),
                        $"{account.Email} {year}-{month}: employee and HR differ");
                }
            }
        }
    }

    /// <summary>HR's payslip fields the employee's answer does not have (docs/payslip-versions.md).</summary>
    private static readonly string[] VersionFields = ["version", "published", "publishedAt"];

    /// <summary>An HR year list as its employee reads it: only the published payslips, without the version fields.</summary>
    private static JsonNode AsEmployeeSeesIt(JsonNode hrList)
    {
        var list = hrList.DeepClone();
        var payslips = list["payslips"]!.AsArray();
        foreach (var unpublished in payslips.Where(p => p!["published"]?.GetValue<bool>() == false).ToList())
        {
            payslips.Remove(unpublished);
        }
        foreach (var payslip in payslips)
        {
            WithoutVersionFields(payslip!);
        }
        return list;
    }

    private static JsonNode WithoutVersionFields(JsonNode payslip)
    {
        foreach (var field in VersionFields)
        {
            payslip.AsObject().Remove(field);
        }
        return payslip;
    }

    /// <summary>netSalary = grossSalary − totalDeductions, and the deductions add up, exactly.</summary>
    private static void AssertConsistent(JsonElement payslip)
    {
        var gross = payslip.GetProperty("grossSalary").GetDecimal();
        var total = payslip.GetProperty("totalDeductions").GetDecimal();
        var net = payslip.GetProperty("netSalary").GetDecimal();
        var sum = payslip.GetProperty("deductions").EnumerateArray().Sum(d => d.GetProperty("amount").GetDecimal());
        Assert.Equal(gross - total, net);
        Assert.Equal(total, sum);
        Assert.True(net > 0);
    }
}
