using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ChatNomina.Payroll.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static ChatNomina.Payroll.Tests.Support.PayrollApi;

namespace ChatNomina.Payroll.Tests.Api;

public sealed class ImportTests(PayrollFactory factory) : IClassFixture<PayrollFactory>
{
    /// <summary>Every stored figure of these users' payslips, to compare before and after an import.</summary>
    private Task<List<string>> SnapshotAsync(params Guid[] userIds) => factory.WithDbAsync(async db =>
        (await db.Payslips.AsNoTracking().Where(p => userIds.Contains(p.UserId)).ToListAsync())
            .OrderBy(p => p.UserId).ThenBy(p => p.Year).ThenBy(p => p.Month)
            .Select(p => string.Join('|',
                p.Id, p.UserId, p.Year, p.Month, p.GrossSalary, p.TotalDeductions, p.NetSalary, p.PaymentDate, p.Currency, p.UpdatedAt.UtcTicks,
                string.Join(';', p.Lines.OrderBy(l => l.Position).Select(l => $"{l.Id}:{l.Kind}:{l.Type}:{l.Label}:{l.Amount}"))))
            .ToList());

    [Fact]
    public async Task Hr_cannot_import_their_own_payslip_and_nothing_of_the_file_is_written()
    {
        var colleague = Guid.NewGuid();
        var file = PayslipCsv.File(PayslipRow.Typical(colleague, 2025, 1, 2400m), PayslipRow.Typical(HrUserId, 2025, 1, 9000m));
        using var hr = factory.Hr();

        using var response = await hr.PostAsync("/api/payroll/imports", new StringContent(file, Encoding.UTF8, "text/csv"));

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Forbidden, body);
        var error = Assert.Single(JsonDocument.Parse(body).RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal(3, error.GetProperty("line").GetInt32());
        Assert.Equal("user_id", error.GetProperty("column").GetString());
        Assert.Equal(0, await factory.CountPayslipsAsync(colleague, HrUserId));
    }

    [Fact]
    public async Task Good_file_creates_every_payslip_and_reports_the_counts()
    {
        Guid ana = Guid.NewGuid(), john = Guid.NewGuid();
        PayslipRow[] rows =
        [
            PayslipRow.Typical(ana, 2025, 1, 2400m), PayslipRow.Typical(ana, 2025, 2, 2400m),
            PayslipRow.Typical(john, 2025, 1, 3900m),
        ];

        var result = await factory.ImportAsync(rows);

        Assert.Equal(3, result.GetProperty("rows").GetInt32());
        Assert.Equal(3, result.GetProperty("created").GetInt32());
        Assert.Equal(0, result.GetProperty("updated").GetInt32());
        Assert.Equal(0, result.GetProperty("unchanged").GetInt32());
        Assert.Equal(3, await factory.CountPayslipsAsync(ana, john));
        using var hr = factory.Hr();
        foreach (var row in rows)
        {
            AssertPayslipMatches(row, await hr.GetOkJsonAsync(HrPayslipUrl(row)));
        }
    }

    [Fact]
    public async Task File_with_one_bad_row_writes_nothing_and_answers_400_listing_the_line()
    {
        Guid ana = Guid.NewGuid(), john = Guid.NewGuid();
        var existing = PayslipRow.Typical(ana, 2025, 1, 2400m);
        await factory.ImportAsync(existing);
        var before = await SnapshotAsync(ana, john);
        var csv = PayslipCsv.File(
            (existing with { BaseSalary = 9999m }).ToCsv(),                       // line 2: would update
            PayslipRow.Typical(john, 2025, 1, 3900m).ToCsv(),                     // line 3: would create
            PayslipRow.Typical(john, 2025, 2, 3900m).ToCsv().Replace(",2025,2,", ",2025,13,"),     // line 4: bad month
            PayslipRow.Typical(ana, 2025, 3, 2400m).ToCsv());                     // line 5: would create

        using var hr = factory.Hr();
        using var response = await hr.PostAsync("/api/payroll/imports", Csv(csv));

        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        var error = Assert.Single(problem.GetProperty("errors").EnumerateArray());
        Assert.Equal(4, error.GetProperty("line").GetInt32());
        Assert.Equal("month", error.GetProperty("column").GetString());
        Assert.Contains("13", error.GetProperty("message").GetString());
        Assert.Equal(before, await SnapshotAsync(ana, john));
        Assert.Equal(1, await factory.CountPayslipsAsync(ana, john));
    }

