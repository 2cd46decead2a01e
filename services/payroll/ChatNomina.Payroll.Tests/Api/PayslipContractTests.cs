using System.Net;
using System.Text.Json;
using ChatNomina.Payroll.Tests.Support;
using static ChatNomina.Payroll.Tests.Support.PayrollApi;

namespace ChatNomina.Payroll.Tests.Api;

/// <summary>The payslip JSON of the spec, with exact arithmetic, and 404 problem details for missing periods.</summary>
public sealed class PayslipContractTests(PayrollFactory factory) : IClassFixture<PayrollFactory>
{
    [Fact]
    public async Task Payslip_json_has_the_spec_fields_with_numbers_iso_dates_and_exact_totals()
    {
        var row = new PayslipRow(Guid.NewGuid(), 2025, 1, 2345.67m, SeniorityBonus: 0.01m,
            IncomeTax: 351.85m, SocialSecurity: 110.25m, Unemployment: 36.36m, ProfessionalTraining: 2.35m, PaymentDate: "2025-01-31");
        await factory.ImportAsync(row);
        using var employee = factory.Employee(row.UserId);

        using var response = await employee.GetAsync(PayslipUrl(row));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var payslip = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        foreach (var field in new[] { "grossSalary", "totalDeductions", "netSalary" })
        {
            Assert.Equal(JsonValueKind.Number, payslip.GetProperty(field).ValueKind);
        }
        Assert.Equal(row.UserId.ToString(), payslip.GetProperty("userId").GetString());
        Assert.Equal(2345.68m, payslip.GetProperty("grossSalary").GetDecimal());
        Assert.Equal(500.81m, payslip.GetProperty("totalDeductions").GetDecimal());
        Assert.Equal(1844.87m, payslip.GetProperty("netSalary").GetDecimal());
        Assert.Equal("2025-01-31", payslip.GetProperty("paymentDate").GetString());
        Assert.Equal("EUR", payslip.GetProperty("currency").GetString());
        var irpf = payslip.GetProperty("deductions").EnumerateArray().Single(d => d.GetProperty("type").GetString() == "income_tax");
        Assert.Equal("Retención IRPF", irpf.GetProperty("label").GetString());
        Assert.Equal(JsonValueKind.Number, irpf.GetProperty("amount").ValueKind);
        AssertPayslipMatches(row, payslip);
    }

    [Fact]
    public async Task Every_imported_payslip_reads_back_exactly_with_net_equal_to_gross_minus_deductions()
    {
        var random = new Random(20250101);
        decimal Cents(int min, int max) => random.Next(min * 100, max * 100) / 100m;
        var user = Guid.NewGuid();
        var rows = Enumerable.Range(1, 12).Select(month =>
        {
            var baseSalary = Cents(900, 9000);
            var bonus = Cents(0, 500);
            return new PayslipRow(user, 2024, month, baseSalary, bonus,
                IncomeTax: Math.Round((baseSalary + bonus) * Cents(0, 40) / 100m, 2),
                SocialSecurity: Math.Round((baseSalary + bonus) * 0.047m, 2),
                Unemployment: Math.Round((baseSalary + bonus) * 0.0155m, 2),
                ProfessionalTraining: Math.Round((baseSalary + bonus) * 0.001m, 2));
        }).ToArray();
        await factory.ImportAsync(rows);
        using var employee = factory.Employee(user);

        var year = await employee.GetOkJsonAsync("/api/payroll/payslips?year=2024");

        var payslips = year.GetProperty("payslips").EnumerateArray().ToList();
        Assert.Equal(12, payslips.Count);
        foreach (var (row, payslip) in rows.Zip(payslips))
        {
            AssertPayslipMatches(row, payslip);
            AssertPayslipMatches(row, await employee.GetOkJsonAsync(PayslipUrl(row)));
        }
    }

    [Theory]
    [InlineData("/api/payroll/payslips/2025/2")]
    [InlineData("/api/payroll/payslips/1900/1")]
    [InlineData("/api/payroll/payslips/2200/12")]
    public async Task Period_without_payslip_gets_404_problem_details(string url)
    {
        var user = Guid.NewGuid();
        await factory.ImportAsync(PayslipRow.Typical(user, 2025, 1, 2000m));
        using var employee = factory.Employee(user);

        using var response = await employee.GetAsync(url);

        var problem = await AssertProblemAsync(response, HttpStatusCode.NotFound);
        Assert.Equal(url, problem.GetProperty("instance").GetString());
        Assert.Matches("^[0-9a-f]{32}$", problem.GetProperty("traceId").GetString());
    }
}
