using System.Net;
using System.Text.Json;
using ChatNomina.Payroll.Tests.Support;
using static ChatNomina.Payroll.Tests.Support.PayrollApi;

namespace ChatNomina.Payroll.Tests.Api;

/// <summary>A gross or net salary that jumps by more than half from the previous month is a warning, not an error (unless strict).</summary>
public sealed class ImportWarningTests(PayrollFactory factory) : IClassFixture<PayrollFactory>
{
    private static List<(int Line, string Column)> Warnings(JsonElement result) =>
        [.. result.GetProperty("warnings").EnumerateArray().Select(w => (w.GetProperty("line").GetInt32(), w.GetProperty("column").GetString()!))];

    [Fact]
    public async Task A_jump_from_the_stored_previous_month_is_a_warning_and_the_import_succeeds()
    {
        var user = Guid.NewGuid();
        await factory.ImportAsync(PayslipRow.Typical(user, 2025, 1, 2000m));
        var february = PayslipRow.Typical(user, 2025, 2, 3500m);

        var result = await factory.ImportAsync(february);

        Assert.Equal([(2, "gross_salary"), (2, "net_salary")], Warnings(result));
        var message = result.GetProperty("warnings")[0].GetProperty("message").GetString()!;
        Assert.Contains("2025-01", message);
        Assert.Contains("50 %", message);
        Assert.Equal(1, result.GetProperty("created").GetInt32());
        using var employee = factory.Employee(user);
        AssertPayslipMatches(february, await employee.GetOkJsonAsync(PayslipUrl(february)));
    }

    [Fact]
    public async Task A_jump_within_the_file_across_a_year_is_flagged_and_small_changes_are_not()
    {
        var user = Guid.NewGuid();
        var december = PayslipRow.Typical(user, 2024, 12, 2000m);
        var january = PayslipRow.Typical(user, 2025, 1, 800m);
        var february = PayslipRow.Typical(user, 2025, 2, 1000m);

        var result = await factory.ImportAsync(december, january, february);

        Assert.Equal([(3, "gross_salary"), (3, "net_salary")], Warnings(result));
        Assert.Contains("less", result.GetProperty("warnings")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task A_dry_run_reports_the_warnings_too()
    {
        var user = Guid.NewGuid();
        await factory.ImportAsync(PayslipRow.Typical(user, 2025, 3, 2000m));
        using var hr = factory.Hr();

        var result = await hr.PostAsync("/api/payroll/imports?dryRun=true", Csv(PayslipCsv.File(PayslipRow.Typical(user, 2025, 4, 5000m))));

        var body = JsonDocument.Parse(await result.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(HttpStatusCode.OK, result.StatusCode);
        Assert.Equal(2, body.GetProperty("warnings").GetArrayLength());
    }

    [Fact]
    public async Task A_strict_import_with_a_warning_is_refused_and_writes_nothing()
    {
        var user = Guid.NewGuid();
        await factory.ImportAsync(PayslipRow.Typical(user, 2025, 5, 2000m));
        using var hr = factory.Hr();

        using var response = await hr.PostAsync("/api/payroll/imports?strict=true&publish=true",
            Csv(PayslipCsv.File(PayslipRow.Typical(user, 2025, 6, 9000m), PayslipRow.Typical(Guid.NewGuid(), 2025, 6, 2000m))));

        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal([(2, "gross_salary"), (2, "net_salary")], problem.GetProperty("errors").EnumerateArray()
            .Select(e => (e.GetProperty("line").GetInt32(), e.GetProperty("column").GetString()!)));
        Assert.Equal(1, await factory.CountPayslipsAsync(user));
    }
}
