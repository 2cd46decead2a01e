using System.Net;
using System.Text.Json;
using ChatNomina.Payroll.Tests.Support;

namespace ChatNomina.EndToEnd;

/// <summary>
/// The payslip PDF through the gateway: for every seeded month of both demo employees, in both
/// languages, the text extracted from the PDF (PdfPig) holds exactly the figures the payroll JSON
/// API returns for that month; HR's PDF holds the same; another employee's payslip is never one.
/// </summary>
[Collection(StackCollection.Name)]
public sealed class PayslipPdfTests(StackFixture stack)
{
    /// <summary>GET with the session's token; a 429 (the gateway's per-user limit) is waited out, as a client would.</summary>
    private static async Task<HttpResponseMessage> GetAsync(HttpClient http, string url)
    {
        for (var attempt = 1; ; attempt++)
        {
            var response = await http.GetAsync(url);
            if (response.StatusCode != HttpStatusCode.TooManyRequests || attempt == 5)
            {
                return response;
            }
            var wait = response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(5);
            response.Dispose();
            await Task.Delay(wait);
        }
    }

    private static async Task<byte[]> GetPdfAsync(HttpClient http, string url)
    {
        using var response = await GetAsync(http, url);
        var body = await response.Content.ReadAsByteArrayAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} answered {(int)response.StatusCode}: {System.Text.Encoding.UTF8.GetString(body)}");
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        return body;
    }

    [Theory]
    [InlineData("ana", "es")]
    [InlineData("john", "en")]
    [InlineData("ana", "en")]
    [InlineData("john", "es")]
    public async Task Every_seeded_months_pdf_holds_exactly_the_payroll_apis_figures(string who, string lang)
    {
        var account = who == "ana" ? stack.Ana : stack.John;
        var http = stack.ClientFor(account);
        var payslips = await ChatFigureTests.PayslipsAsync(http);
        Assert.True(payslips.Count >= 24, $"expected 24+ seeded months, found {payslips.Count}");

        var failures = new List<string>();
        foreach (var ((year, month), payslip) in payslips.OrderBy(p => p.Key))
        {
            Assert.Equal(account.Id, payslip.GetProperty("userId").GetGuid());
            var pdf = await GetPdfAsync(http, $"api/payroll/payslips/{year}/{month}/pdf?lang={lang}");
            try
            {
                var lines = PdfText.AssertHoldsExactlyTheFigures(pdf, payslip, lang);
                Assert.Contains(PdfText.Date(payslip.GetProperty("paymentDate").GetString()!, lang), string.Join('\n', lines));
            }
            catch (Exception ex) when (ex is Xunit.Sdk.XunitException)
            {
                failures.Add($"{year}-{month:D2}: {ex.Message}");
            }
        }
        Assert.True(failures.Count == 0, $"{failures.Count} of {payslips.Count} PDFs differ from the JSON API:\n" + string.Join("\n", failures));
    }

    [Fact]
    public async Task The_download_keeps_its_headers_through_the_gateway_and_names_the_employee()
    {
        var http = stack.ClientFor(stack.Ana);
        var year = DateTime.UtcNow.Year - 1;
        var me = JsonDocument.Parse(await http.GetStringAsync("api/users/me")).RootElement;

        using var response = await GetAsync(http, $"api/payroll/payslips/{year}/3/pdf?lang=es");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"attachment; filename=\"nomina-{year}-03.pdf\"", string.Join(", ", response.Content.Headers.GetValues("Content-Disposition")));
        Assert.True(response.Headers.CacheControl is { Private: true, NoStore: true }, response.Headers.CacheControl?.ToString());
        var text = PdfText.All(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains($"{me.GetProperty("firstName").GetString()} {me.GetProperty("lastName").GetString()}", text);
        Assert.Contains(me.GetProperty("employeeNumber").GetString()!, text);
    }

    [Fact]
    public async Task Hr_gets_the_same_figures_and_an_employee_never_gets_someone_elses_pdf()
    {
        var year = DateTime.UtcNow.Year - 1;
        var ana = stack.ClientFor(stack.Ana);
        var hr = stack.ClientFor(stack.Hr);
        var johns = JsonDocument.Parse(await hr.GetStringAsync($"api/payroll/employees/{stack.John.Id}/payslips/{year}/4")).RootElement;

        PdfText.AssertHoldsExactlyTheFigures(
            await GetPdfAsync(hr, $"api/payroll/employees/{stack.John.Id}/payslips/{year}/4/pdf?lang=en"), johns, "en");

        using var viaHrRoute = await GetAsync(ana, $"api/payroll/employees/{stack.John.Id}/payslips/{year}/4/pdf");
        using var viaPath = await GetAsync(ana, $"api/payroll/payslips/{stack.John.Id}/{year}/4/pdf");
        Assert.Equal(HttpStatusCode.Forbidden, viaHrRoute.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, viaPath.StatusCode);
        foreach (var response in new[] { viaHrRoute, viaPath })
        {
            Assert.NotEqual("application/pdf", response.Content.Headers.ContentType?.MediaType);
            Assert.DoesNotContain(johns.GetProperty("netSalary").GetRawText(), await response.Content.ReadAsStringAsync());
        }

        // With John's id in the query, Ana's own route still answers Ana's payslip.
        var anasOwn = JsonDocument.Parse(await ana.GetStringAsync($"api/payroll/payslips/{year}/4")).RootElement;
        PdfText.AssertHoldsExactlyTheFigures(
            await GetPdfAsync(ana, $"api/payroll/payslips/{year}/4/pdf?lang=es&userId={stack.John.Id}"), anasOwn, "es");

        using var missing = await GetAsync(ana, "api/payroll/payslips/2019/1/pdf");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
    }
}
