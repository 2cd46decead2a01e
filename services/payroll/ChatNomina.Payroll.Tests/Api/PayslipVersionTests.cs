using System.Net;
using System.Text.Json;
using ChatNomina.Payroll.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using static ChatNomina.Payroll.Tests.Support.PayrollApi;

namespace ChatNomina.Payroll.Tests.Api;

/// <summary>Append-only payslip versions: every change is kept, with who imported it, when and from which import.</summary>
public sealed class PayslipVersionTests(PayrollFactory factory) : IClassFixture<PayrollFactory>
{
    private static string VersionsUrl(PayslipRow row) => $"{HrPayslipUrl(row)}/versions";

    [Fact]
    public async Task A_reimport_keeps_the_old_version_readable_by_hr_with_its_importer_and_import()
    {
        var row = PayslipRow.Typical(Guid.NewGuid(), 2025, 4, 2300m);
        var first = await factory.ImportAsync(row);
        var corrected = row with { IncomeTax = row.IncomeTax + 12.34m };

        var second = await factory.ImportAsync(corrected);

        Assert.Equal(1, second.GetProperty("updated").GetInt32());
        using var hr = factory.Hr();
        var history = await hr.GetOkJsonAsync(VersionsUrl(row));
        Assert.Equal(row.UserId, history.GetProperty("userId").GetGuid());
        var versions = history.GetProperty("versions").EnumerateArray().ToList();
        Assert.Equal([2, 1], versions.Select(v => v.GetProperty("version").GetInt32()));
        var (newest, oldest) = (versions[0], versions[1]);
        Assert.Equal(corrected.Net, newest.GetProperty("netSalary").GetDecimal());
        Assert.Equal(row.Net, oldest.GetProperty("netSalary").GetDecimal());
        Assert.Equal(row.IncomeTax, oldest.GetProperty("deductions").EnumerateArray()
            .Single(d => d.GetProperty("type").GetString() == "income_tax").GetProperty("amount").GetDecimal());
        Assert.Equal(first.GetProperty("importId").GetInt64(), oldest.GetProperty("importId").GetInt64());
        Assert.Equal(second.GetProperty("importId").GetInt64(), newest.GetProperty("importId").GetInt64());
        Assert.All(versions, v => Assert.Equal(HrUserId, v.GetProperty("importedBy").GetGuid()));
        Assert.All(versions, v => Assert.Equal(64, v.GetProperty("fileSha256").GetString()!.Length));
        Assert.True(newest.GetProperty("shownToEmployee").GetBoolean());
        Assert.False(oldest.GetProperty("shownToEmployee").GetBoolean());
        Assert.Empty(oldest.GetProperty("changes").EnumerateArray());
        var changes = newest.GetProperty("changes").EnumerateArray()
            .ToDictionary(c => c.GetProperty("field").GetString()!, c => (c.GetProperty("previous").GetString(), c.GetProperty("current").GetString()));
        Assert.Equal(["totalDeductions", "netSalary", "deductions.income_tax"], changes.Keys);
        Assert.Equal((PayslipRow.Money(row.Net), PayslipRow.Money(corrected.Net)), changes["netSalary"]);

        // The import history's row is the one the version names (same file hash).
        var imports = await hr.GetOkJsonAsync("/api/payroll/imports");
        var record = imports.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetInt64() == second.GetProperty("importId").GetInt64());
        Assert.Equal(record.GetProperty("fileSha256").GetString(), newest.GetProperty("fileSha256").GetString());
        // The employee and HR's current read both get the corrected figures.
        using var employee = factory.Employee(row.UserId);
        AssertPayslipMatches(corrected, await employee.GetOkJsonAsync(PayslipUrl(row)));
        var current = await hr.GetOkJsonAsync(HrPayslipUrl(row));
        AssertPayslipMatches(corrected, current);
        Assert.Equal(2, current.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Reimporting_identical_figures_adds_no_version()
    {
        var row = PayslipRow.Typical(Guid.NewGuid(), 2025, 5, 2300m);
        await factory.ImportAsync(row);

        var again = await factory.ImportAsync(row);

        Assert.Equal(1, again.GetProperty("unchanged").GetInt32());
        using var hr = factory.Hr();
        var history = await hr.GetOkJsonAsync(VersionsUrl(row));
        Assert.Single(history.GetProperty("versions").EnumerateArray());
        Assert.Equal(1, await factory.WithDbAsync(db => db.PayslipVersions.CountAsync(v => v.UserId == row.UserId)));
    }

    [Fact]
    public async Task A_payslip_without_versions_is_404_in_the_history()
    {
        using var hr = factory.Hr();

        using var response = await hr.GetAsync(VersionsUrl(PayslipRow.Typical(Guid.NewGuid(), 2025, 5, 2300m)));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    public static TheoryData<string> Tampering => new()
    {
        "UPDATE payroll.payslip_versions SET gross_salary = gross_salary + 1, net_salary = net_salary + 1 WHERE user_id = '{user}'",
        "UPDATE payroll.payslip_versions SET imported_by = gen_random_uuid() WHERE user_id = '{user}'",
        "UPDATE payroll.payslip_versions SET published_at = NULL WHERE user_id = '{user}'",
        "UPDATE payroll.payslip_versions SET published_at = now() + interval '1 day' WHERE user_id = '{user}'",
        "DELETE FROM payroll.payslip_versions WHERE user_id = '{user}'",
        "UPDATE payroll.payslip_version_lines SET amount = amount + 1 WHERE version_id IN (SELECT id FROM payroll.payslip_versions WHERE user_id = '{user}')",
        "DELETE FROM payroll.payslip_version_lines WHERE version_id IN (SELECT id FROM payroll.payslip_versions WHERE user_id = '{user}')",
        "TRUNCATE payroll.payslip_versions CASCADE",
        "TRUNCATE payroll.payslip_version_lines",
    };

    [Theory]
    [MemberData(nameof(Tampering))]
    public async Task A_stored_version_cannot_be_updated_or_deleted_through_the_apps_connection(string sql)
    {
        var row = PayslipRow.Typical(Guid.NewGuid(), 2025, 6, 2300m);
        await factory.ImportAsync(row);
        var before = await HistoryJsonAsync(row);

        var refused = await Assert.ThrowsAsync<PostgresException>(() => factory.ExecuteSqlAsync(sql.Replace("{user}", row.UserId.ToString())));

        Assert.Equal(PostgresErrorCodes.RestrictViolation, refused.SqlState);
        Assert.Contains("insert-only", refused.MessageText);
        Assert.Equal(before, await HistoryJsonAsync(row));
    }

    [Fact]
    public async Task A_payslip_with_versions_cannot_be_deleted()
    {
        var row = PayslipRow.Typical(Guid.NewGuid(), 2025, 7, 2300m);
        await factory.ImportAsync(row);

        var refused = await Assert.ThrowsAsync<PostgresException>(() =>
            factory.ExecuteSqlAsync($"DELETE FROM payroll.payslips WHERE user_id = '{row.UserId}'"));

        Assert.Equal(PostgresErrorCodes.ForeignKeyViolation, refused.SqlState);
    }

    [Fact]
    public async Task Employees_get_403_on_the_history_and_the_publish_route()
    {
        var row = PayslipRow.Typical(Guid.NewGuid(), 2025, 8, 2300m);
        var import = await factory.ImportAsync(row);
        using var employee = factory.Employee(row.UserId);

        using var own = await employee.GetAsync(VersionsUrl(row));
        using var publish = await employee.PostAsync($"/api/payroll/imports/{import.GetProperty("importId").GetInt64()}/publish", null);

        Assert.Equal(HttpStatusCode.Forbidden, own.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, publish.StatusCode);
    }

    [Fact]
    public async Task Hr_still_cannot_import_their_own_payslip_even_to_publish_it()
    {
        using var hr = factory.Hr();

        using var response = await hr.PostAsync("/api/payroll/imports?publish=true",
            Csv(PayslipCsv.File(PayslipRow.Typical(HrUserId, 2025, 9, 9000m))));

        await AssertProblemAsync(response, HttpStatusCode.Forbidden);
        Assert.Equal(0, await factory.WithDbAsync(db => db.PayslipVersions.CountAsync(v => v.UserId == HrUserId)));
    }

    private async Task<string> HistoryJsonAsync(PayslipRow row)
    {
        using var hr = factory.Hr();
        return JsonSerializer.Serialize(await hr.GetOkJsonAsync(VersionsUrl(row)));
    }
}
