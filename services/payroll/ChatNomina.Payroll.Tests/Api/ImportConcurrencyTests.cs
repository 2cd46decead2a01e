using System.Net;
using ChatNomina.Payroll.Tests.Support;
using static ChatNomina.Payroll.Tests.Support.PayrollApi;

namespace ChatNomina.Payroll.Tests.Api;

public sealed class ImportConcurrencyTests(PayrollFactory factory) : IClassFixture<PayrollFactory>
{
    [Fact]
    public async Task Same_new_file_imported_three_times_at_once_creates_each_payslip_once_without_a_500()
    {
        var users = Enumerable.Range(0, 50).Select(_ => Guid.NewGuid()).ToArray();
        var csv = PayslipCsv.File(users.SelectMany(u => new[] { PayslipRow.Typical(u, 2025, 1, 2000m), PayslipRow.Typical(u, 2025, 2, 2000m) }).ToArray());
        using var hr1 = factory.Hr();
        using var hr2 = factory.Hr();
        using var hr3 = factory.Hr();

        var responses = await Task.WhenAll(
            hr1.PostAsync("/api/payroll/imports", Csv(csv)),
            hr2.PostAsync("/api/payroll/imports", Csv(csv)),
            hr3.PostAsync("/api/payroll/imports", Csv(csv)));

        var created = 0;
        foreach (var response in responses)
        {
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {body}");
            created += System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("created").GetInt32();
            response.Dispose();
        }
        Assert.Equal(100, created); // the others found everything already there: unchanged
        Assert.Equal(100, await factory.CountPayslipsAsync(users));
    }
}
