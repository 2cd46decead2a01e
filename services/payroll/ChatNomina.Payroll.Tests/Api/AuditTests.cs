using System.Net;
using ChatNomina.Payroll.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static ChatNomina.Payroll.Tests.Support.PayrollApi;

namespace ChatNomina.Payroll.Tests.Api;

/// <summary>Every read of pay data leaves a record of who read whose payslip, when, and in which trace.</summary>
public sealed class AuditTests(PayrollFactory factory) : IClassFixture<PayrollFactory>
{
    public sealed record AuditRow(Guid ReaderId, Guid SubjectUserId, string Action, int? Year, int? Month, DateTimeOffset AccessedAt, string? TraceId);

    /// <summary>The audit rows about <paramref name="subject"/>, read with SQL from the documented table.</summary>
    private Task<List<AuditRow>> AuditOfAsync(Guid subject) => factory.WithDbAsync(db => db.Database.SqlQuery<AuditRow>($"""
        SELECT reader_id AS "ReaderId", subject_user_id AS "SubjectUserId", action AS "Action", year AS "Year",
               month AS "Month", accessed_at AS "AccessedAt", trace_id AS "TraceId"
        FROM payroll.payslip_accesses WHERE subject_user_id = {subject} ORDER BY id
        """).ToListAsync());

    /// <summary>Waits for the batched writer: up to a few seconds until <paramref name="count"/> rows exist.</summary>
    private async Task<List<AuditRow>> EventuallyAuditOfAsync(Guid subject, int count)
    {
        var rows = await EventuallyAsync(async () =>
        {
            var found = await AuditOfAsync(subject);
            return found.Count >= count ? found : null;
        }, TimeSpan.FromSeconds(5));
        return rows ?? await AuditOfAsync(subject);
    }

    private static HttpRequestMessage TracedGet(string url, string traceId)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("traceparent", $"00-{traceId}-b7ad6b7169203331-01");
        return request;
    }

    private static string NewTraceId() => Guid.NewGuid().ToString("N");

    [Fact]
    public async Task Employee_reading_a_payslip_leaves_an_audit_record_with_the_trace_id()
    {
        var row = PayslipRow.Typical(Guid.NewGuid(), 2025, 3, 2500m);
        await factory.ImportAsync(row);
        using var employee = factory.Employee(row.UserId);
        var traceId = NewTraceId();
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);

        using var request = TracedGet(PayslipUrl(row), traceId);
        using var response = await employee.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var audit = Assert.Single(await EventuallyAuditOfAsync(row.UserId, 1));
        Assert.Equal(row.UserId, audit.ReaderId);
        Assert.Equal(row.UserId, audit.SubjectUserId);
        Assert.Equal("payslip.read", audit.Action);
        Assert.Equal((2025, 3), (audit.Year, audit.Month));
        Assert.Equal(traceId, audit.TraceId);
        Assert.InRange(audit.AccessedAt, before, DateTimeOffset.UtcNow.AddSeconds(1));
    }

    [Fact]
    public async Task Hr_reading_an_employees_payslip_is_audited_with_hr_as_the_reader()
    {
        var row = PayslipRow.Typical(Guid.NewGuid(), 2025, 4, 2500m);
        await factory.ImportAsync(row);
        using var hr = factory.Hr();
        var traceId = NewTraceId();

        using var request = TracedGet(HrPayslipUrl(row), traceId);
        using var response = await hr.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var audit = Assert.Single(await EventuallyAuditOfAsync(row.UserId, 1));
        Assert.Equal(HrUserId, audit.ReaderId);
        Assert.Equal(row.UserId, audit.SubjectUserId);
        Assert.Equal("payslip.read", audit.Action);
        Assert.Equal((2025, 4), (audit.Year, audit.Month));
        Assert.Equal(traceId, audit.TraceId);
    }

    [Fact]
    public async Task Cached_reads_lists_latest_and_misses_are_audited_too()
    {
        var row = PayslipRow.Typical(Guid.NewGuid(), 2025, 5, 2500m);
        await factory.ImportAsync(row);
        using var employee = factory.Employee(row.UserId);

        await employee.GetOkJsonAsync(PayslipUrl(row));                    // from PostgreSQL
        await employee.GetOkJsonAsync(PayslipUrl(row));                    // from Redis
        await employee.GetOkJsonAsync("/api/payroll/payslips?year=2025");
        await employee.GetOkJsonAsync("/api/payroll/payslips/latest");
        (await employee.GetAsync("/api/payroll/payslips/2025/6")).Dispose(); // 404

        var audit = await EventuallyAuditOfAsync(row.UserId, 5);
        Assert.Equal(
            [("payslip.read", 2025, 5), ("payslip.read", 2025, 5), ("payslip.list", 2025, null), ("payslip.latest", null, null), ("payslip.read", 2025, 6)],
            audit.Select(a => (a.Action, a.Year, a.Month)));
        Assert.All(audit, a => Assert.Equal(row.UserId, a.ReaderId));
        Assert.All(audit, a => Assert.Matches("^[0-9a-f]{32}$", a.TraceId));
        Assert.Equal(5, audit.Select(a => a.TraceId).Distinct().Count()); // one trace per request
    }

    [Fact]
    public async Task Refused_requests_read_no_pay_data_and_leave_no_audit_record()
    {
        var row = PayslipRow.Typical(Guid.NewGuid(), 2025, 7, 2500m);
        await factory.ImportAsync(row);
        using var other = factory.Employee(Guid.NewGuid());
        using var anonymous = factory.CreateClient();

        (await other.GetAsync(HrPayslipUrl(row))).Dispose();      // 403
        (await anonymous.GetAsync(HrPayslipUrl(row))).Dispose();  // 401
        using var hr = factory.Hr();
        await hr.GetOkJsonAsync(HrPayslipUrl(row));              // a real read, to know the writer has run

        var audit = await EventuallyAuditOfAsync(row.UserId, 1);
        await Task.Delay(500);
        audit = await AuditOfAsync(row.UserId);
        Assert.Equal(HrUserId, Assert.Single(audit).ReaderId);
    }
}
