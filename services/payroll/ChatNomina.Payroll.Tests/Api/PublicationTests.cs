using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ChatNomina.Payroll.Tests.Support;
using static ChatNomina.Payroll.Tests.Support.PayrollApi;

namespace ChatNomina.Payroll.Tests.Api;

/// <summary>
/// Imported payslips reach their employees only when published — with the import (<c>?publish=true</c>)
/// or by <c>POST /api/payroll/imports/{importId}/publish</c>, now or at a date — never from the cache before.
/// </summary>
public sealed class PublicationTests(PayrollFactoryWithClock factory) : IClassFixture<PayrollFactoryWithClock>
{
    private static string PublishUrl(JsonElement import) => $"/api/payroll/imports/{import.GetProperty("importId").GetInt64()}/publish";

    private static string PdfUrl(PayslipRow row) => $"{PayslipUrl(row)}/pdf";

    private static async Task AssertAbsentForTheEmployeeAsync(HttpClient employee, PayslipRow row)
    {
        foreach (var url in new[] { PayslipUrl(row), PdfUrl(row) })
        {
            using var response = await employee.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{url}: {(int)response.StatusCode}");
        }
        var year = await employee.GetOkJsonAsync($"/api/payroll/payslips?year={row.Year}");
        Assert.DoesNotContain(year.GetProperty("payslips").EnumerateArray(), p => p.GetProperty("month").GetInt32() == row.Month);
        using var latest = await employee.GetAsync("/api/payroll/payslips/latest");
        if (latest.StatusCode == HttpStatusCode.OK)
        {
            var payslip = await latest.Content.ReadFromJsonAsync<JsonElement>();
            Assert.False(payslip.GetProperty("year").GetInt32() == row.Year && payslip.GetProperty("month").GetInt32() == row.Month);
        }
    }

    [Fact]
    public async Task An_unpublished_import_is_invisible_to_its_employee_until_published()
    {
        var row = PayslipRow.Typical(Guid.NewGuid(), 2025, 3, 2300m);
        var import = await factory.ImportAsync(PayslipCsv.File(row), publish: false);
        Assert.False(import.GetProperty("published").GetBoolean());
        using var employee = factory.Employee(row.UserId);
        using var hr = factory.Hr();

        await AssertAbsentForTheEmployeeAsync(employee, row);
        await AssertAbsentForTheEmployeeAsync(employee, row); // and not from the cache either
        var draft = await hr.GetOkJsonAsync(HrPayslipUrl(row));
        AssertPayslipMatches(row, draft);
        Assert.False(draft.GetProperty("published").GetBoolean());
        Assert.False(draft.TryGetProperty("publishedAt", out _));
        var hrYear = await hr.GetOkJsonAsync($"/api/payroll/employees/{row.UserId}/payslips?year=2025");
        Assert.False(Assert.Single(hrYear.GetProperty("payslips").EnumerateArray()).GetProperty("published").GetBoolean());

        using var published = await hr.PostAsync(PublishUrl(import), null);

        var result = await published.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(published.StatusCode == HttpStatusCode.OK, result.ToString());
        Assert.True(result.GetProperty("published").GetBoolean());
        Assert.Equal(1, result.GetProperty("payslips").GetInt32());
        var seen = await employee.GetOkJsonAsync(PayslipUrl(row));
        AssertPayslipMatches(row, seen);
        Assert.False(seen.TryGetProperty("published", out _)); // the employee's shape is unchanged
        Assert.False(seen.TryGetProperty("version", out _));
        Assert.Single((await employee.GetOkJsonAsync("/api/payroll/payslips?year=2025")).GetProperty("payslips").EnumerateArray());
        Assert.True((await hr.GetOkJsonAsync(HrPayslipUrl(row))).GetProperty("published").GetBoolean());

        using var again = await hr.PostAsync(PublishUrl(import), null);
        var second = await again.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((0, 1), (second.GetProperty("payslips").GetInt32(), second.GetProperty("alreadyPublished").GetInt32()));
    }

    [Fact]
    public async Task An_unpublished_reimport_leaves_the_employee_on_the_published_version_even_when_cached()
    {
        var user = Guid.NewGuid();
        var may = PayslipRow.Typical(user, 2025, 5, 2300m);
        var june = PayslipRow.Typical(user, 2025, 6, 2300m);
        await factory.ImportAsync(may, june);
        using var employee = factory.Employee(user);
        AssertPayslipMatches(june, await employee.GetOkJsonAsync(PayslipUrl(june))); // cached now
        await employee.GetOkJsonAsync("/api/payroll/payslips?year=2025");
        await employee.GetOkJsonAsync("/api/payroll/payslips/latest");
        var newJune = june with { IncomeTax = june.IncomeTax + 50m };
        var july = PayslipRow.Typical(user, 2025, 7, 2300m);

        var import = await factory.ImportAsync(PayslipCsv.File(newJune, july), publish: false);

        AssertPayslipMatches(june, await employee.GetOkJsonAsync(PayslipUrl(june)));
        var year = await employee.GetOkJsonAsync("/api/payroll/payslips?year=2025");
        Assert.Equal([5, 6], year.GetProperty("payslips").EnumerateArray().Select(p => p.GetProperty("month").GetInt32()));
        AssertPayslipMatches(june, year.GetProperty("payslips")[1]);
        AssertPayslipMatches(june, await employee.GetOkJsonAsync("/api/payroll/payslips/latest"));
        await AssertAbsentForTheEmployeeAsync(employee, july);
        using var hr = factory.Hr();
        var current = await hr.GetOkJsonAsync(HrPayslipUrl(june));
        AssertPayslipMatches(newJune, current);
        Assert.Equal((2, false), (current.GetProperty("version").GetInt32(), current.GetProperty("published").GetBoolean()));
        var history = (await hr.GetOkJsonAsync($"{HrPayslipUrl(june)}/versions")).GetProperty("versions");
        Assert.Equal([false, true], history.EnumerateArray().Select(v => v.GetProperty("shownToEmployee").GetBoolean()));

        using var published = await hr.PostAsync(PublishUrl(import), null);
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);

