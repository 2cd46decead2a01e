using System.Net;
using ChatNomina.Payroll.Tests.Support;
using ChatNomina.Testing;
using static ChatNomina.Payroll.Tests.Support.PayrollApi;

namespace ChatNomina.Payroll.Tests.Api;

/// <summary>Reads are cached in Redis; an import makes the new figures visible at once.</summary>
public sealed class PayslipCacheTests(PayrollFactory factory) : IClassFixture<PayrollFactory>
{
    [Fact]
    public async Task A_read_caches_the_payslip_under_its_documented_key()
    {
        var row = PayslipRow.Typical(Guid.NewGuid(), 2025, 6, 2300m);
        await factory.ImportAsync(row);
        using var employee = factory.Employee(row.UserId);
        Assert.False(await RedisProbe.KeyExistsAsync(await factory.PayslipKeyAsync(row.UserId, 2025, 6)));

        await employee.GetOkJsonAsync(PayslipUrl(row));

        Assert.True(await RedisProbe.KeyExistsAsync(await factory.PayslipKeyAsync(row.UserId, 2025, 6)));
    }

    [Fact]
    public async Task Import_of_a_changed_figure_is_visible_immediately_on_a_cached_payslip()
    {
        var row = PayslipRow.Typical(Guid.NewGuid(), 2025, 6, 2300m);
        await factory.ImportAsync(row);
        using var employee = factory.Employee(row.UserId);
        AssertPayslipMatches(row, await employee.GetOkJsonAsync(PayslipUrl(row)));
        Assert.True(await RedisProbe.KeyExistsAsync(await factory.PayslipKeyAsync(row.UserId, 2025, 6)));
        var corrected = row with { IncomeTax = row.IncomeTax + 12.34m };

        await factory.ImportAsync(corrected);

        var after = await employee.GetOkJsonAsync(PayslipUrl(row));
        AssertPayslipMatches(corrected, after);
        Assert.Equal(corrected.Net, after.GetProperty("netSalary").GetDecimal());
    }

    [Fact]
    public async Task Import_is_visible_immediately_on_a_cached_year_list_latest_and_hr_read()
    {
        var user = Guid.NewGuid();
        var may = PayslipRow.Typical(user, 2025, 5, 2300m);
        var june = PayslipRow.Typical(user, 2025, 6, 2300m);
        await factory.ImportAsync(may, june);
        using var employee = factory.Employee(user);
        using var hr = factory.Hr();
        await employee.GetOkJsonAsync("/api/payroll/payslips?year=2025");
        await employee.GetOkJsonAsync("/api/payroll/payslips/latest");
        await hr.GetOkJsonAsync(HrPayslipUrl(june));
        Assert.True(await RedisProbe.KeyExistsAsync(await factory.YearKeyAsync(user, 2025)));
        Assert.True(await RedisProbe.KeyExistsAsync(await factory.LatestKeyAsync(user)));
        var newJune = june with { BaseSalary = 2600m };
        var july = PayslipRow.Typical(user, 2025, 7, 2600m);

        await factory.ImportAsync(newJune, july);

        var year = await employee.GetOkJsonAsync("/api/payroll/payslips?year=2025");
        Assert.Equal([5, 6, 7], year.GetProperty("payslips").EnumerateArray().Select(p => p.GetProperty("month").GetInt32()));
        AssertPayslipMatches(newJune, year.GetProperty("payslips")[1]);
        AssertPayslipMatches(july, await employee.GetOkJsonAsync("/api/payroll/payslips/latest"));
        AssertPayslipMatches(newJune, await hr.GetOkJsonAsync(HrPayslipUrl(june)));
    }

    [Fact]
    public async Task A_404_is_not_cached_so_a_later_import_is_visible()
    {
        var row = PayslipRow.Typical(Guid.NewGuid(), 2025, 8, 2300m);
        using var employee = factory.Employee(row.UserId);
        using var before = await employee.GetAsync(PayslipUrl(row));
        Assert.Equal(HttpStatusCode.NotFound, before.StatusCode);

        await factory.ImportAsync(row);

        AssertPayslipMatches(row, await employee.GetOkJsonAsync(PayslipUrl(row)));
    }

    [Fact]
    public async Task Unchanged_reimport_keeps_serving_the_same_figures()
    {
        var row = PayslipRow.Typical(Guid.NewGuid(), 2025, 9, 2300m);
        await factory.ImportAsync(row);
        using var employee = factory.Employee(row.UserId);
        var first = await employee.GetOkJsonAsync(PayslipUrl(row));

        await factory.ImportAsync(row);

        Assert.Equal(first.ToString(), (await employee.GetOkJsonAsync(PayslipUrl(row))).ToString());
    }
}
