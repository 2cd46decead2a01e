using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ChatNomina.Payroll.Tests.Support;
using static ChatNomina.Payroll.Tests.Support.PayrollApi;

namespace ChatNomina.Payroll.Tests.Api;

/// <summary>Every import attempt is in the history HR reads: who, when, which file, what it did or why not.</summary>
public sealed class ImportHistoryTests(PayrollFactory factory) : IClassFixture<PayrollFactory>
{
    private static string Sha256(string file) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(file)));

    private async Task<List<JsonElement>> HistoryAsync(HttpClient hr, int limit = 100)
    {
        var page = await hr.GetOkJsonAsync($"/api/payroll/imports?limit={limit}");
        return [.. page.GetProperty("items").EnumerateArray()];
    }

    [Fact]
    public async Task Applied_dry_run_and_refused_imports_are_recorded_newest_first_with_the_file_hash()
    {
        Guid ana = Guid.NewGuid(), john = Guid.NewGuid();
        var applied = PayslipCsv.File(PayslipRow.Typical(ana, 2025, 1, 2400m), PayslipRow.Typical(john, 2025, 1, 3900m));
        var dry = PayslipCsv.File(PayslipRow.Typical(ana, 2025, 2, 2400m));
        var invalid = PayslipCsv.File(PayslipRow.Typical(john, 2025, 2, 3900m).ToCsv().Replace(",2025,2,", ",2025,13,"));
        var own = PayslipCsv.File(PayslipRow.Typical(HrUserId, 2025, 1, 5000m));
        using var hr = factory.Hr();

        Assert.Equal(HttpStatusCode.OK, (await hr.PostAsync("/api/payroll/imports", Csv(applied))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await hr.PostAsync("/api/payroll/imports?dryRun=true", Csv(dry))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await hr.PostAsync("/api/payroll/imports", Csv(invalid))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await hr.PostAsync("/api/payroll/imports", Csv(own))).StatusCode);

        var history = await HistoryAsync(hr);
        JsonElement Of(string file) => Assert.Single(history, h => h.GetProperty("fileSha256").GetString() == Sha256(file));
        var a = Of(applied);
        Assert.Equal("applied", a.GetProperty("result").GetString());
        Assert.Equal(2, a.GetProperty("rows").GetInt32());
        Assert.Equal(2, a.GetProperty("created").GetInt32());
        Assert.Equal(HrUserId, a.GetProperty("importedBy").GetGuid());
        Assert.Equal(Encoding.UTF8.GetByteCount(applied), a.GetProperty("fileBytes").GetInt64());
        Assert.Equal("standard", a.GetProperty("dialect").GetString());
        var d = Of(dry);
        Assert.Equal("dry_run", d.GetProperty("result").GetString());
        Assert.True(d.GetProperty("dryRun").GetBoolean());
        Assert.Equal(1, d.GetProperty("created").GetInt32());
        Assert.Equal(0, await factory.CountPayslipsAsync(ana) - 1);   // the dry run wrote no February payslip
        var i = Of(invalid);
        Assert.Equal("invalid", i.GetProperty("result").GetString());
        Assert.Equal(1, i.GetProperty("errors").GetInt32());
        Assert.Equal("own_payslip", Of(own).GetProperty("result").GetString());

        // Newest first: the order of the four attempts is the reverse of the order they were sent in.
        var mine = history.Where(h => new[] { applied, dry, invalid, own }.Select(Sha256).Contains(h.GetProperty("fileSha256").GetString()))
            .Select(h => h.GetProperty("fileSha256").GetString()!).ToList();
        Assert.Equal(new[] { own, invalid, dry, applied }.Select(Sha256).ToList(), mine);
    }

    [Fact]
    public async Task Each_applied_import_says_how_many_of_its_versions_are_published_and_when()
    {
        using var hr = factory.Hr();
        var later = PayslipCsv.File(PayslipRow.Typical(Guid.NewGuid(), 2025, 3, 2100m), PayslipRow.Typical(Guid.NewGuid(), 2025, 3, 2200m));
        var now = PayslipCsv.File(PayslipRow.Typical(Guid.NewGuid(), 2025, 3, 2300m));
        Assert.Equal(HttpStatusCode.OK, (await hr.PostAsync("/api/payroll/imports", Csv(later))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await hr.PostAsync("/api/payroll/imports?publish=true", Csv(now))).StatusCode);

        var history = await HistoryAsync(hr);
        JsonElement Of(string file) => Assert.Single(history, h => h.GetProperty("fileSha256").GetString() == Sha256(file));
        var unpublished = Of(later);
        Assert.Equal(2, unpublished.GetProperty("versions").GetInt32());
        Assert.Equal(0, unpublished.GetProperty("publishedVersions").GetInt32());
        Assert.Equal(JsonValueKind.Null, unpublished.GetProperty("publishedAt").ValueKind);
        var published = Of(now);
        Assert.Equal(1, published.GetProperty("versions").GetInt32());
        Assert.Equal(1, published.GetProperty("publishedVersions").GetInt32());
        Assert.True(published.GetProperty("publishedAt").GetDateTimeOffset() <= DateTimeOffset.UtcNow.AddMinutes(1));

        // Scheduled: the time is there, nobody sees the versions yet.
        var at = DateTimeOffset.UtcNow.AddDays(2);
        var id = unpublished.GetProperty("id").GetInt64();
        Assert.Equal(HttpStatusCode.OK, (await hr.PostAsync($"/api/payroll/imports/{id}/publish",
            JsonContent.Create(new { at }))).StatusCode);
        var scheduled = Assert.Single(await HistoryAsync(hr), h => h.GetProperty("id").GetInt64() == id);
        Assert.Equal(0, scheduled.GetProperty("publishedVersions").GetInt32());
        Assert.Equal(at.ToUnixTimeSeconds(), scheduled.GetProperty("publishedAt").GetDateTimeOffset().ToUnixTimeSeconds());

        // A refused attempt wrote nothing.
        var dry = PayslipCsv.File(PayslipRow.Typical(Guid.NewGuid(), 2025, 4, 2400m));
        Assert.Equal(HttpStatusCode.OK, (await hr.PostAsync("/api/payroll/imports?dryRun=true", Csv(dry))).StatusCode);
        Assert.Equal(0, Assert.Single(await HistoryAsync(hr), h => h.GetProperty("fileSha256").GetString() == Sha256(dry)).GetProperty("versions").GetInt32());
    }

    [Fact]
    public async Task The_history_pages_with_a_cursor_and_only_hr_reads_it()
    {
        using var hr = factory.Hr();
        for (var n = 0; n < 3; n++)
        {
            await hr.PostAsync("/api/payroll/imports?dryRun=true", Csv(PayslipCsv.File(PayslipRow.Typical(Guid.NewGuid(), 2025, 1, 2000m + n))));
        }
        var first = await hr.GetOkJsonAsync("/api/payroll/imports?limit=2");
        var firstIds = first.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt64()).ToList();
        Assert.Equal(2, firstIds.Count);
        var next = first.GetProperty("next").GetInt64();
        var second = await hr.GetOkJsonAsync($"/api/payroll/imports?limit=2&before={next}");
        var secondIds = second.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt64()).ToList();
        Assert.NotEmpty(secondIds);
        Assert.True(secondIds.Max() < firstIds.Min());

        await AssertProblemAsync(await hr.GetAsync("/api/payroll/imports?limit=0"), HttpStatusCode.BadRequest);
        using var employee = factory.Employee(Guid.NewGuid());
        Assert.Equal(HttpStatusCode.Forbidden, (await employee.GetAsync("/api/payroll/imports")).StatusCode);
    }
}