        AssertPayslipMatches(newJune, await employee.GetOkJsonAsync(PayslipUrl(june)));
        AssertPayslipMatches(july, await employee.GetOkJsonAsync("/api/payroll/payslips/latest"));
        Assert.Equal(3, (await employee.GetOkJsonAsync("/api/payroll/payslips?year=2025")).GetProperty("payslips").GetArrayLength());
    }

    [Fact]
    public async Task A_scheduled_publication_becomes_visible_at_its_time_and_not_before_even_from_the_cache()
    {
        var user = Guid.NewGuid();
        var august = PayslipRow.Typical(user, 2025, 8, 2300m);
        await factory.ImportAsync(august);
        using var employee = factory.Employee(user);
        AssertPayslipMatches(august, await employee.GetOkJsonAsync(PayslipUrl(august)));
        await employee.GetOkJsonAsync("/api/payroll/payslips?year=2025");
        var newAugust = august with { IncomeTax = august.IncomeTax + 10m };
        var september = PayslipRow.Typical(user, 2025, 9, 2300m);
        var import = await factory.ImportAsync(PayslipCsv.File(newAugust, september), publish: false);
        using var hr = factory.Hr();
        var now = factory.Clock.GetUtcNow();
        var at = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, now.Minute, now.Second, TimeSpan.Zero).AddHours(1);

        using var scheduled = await hr.PostAsJsonAsync(PublishUrl(import), new { at });

        var result = await scheduled.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(scheduled.StatusCode == HttpStatusCode.OK, result.ToString());
        Assert.False(result.GetProperty("published").GetBoolean());
        Assert.Equal(at, result.GetProperty("publishedAt").GetDateTimeOffset());
        AssertPayslipMatches(august, await employee.GetOkJsonAsync(PayslipUrl(august)));
        await AssertAbsentForTheEmployeeAsync(employee, september);
        var draft = await hr.GetOkJsonAsync(HrPayslipUrl(september));
        Assert.False(draft.GetProperty("published").GetBoolean());
        Assert.Equal(at, draft.GetProperty("publishedAt").GetDateTimeOffset());

        factory.Clock.Offset += TimeSpan.FromMinutes(61);
        try
        {
            AssertPayslipMatches(newAugust, await employee.GetOkJsonAsync(PayslipUrl(august)));
            AssertPayslipMatches(september, await employee.GetOkJsonAsync(PayslipUrl(september)));
            Assert.Equal([8, 9], (await employee.GetOkJsonAsync("/api/payroll/payslips?year=2025")).GetProperty("payslips")
                .EnumerateArray().Select(p => p.GetProperty("month").GetInt32()));
            Assert.True((await hr.GetOkJsonAsync(HrPayslipUrl(september))).GetProperty("published").GetBoolean());
        }
        finally
        {
            factory.Clock.Offset = TimeSpan.Zero;
        }
    }

    [Fact]
    public async Task Publishing_in_the_past_an_unknown_import_or_a_dry_run_is_refused()
    {
        var row = PayslipRow.Typical(Guid.NewGuid(), 2025, 10, 2300m);
        var import = await factory.ImportAsync(PayslipCsv.File(row), publish: false);
        using var hr = factory.Hr();

        using var past = await hr.PostAsJsonAsync(PublishUrl(import), new { at = factory.Clock.GetUtcNow().AddDays(-1) });
        using var garbled = await hr.PostAsync(PublishUrl(import), new StringContent("{\"at\":\"tomorrow\"}", System.Text.Encoding.UTF8, "application/json"));
        using var unknown = await hr.PostAsync("/api/payroll/imports/999999999/publish", null);
        using var dry = await hr.PostAsync("/api/payroll/imports?dryRun=true", Csv(PayslipCsv.File(row with { Month = 11 })));
        var dryRunId = (await hr.GetOkJsonAsync("/api/payroll/imports")).GetProperty("items")[0];
        Assert.Equal("dry_run", dryRunId.GetProperty("result").GetString());
        using var dryPublish = await hr.PostAsync($"/api/payroll/imports/{dryRunId.GetProperty("id").GetInt64()}/publish", null);

        await AssertProblemAsync(past, HttpStatusCode.BadRequest);
        await AssertProblemAsync(garbled, HttpStatusCode.BadRequest);
        await AssertProblemAsync(unknown, HttpStatusCode.NotFound);
        await AssertProblemAsync(dryPublish, HttpStatusCode.NotFound);
        using var employee = factory.Employee(row.UserId);
        await AssertAbsentForTheEmployeeAsync(employee, row);
    }

    [Fact]
    public async Task Publish_true_on_an_unchanged_file_publishes_what_an_earlier_import_left_unpublished()
    {
        var row = PayslipRow.Typical(Guid.NewGuid(), 2025, 12, 2300m);
        await factory.ImportAsync(PayslipCsv.File(row), publish: false);

        var again = await factory.ImportAsync(PayslipCsv.File(row), publish: true);

        Assert.Equal(1, again.GetProperty("unchanged").GetInt32());
        using var employee = factory.Employee(row.UserId);
        AssertPayslipMatches(row, await employee.GetOkJsonAsync(PayslipUrl(row)));
    }
}
