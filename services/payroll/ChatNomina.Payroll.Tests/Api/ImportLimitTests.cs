using System.Net;
using System.Text;
using ChatNomina.Payroll.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using static ChatNomina.Payroll.Tests.Support.PayrollApi;

namespace ChatNomina.Payroll.Tests.Api;

/// <summary>The import's size and row limits (configured small here) answer with problems, not 500s.</summary>
public sealed class ImportLimitTests(ImportLimitTests.SmallLimitsFactory factory) : IClassFixture<ImportLimitTests.SmallLimitsFactory>
{
    public sealed class SmallLimitsFactory : PayrollFactory
    {
        public const int MaxBytes = 2048;
        public const int MaxRows = 3;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Payroll:ImportMaxBytes", MaxBytes.ToString());
            builder.UseSetting("Payroll:ImportMaxRows", MaxRows.ToString());
        }
    }

    [Fact]
    public async Task File_larger_than_the_limit_gets_413_problem_and_writes_nothing()
    {
        var user = Guid.NewGuid();
        var rows = Enumerable.Range(1, 12).Select(m => PayslipRow.Typical(user, 2024, m, 2000m))
            .Concat(Enumerable.Range(1, 12).Select(m => PayslipRow.Typical(user, 2025, m, 2000m))).ToArray();
        var csv = PayslipCsv.File(rows);
        Assert.True(Encoding.UTF8.GetByteCount(csv) > SmallLimitsFactory.MaxBytes);
        using var hr = factory.Hr();

        using var response = await hr.PostAsync("/api/payroll/imports", Csv(csv));

        await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal(0, await factory.CountPayslipsAsync(user));
    }

    [Fact]
    public async Task File_with_more_rows_than_the_limit_gets_400_problem_and_writes_nothing()
    {
        var user = Guid.NewGuid();
        var csv = PayslipCsv.File(Enumerable.Range(1, 4).Select(m => PayslipRow.Typical(user, 2025, m, 2000m)).ToArray());
        Assert.True(Encoding.UTF8.GetByteCount(csv) <= SmallLimitsFactory.MaxBytes);
        using var hr = factory.Hr();

        using var response = await hr.PostAsync("/api/payroll/imports", Csv(csv));

        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        var error = Assert.Single(problem.GetProperty("errors").EnumerateArray());
        Assert.Equal(5, error.GetProperty("line").GetInt32());
        Assert.Equal(0, await factory.CountPayslipsAsync(user));
    }

    [Fact]
    public async Task File_at_the_row_limit_is_imported()
    {
        var user = Guid.NewGuid();
        var csv = PayslipCsv.File(Enumerable.Range(1, 3).Select(m => PayslipRow.Typical(user, 2025, m, 2000m)).ToArray());

        var result = await factory.ImportAsync(csv);

        Assert.Equal(3, result.GetProperty("created").GetInt32());
    }
}