    [Fact]
    public async Task Every_bad_row_of_a_file_is_listed_with_its_line_number()
    {
        var user = Guid.NewGuid();
        var good = PayslipRow.Typical(user, 2025, 5, 2000m);
        var csv = PayslipCsv.File(
            good.ToCsv(),
            "not-a-user,2025,6,2025-06-30,EUR,1.00,1.00,0.00,0.00,0.00,0.00,0.00,1.00",
            (good with { Month = 7 }).ToCsv().Replace("2025-07-31", "2025-07-32"),
            (good with { Month = 8 }).ToCsv().Replace(PayslipRow.Money(good.Net), PayslipRow.Money(good.Net + 0.01m)),
            good.ToCsv());

        using var hr = factory.Hr();
        using var response = await hr.PostAsync("/api/payroll/imports", Csv(csv));

        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(
            [(3, "user_id"), (4, "payment_date"), (5, "net_salary"), (6, null)],
            problem.GetProperty("errors").EnumerateArray()
                .Select(e => (e.GetProperty("line").GetInt32(), e.GetProperty("column").GetString())));
        Assert.Equal(0, await factory.CountPayslipsAsync(user));
    }

    [Fact]
    public async Task Reimporting_the_same_file_changes_nothing()
    {
        Guid ana = Guid.NewGuid(), john = Guid.NewGuid();
        var csv = PayslipCsv.File(
            PayslipRow.Typical(ana, 2025, 1, 2400m), PayslipRow.Typical(ana, 2025, 2, 2400m), PayslipRow.Typical(john, 2025, 1, 3900m));
        await factory.ImportAsync(csv);
        var before = await SnapshotAsync(ana, john);

        var again = await factory.ImportAsync(csv);

        Assert.Equal(0, again.GetProperty("created").GetInt32());
        Assert.Equal(0, again.GetProperty("updated").GetInt32());
        Assert.Equal(3, again.GetProperty("unchanged").GetInt32());
        Assert.Equal(before, await SnapshotAsync(ana, john)); // same ids, figures, lines and timestamps
    }

    [Fact]
    public async Task Changed_file_updates_only_the_changed_payslip_and_replaces_its_lines()
    {
        var user = Guid.NewGuid();
        var january = PayslipRow.Typical(user, 2025, 1, 2400m);
        var february = PayslipRow.Typical(user, 2025, 2, 2400m);
        await factory.ImportAsync(january, february);
        var changed = february with { IncomeTax = february.IncomeTax + 50m, SeniorityBonus = 0m, PaymentDate = "2025-02-27" };

        var result = await factory.ImportAsync(january, changed);

        Assert.Equal(1, result.GetProperty("updated").GetInt32());
        Assert.Equal(1, result.GetProperty("unchanged").GetInt32());
        Assert.Equal(2, await factory.CountPayslipsAsync(user));
        using var hr = factory.Hr();
        AssertPayslipMatches(changed, await hr.GetOkJsonAsync(HrPayslipUrl(changed)));
        AssertPayslipMatches(january, await hr.GetOkJsonAsync(HrPayslipUrl(january)));
        var stored = await factory.WithDbAsync(db => db.Payslips.AsNoTracking().SingleAsync(p => p.UserId == user && p.Month == 2));
        Assert.Equal(["base_salary", "income_tax", "social_security", "unemployment", "professional_training"],
            stored.Lines.OrderBy(l => l.Position).Select(l => l.Type)); // the seniority line is gone, not zeroed
        var orphans = await factory.WithDbAsync(db => db.PayslipLines.CountAsync(l => !db.Payslips.Any(p => p.Id == l.PayslipId)));
        Assert.Equal(0, orphans);
    }

    [Fact]
    public async Task Import_is_accepted_as_a_multipart_file_upload()
    {
        var row = PayslipRow.Typical(Guid.NewGuid(), 2025, 4, 2100m);
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(PayslipCsv.File(row)));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "payslips.csv");

        using var hr = factory.Hr();
        using var response = await hr.PostAsync("/api/payroll/imports", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertPayslipMatches(row, await hr.GetOkJsonAsync(HrPayslipUrl(row)));
    }

    [Fact]
    public async Task Utf8_file_with_a_byte_order_mark_is_accepted()
    {
        var row = PayslipRow.Typical(Guid.NewGuid(), 2025, 4, 2100m);
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(PayslipCsv.File(row))).ToArray();
        using var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv") { CharSet = "utf-8" };

        using var hr = factory.Hr();
        using var response = await hr.PostAsync("/api/payroll/imports", content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, await factory.CountPayslipsAsync(row.UserId));
    }

    [Fact]
    public async Task Employee_cannot_import_payslips()
    {
        var user = Guid.NewGuid();
        using var employee = factory.Employee(user);

        using var response = await employee.PostAsync("/api/payroll/imports", Csv(PayslipCsv.File(PayslipRow.Typical(user, 2025, 1, 99999m))));

        await AssertProblemAsync(response, HttpStatusCode.Forbidden);
        Assert.Equal(0, await factory.CountPayslipsAsync(user));
    }

    [Fact]
    public async Task Import_answer_is_json_with_the_row_counts()
    {
        var row = PayslipRow.Typical(Guid.NewGuid(), 2024, 12, 2100m);
        using var hr = factory.Hr();

        using var response = await hr.PostAsync("/api/payroll/imports", Csv(PayslipCsv.File(row)));

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(1, body.GetProperty("rows").GetInt32());
    }
}
