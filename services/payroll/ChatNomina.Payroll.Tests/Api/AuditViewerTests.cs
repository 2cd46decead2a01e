using System.Net;
using System.Text.Json;
using ChatNomina.Payroll.Tests.Support;
using static ChatNomina.Payroll.Tests.Support.PayrollApi;

namespace ChatNomina.Payroll.Tests.Api;

/// <summary>HR and admins read the read audit: who read whose payslip, filtered, own reads left out
/// unless asked for; exporting it leaves an audit row of its own.</summary>
public sealed class AuditViewerTests(PayrollFactory factory) : IClassFixture<PayrollFactory>
{
    private static List<JsonElement> Items(JsonElement page) => [.. page.GetProperty("items").EnumerateArray()];

    [Fact]
    public async Task Hr_sees_who_read_an_employees_payslip_with_own_reads_left_out_unless_asked()
    {
        var ana = Guid.NewGuid();
        var row = PayslipRow.Typical(ana, 2025, 3, 2400m);
        await factory.ImportAsync(row);
        using var hr = factory.Hr();
        using var employee = factory.Employee(ana);
        await hr.GetOkJsonAsync(HrPayslipUrl(row));
        await employee.GetOkJsonAsync("/api/payroll/payslips/2025/3");

        var page = await EventuallyAsync(async () =>
        {
            var p = await hr.GetOkJsonAsync($"/api/payroll/audit?subject={ana}");
            return Items(p).Count >= 1 ? p : (JsonElement?)null;
        }, TimeSpan.FromSeconds(5));
        var read = Assert.Single(Items(page!.Value));
        Assert.Equal(HrUserId, read.GetProperty("readerId").GetGuid());
        Assert.Equal(ana, read.GetProperty("subjectUserId").GetGuid());
        Assert.Equal("payslip.read", read.GetProperty("action").GetString());
        Assert.Equal(3, read.GetProperty("month").GetInt32());
        Assert.False(read.GetProperty("ownData").GetBoolean());

        var all = await EventuallyAsync(async () =>
        {
            var p = Items(await hr.GetOkJsonAsync($"/api/payroll/audit?subject={ana}&includeOwn=true"));
            return p.Count >= 2 ? p : null;
        }, TimeSpan.FromSeconds(5));
        var own = Assert.Single(all!, r => r.GetProperty("ownData").GetBoolean());
        Assert.Equal(ana, own.GetProperty("readerId").GetGuid());
        // Newest first: Ana's own read came after HR's.
        Assert.Equal(ana, all![0].GetProperty("readerId").GetGuid());
        Assert.Single(Items(await hr.GetOkJsonAsync($"/api/payroll/audit?subject={ana}&reader={HrUserId}")));
        Assert.Empty(Items(await hr.GetOkJsonAsync($"/api/payroll/audit?subject={ana}&action=payslip.list")));
    }

    [Fact]
    public async Task Exporting_the_audit_is_audited_and_the_csv_holds_the_rows()
    {
        var john = Guid.NewGuid();
        var row = PayslipRow.Typical(john, 2025, 4, 3900m);
        await factory.ImportAsync(row);
        using var hr = factory.Hr();
        await hr.GetOkJsonAsync(HrPayslipUrl(row));
        await EventuallyAsync(async () => Items(await hr.GetOkJsonAsync($"/api/payroll/audit?subject={john}")).Count >= 1 ? true : (bool?)null,
            TimeSpan.FromSeconds(5));

        using var response = await hr.GetAsync($"/api/payroll/audit/export?subject={john}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("id,accessed_at,reader_id,subject_user_id", lines[0]);
        Assert.Contains(lines, l => l.Contains($",{HrUserId},{john},false,payslip.read,2025,4,", StringComparison.Ordinal));
        var exports = Items(await hr.GetOkJsonAsync($"/api/payroll/audit?subject={john}&action=audit.export&includeOwn=true"));
        Assert.Equal(HrUserId, Assert.Single(exports).GetProperty("readerId").GetGuid());
    }

    [Fact]
    public async Task Only_hr_reads_the_audit_and_bad_filters_are_400()
    {
        using var employee = factory.Employee(Guid.NewGuid());
        Assert.Equal(HttpStatusCode.Forbidden, (await employee.GetAsync("/api/payroll/audit")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await employee.GetAsync("/api/payroll/audit/export")).StatusCode);
        using var hr = factory.Hr();
        await AssertProblemAsync(await hr.GetAsync("/api/payroll/audit?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z"), HttpStatusCode.BadRequest);
        await AssertProblemAsync(await hr.GetAsync("/api/payroll/audit?limit=0"), HttpStatusCode.BadRequest);
        await AssertProblemAsync(await hr.GetAsync("/api/payroll/audit?subject=not-a-guid"), HttpStatusCode.BadRequest);
    }
}
