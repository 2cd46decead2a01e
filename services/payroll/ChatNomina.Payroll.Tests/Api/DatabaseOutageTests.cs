using System.Diagnostics;
using System.Net;
using ChatNomina.Payroll.Tests.Support;
using ChatNomina.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using static ChatNomina.Payroll.Tests.Support.PayrollApi;

namespace ChatNomina.Payroll.Tests.Api;

/// <summary>
/// PostgreSQL goes away under a running payroll service (a proxy in front of the real server is
/// cut: connections reset, new ones refused) and comes back. Reads answer 503 + Retry-After within
/// the audit timeout — cached ones too, since their audit row cannot be written — the service
/// stays up, and it serves again once the database is back, with an audit row for every read it
/// served.
/// </summary>
public sealed class DatabaseOutageTests(DatabaseOutageTests.Factory factory) : IClassFixture<DatabaseOutageTests.Factory>
{
    public sealed class Factory : PayrollFactory
    {
        public TcpFaultProxy Postgres { get; } = TestEnvironment.NewPostgresProxy();

        protected override TcpFaultProxy PostgresProxy => Postgres;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Payroll:AuditTimeout", "00:00:01.500");
        }
    }

    [Fact]
    public async Task Reads_answer_503_while_the_database_is_away_even_from_the_cache_and_recover_after()
    {
        var row = PayslipRow.Typical(Guid.NewGuid(), 2025, 3, 2500m);
        await factory.ImportAsync(row);
        using var employee = factory.Employee(row.UserId);
        await employee.GetOkJsonAsync(PayslipUrl(row));   // now cached in Redis
        var served = 1;

        factory.Postgres.Cut();
        try
        {
            foreach (var url in new[] { PayslipUrl(row), PayslipUrl(row), "/api/payroll/payslips?year=2025", "/api/payroll/payslips/latest", "/api/payroll/payslips/2024/1" })
            {
                var watch = Stopwatch.StartNew();
                using var response = await employee.GetAsync(url);
                Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1.5 + 1), $"{url} took {watch.Elapsed}");
                var problem = await AssertProblemAsync(response, HttpStatusCode.ServiceUnavailable);
                Assert.NotNull(response.Headers.RetryAfter?.Delta);
                Assert.DoesNotContain("2500", problem.GetRawText());
            }
            using var health = await factory.CreateClient().GetAsync("/health/ready");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        }
        finally
        {
            factory.Postgres.Restore();
        }

        // Back: the same process serves again within seconds, nothing restarted.
        var back = await EventuallyAsync(async () =>
        {
            using var response = await employee.GetAsync(PayslipUrl(row));
            return response.StatusCode == HttpStatusCode.OK ? response.StatusCode.ToString() : null;
        }, TimeSpan.FromSeconds(10));
        Assert.NotNull(back);
        served++;

        // Every read that was served has its audit row (refused ones may have one too).
        var audited = await factory.WithDbAsync(db => db.Database
            .SqlQuery<int>($"SELECT count(*)::int AS \"Value\" FROM payroll.payslip_accesses WHERE subject_user_id = {row.UserId}")
            .SingleAsync());
        Assert.True(audited >= served, $"{served} reads served, {audited} audit rows");
    }

    [Fact]
    public async Task Pdf_reads_answer_503_when_their_audit_cannot_be_written_even_from_the_cache()
    {
        var row = PayslipRow.Typical(Guid.NewGuid(), 2025, 5, 2500m);
        await factory.ImportAsync(row);
        using var employee = factory.Employee(row.UserId);
        using var hr = factory.Hr();
        await employee.GetOkJsonAsync(PayslipUrl(row));   // now cached in Redis
        var usersCalls = factory.Users.Calls.Count;

        factory.Postgres.Cut();
        try
        {
            foreach (var (client, url) in new[] { (employee, "/api/payroll/payslips/2025/5/pdf"), (hr, $"/api/payroll/employees/{row.UserId}/payslips/2025/5/pdf?lang=en") })
            {
                var watch = Stopwatch.StartNew();
                using var response = await client.GetAsync(url);
                Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1.5 + 1), $"{url} took {watch.Elapsed}");
                var problem = await AssertProblemAsync(response, HttpStatusCode.ServiceUnavailable);
                Assert.NotNull(response.Headers.RetryAfter?.Delta);
                Assert.Null(response.Content.Headers.ContentDisposition);
                Assert.DoesNotContain("2500", problem.GetRawText());
            }
            // Refused before anything else was asked for the document.
            Assert.Equal(usersCalls, factory.Users.Calls.Count);
        }
        finally
        {
            factory.Postgres.Restore();
        }

        var back = await EventuallyAsync(async () =>
        {
            using var response = await employee.GetAsync("/api/payroll/payslips/2025/5/pdf");
            return response.StatusCode == HttpStatusCode.OK ? response.Content.Headers.ContentType?.MediaType : null;
        }, TimeSpan.FromSeconds(10));
        Assert.Equal("application/pdf", back);
    }
}
