using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using ChatNomina.Payroll.Tests.Support;
using ChatNomina.Testing;
using Microsoft.EntityFrameworkCore;
using static ChatNomina.Payroll.Tests.Support.PayrollApi;

namespace ChatNomina.Payroll.Tests.Api;

/// <summary>
/// The payslip as a PDF: the figures of the JSON read, exactly, in Spanish or English; the same
/// authorization, 400/404 answers, audit record and cache as the JSON read; a download no cache keeps.
/// </summary>
public sealed class PayslipPdfTests(PayslipPdfTests.Data data) : IClassFixture<PayslipPdfTests.Data>
{
    /// <summary>Two employees with profiles and clearly different figures, and one the users service does not know.</summary>
    public sealed class Data : PayrollFactory
    {
        public Guid Ana { get; } = Guid.NewGuid();
        public Guid John { get; } = Guid.NewGuid();
        public Guid Nobody { get; } = Guid.NewGuid();

        public PayslipRow[] Rows =>
        [
            PayslipRow.Typical(Ana, 2025, 2, 2222.22m),
            PayslipRow.Typical(Ana, 2025, 3, 2222.22m) with { SeniorityBonus = 65m, IncomeTax = 789.37m },
            PayslipRow.Typical(Ana, 2024, 12, 1000m),
            PayslipRow.Typical(John, 2025, 3, 7777.77m),
            PayslipRow.Typical(John, 2025, 4, 12345.67m),
            PayslipRow.Typical(Nobody, 2025, 3, 1500m),
        ];

        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            await this.ImportAsync(Rows);
            Users.AddProfile(Ana, "E-000101", "Ana", "García López", "Ingeniería", "Desarrolladora sénior", new DateOnly(2019, 9, 2));
            Users.AddProfile(John, "E-000202", "John", "Smith", "Ventas", "Account manager", new DateOnly(2021, 1, 11));
        }

        public PayslipRow Row(Guid user, int year, int month) => Rows.Single(r => r.UserId == user && r.Year == year && r.Month == month);
    }

    private PayrollFactory Factory => data;

    private static string PdfUrl(int year, int month, string? lang = null) =>
        $"/api/payroll/payslips/{year}/{month}/pdf" + (lang is null ? "" : $"?lang={lang}");

    private static string HrPdfUrl(Guid user, int year, int month, string? lang = null) =>
        $"/api/payroll/employees/{user}/payslips/{year}/{month}/pdf" + (lang is null ? "" : $"?lang={lang}");

    /// <summary>GET that must answer 200 with a PDF; returns its bytes.</summary>
    private static async Task<byte[]> GetPdfAsync(HttpClient client, string url, string? acceptLanguage = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (acceptLanguage is not null)
        {
            request.Headers.Add("Accept-Language", acceptLanguage);
        }
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsByteArrayAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} answered {(int)response.StatusCode}: {System.Text.Encoding.UTF8.GetString(body)}");
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        return body;
    }

    private Guid IdOf(string who) => who == "ana" ? data.Ana : data.John;

    [Theory]
    [InlineData("ana", 2025, 2, "es")]
    [InlineData("ana", 2025, 3, "es")]
    [InlineData("ana", 2025, 3, "en")]
    [InlineData("ana", 2024, 12, "en")]
    [InlineData("john", 2025, 3, "en")]
    [InlineData("john", 2025, 4, "en")]
    [InlineData("john", 2025, 4, "es")]
    public async Task Employee_pdf_holds_exactly_the_figures_of_the_json_read(string who, int year, int month, string lang)
    {
        var user = IdOf(who);
        using var employee = Factory.Employee(user);
        var json = await employee.GetOkJsonAsync($"/api/payroll/payslips/{year}/{month}");
        AssertPayslipMatches(data.Row(user, year, month), json);

        var pdf = await GetPdfAsync(employee, PdfUrl(year, month, lang));

        var lines = PdfText.AssertHoldsExactlyTheFigures(pdf, json, lang);
        var text = string.Join('\n', lines);
        Assert.Contains(PdfText.Date(json.GetProperty("paymentDate").GetString()!, lang), text);
        Assert.Contains(lang == "es" ? "NÓMINA" : "PAYSLIP", text);
    }

    [Theory]
    [InlineData("es", "nomina-2025-03.pdf")]
    [InlineData("en", "payslip-2025-03.pdf")]
    public async Task Pdf_is_an_attachment_that_no_cache_keeps(string lang, string fileName)
    {
        using var ana = Factory.Employee(data.Ana);

        using var response = await ana.GetAsync(PdfUrl(2025, 3, lang));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.ToString());
        Assert.Equal($"attachment; filename=\"{fileName}\"", string.Join(", ", response.Content.Headers.GetValues("Content-Disposition")));
        var cacheControl = response.Headers.CacheControl!;
        Assert.True(cacheControl is { Private: true, NoStore: true, Public: false, MaxAge: null }, cacheControl.ToString());
    }

    [Theory]
    [InlineData(null, null, "es")]
    [InlineData(null, "en-GB,en;q=0.9", "en")]
    [InlineData(null, "fr-FR,fr;q=0.9,en;q=0.5", "en")]
    [InlineData(null, "de-DE,fr;q=0.9", "es")]
    [InlineData(null, "es-ES,en;q=0.8", "es")]
    [InlineData("en", "es-ES", "en")]
    [InlineData("es", "en-US", "es")]
    [InlineData("EN-gb", null, "en")]
    public async Task Language_comes_from_lang_then_Accept_Language_then_Spanish(string? lang, string? acceptLanguage, string expected)
    {
        using var ana = Factory.Employee(data.Ana);
        var json = await ana.GetOkJsonAsync("/api/payroll/payslips/2025/3");

        var pdf = await GetPdfAsync(ana, PdfUrl(2025, 3, lang), acceptLanguage);

        PdfText.AssertHoldsExactlyTheFigures(pdf, json, expected);
        Assert.Contains(expected == "es" ? "NÓMINA" : "PAYSLIP", PdfText.All(pdf));
    }

    [Fact]
    public async Task Employee_pdf_names_the_employee_from_their_own_profile()
    {
        using var ana = Factory.Employee(data.Ana);
        var before = Factory.Users.Calls.Count;

        var text = PdfText.All(await GetPdfAsync(ana, PdfUrl(2025, 3)));

        foreach (var expected in new[] { "Ana García López", "E-000101", "Ingeniería", "Desarrolladora sénior", "2 de septiembre de 2019", "ChatNomina Demo, S.L." })
        {
            Assert.Contains(expected, text);
        }
        Assert.DoesNotContain("Smith", text);
        var call = Assert.Single(Factory.Users.Calls.Skip(before));
        Assert.Equal("/api/users/me", call.Path);
        Assert.Equal(ana.DefaultRequestHeaders.Authorization!.Parameter, call.Token);
    }

    [Theory]
    [InlineData("es")]
    [InlineData("en")]
    public async Task Hr_gets_an_employees_pdf_with_the_same_figures_as_the_hr_json_read(string lang)
    {
        using var hr = Factory.Hr();
        var before = Factory.Users.Calls.Count;
        var json = await hr.GetOkJsonAsync($"/api/payroll/employees/{data.John}/payslips/2025/4");

        var pdf = await GetPdfAsync(hr, HrPdfUrl(data.John, 2025, 4, lang));

        PdfText.AssertHoldsExactlyTheFigures(pdf, json, lang);
        Assert.Contains("John Smith", PdfText.All(pdf));
        var call = Assert.Single(Factory.Users.Calls.Skip(before));
        Assert.Equal($"/api/users/{data.John}", call.Path);
    }

    [Fact]
    public async Task Without_a_profile_the_pdf_names_the_employee_by_id()
    {
        using var nobody = Factory.Employee(data.Nobody);
        var json = await nobody.GetOkJsonAsync("/api/payroll/payslips/2025/3");

        var pdf = await GetPdfAsync(nobody, PdfUrl(2025, 3));

        PdfText.AssertHoldsExactlyTheFigures(pdf, json, "es");
        Assert.Contains(data.Nobody.ToString(), PdfText.All(pdf));
    }

    [Fact]
    public async Task Employee_cannot_get_another_employees_pdf()
    {
        using var ana = Factory.Employee(data.Ana);
        var john = data.John.ToString();

        // April exists only for John: for Ana it is a month without a payslip, nothing more.
        using var april = await ana.GetAsync(PdfUrl(2025, 4));
        using var byQuery = await ana.GetAsync(PdfUrl(2025, 4) + $"?userId={john}");
        using var bySegment = await ana.GetAsync($"/api/payroll/payslips/{john}/2025/4/pdf");
        using var byHrRoute = await ana.GetAsync(HrPdfUrl(data.John, 2025, 4));

        foreach (var (response, status) in new[] { (april, HttpStatusCode.NotFound), (byQuery, HttpStatusCode.NotFound),
                     (bySegment, HttpStatusCode.NotFound), (byHrRoute, HttpStatusCode.Forbidden) })
        {
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == status, $"{response.RequestMessage!.RequestUri}: {(int)response.StatusCode} {body}");
            Assert.NotEqual("application/pdf", response.Content.Headers.ContentType?.MediaType);
            if (body.Length > 0 && JsonNode.Parse(body) is JsonObject problem)
            {
                problem.Remove("instance"); // echoes the path the caller sent
                body = problem.ToJsonString();
            }
            Assert.DoesNotContain(john, body, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("12345.67", body);
        }
        // The month answers exactly as a month without a payslip does on the JSON route.
        using var jsonApril = await ana.GetAsync("/api/payroll/payslips/2025/4");
        var pdfProblem = await AssertProblemAsync(april, HttpStatusCode.NotFound);
        var jsonProblem = await AssertProblemAsync(jsonApril, HttpStatusCode.NotFound);
        Assert.Equal(jsonProblem.GetProperty("title").GetString(), pdfProblem.GetProperty("title").GetString());
        await AssertProblemAsync(byHrRoute, HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("/api/payroll/payslips/2023/1/pdf", HttpStatusCode.NotFound)]
    [InlineData("/api/payroll/payslips/2025/13/pdf", HttpStatusCode.BadRequest)]
    [InlineData("/api/payroll/payslips/2025/0/pdf", HttpStatusCode.BadRequest)]
    [InlineData("/api/payroll/payslips/1800/3/pdf", HttpStatusCode.BadRequest)]
    [InlineData("/api/payroll/payslips/2025/3/pdf?lang=fr", HttpStatusCode.BadRequest)]
    [InlineData("/api/payroll/payslips/2025/3/pdf?lang=", HttpStatusCode.BadRequest)]
    [InlineData("/api/payroll/employees/{ana}/payslips/2023/1/pdf", HttpStatusCode.NotFound)]
    [InlineData("/api/payroll/employees/{ana}/payslips/2025/13/pdf", HttpStatusCode.BadRequest)]
    public async Task Missing_months_bad_periods_and_bad_languages_get_the_json_routes_problems(string url, HttpStatusCode status)
    {
        using var client = url.Contains("/employees/", StringComparison.Ordinal) ? Factory.Hr() : Factory.Employee(data.Ana);
        var pdfUrl = url.Replace("{ana}", data.Ana.ToString());
        var jsonUrl = pdfUrl[..pdfUrl.IndexOf("/pdf", StringComparison.Ordinal)];

        using var pdf = await client.GetAsync(pdfUrl);
        var problem = await AssertProblemAsync(pdf, status);

        if (!pdfUrl.Contains("lang=", StringComparison.Ordinal))
        {
            using var json = await client.GetAsync(jsonUrl);
            var jsonProblem = await AssertProblemAsync(json, status);
            Assert.Equal(jsonProblem.GetProperty("title").GetString(), problem.GetProperty("title").GetString());
            if (status == HttpStatusCode.BadRequest)
            {
                Assert.Equal(jsonProblem.GetProperty("errors").GetRawText(), problem.GetProperty("errors").GetRawText());
            }
        }
        else
        {
            Assert.True(problem.GetProperty("errors").TryGetProperty("lang", out _), problem.GetRawText());
        }
    }

    [Fact]
    public async Task Pdf_read_is_audited_exactly_like_the_json_read()
    {
        var row = PayslipRow.Typical(Guid.NewGuid(), 2025, 9, 2500m);
        await Factory.ImportAsync(row);
        using var employee = Factory.Employee(row.UserId);
        using var hr = Factory.Hr();
        var traceId = Guid.NewGuid().ToString("N");

        await employee.GetOkJsonAsync(PayslipUrl(row));
        using (var request = new HttpRequestMessage(HttpMethod.Get, PdfUrl(2025, 9)))
        {
            request.Headers.Add("traceparent", $"00-{traceId}-b7ad6b7169203331-01");
            using var response = await employee.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        await GetPdfAsync(hr, HrPdfUrl(row.UserId, 2025, 9, "en"));
        (await employee.GetAsync(PdfUrl(2025, 10))).Dispose(); // 404: a read all the same

        var audit = await EventuallyAsync(async () =>
        {
            var rows = await Factory.WithDbAsync(db => db.PayslipAccesses.AsNoTracking()
                .Where(a => a.SubjectUserId == row.UserId).OrderBy(a => a.Id).ToListAsync());
            return rows.Count >= 4 ? rows : null;
        }, TimeSpan.FromSeconds(5));

        Assert.NotNull(audit);
        Assert.Equal(
            [(row.UserId, "payslip.read", 2025, 9), (row.UserId, "payslip.read", 2025, 9), (HrUserId, "payslip.read", 2025, 9), (row.UserId, "payslip.read", 2025, 10)],
            audit.Select(a => (a.ReaderId, a.Action, a.Year ?? 0, a.Month ?? 0)));
        Assert.Equal(traceId, audit[1].TraceId);
    }

    [Fact]
    public async Task Pdf_read_uses_the_payslip_cache_and_shows_an_import_at_once()
    {
        var row = PayslipRow.Typical(Guid.NewGuid(), 2025, 11, 2400m);
        await Factory.ImportAsync(row);
        using var employee = Factory.Employee(row.UserId);
        Assert.False(await RedisProbe.KeyExistsAsync(await Factory.PayslipKeyAsync(row.UserId, 2025, 11)));

        var first = await GetPdfAsync(employee, PdfUrl(2025, 11));

        Assert.True(await RedisProbe.KeyExistsAsync(await Factory.PayslipKeyAsync(row.UserId, 2025, 11)));
        Assert.Contains(PdfText.Money(row.Net, "es"), PdfText.All(first));

        var corrected = row with { IncomeTax = row.IncomeTax + 12.34m };
        await Factory.ImportAsync(corrected);

        var after = await GetPdfAsync(employee, PdfUrl(2025, 11));
        var json = await employee.GetOkJsonAsync(PayslipUrl(row));
        AssertPayslipMatches(corrected, json);
        PdfText.AssertHoldsExactlyTheFigures(after, json, "es");
        Assert.DoesNotContain(PdfText.Money(row.Net, "es"), PdfText.All(after));
    }

    [Fact]
    public async Task Users_service_down_is_503_with_retry_after_and_no_pdf()
    {
        using var ana = Factory.Employee(data.Ana);
        Factory.Users.Down = true;
        try
        {
            using var response = await ana.GetAsync(PdfUrl(2025, 3));

            var problem = await AssertProblemAsync(response, HttpStatusCode.ServiceUnavailable);
            Assert.NotNull(response.Headers.RetryAfter);
            Assert.DoesNotContain("2222", problem.GetRawText());
        }
        finally
        {
            Factory.Users.Down = false;
        }
    }

    [Theory]
    [InlineData(HttpStatusCode.Forbidden, HttpStatusCode.Forbidden)]
    [InlineData(HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized)]
    [InlineData(HttpStatusCode.BadRequest, HttpStatusCode.BadGateway)]
    public async Task Users_service_refusing_the_profile_is_passed_on_without_a_pdf(HttpStatusCode users, HttpStatusCode expected)
    {
        using var ana = Factory.Employee(data.Ana);
        Factory.Users.Refuse = users;
        try
        {
            using var response = await ana.GetAsync(PdfUrl(2025, 3));

            await AssertProblemAsync(response, expected);
        }
        finally
        {
            Factory.Users.Refuse = null;
        }
    }

    [Fact]
    public async Task A_profile_of_somebody_else_is_never_printed()
    {
        var row = PayslipRow.Typical(Guid.NewGuid(), 2025, 3, 1800m);
        await Factory.ImportAsync(row);
        Factory.Users.AddProfile(row.UserId, "E-999999", "Otra", "Persona", "Ventas", "Comercial", new DateOnly(2020, 1, 1), answeredId: data.John);
        using var employee = Factory.Employee(row.UserId);

        using var response = await employee.GetAsync(PdfUrl(2025, 3));

        var problem = await AssertProblemAsync(response, HttpStatusCode.BadGateway);
        Assert.DoesNotContain("Persona", problem.GetRawText());
    }

    [Fact]
    public async Task Openapi_documents_both_routes_as_pdf_downloads()
    {
        var document = await Factory.CreateClient().GetOkJsonAsync("/openapi/v1.json");
        var paths = document.GetProperty("paths");

        foreach (var (path, operationId) in new[]
        {
            ("/api/payroll/payslips/{year}/{month}/pdf", "GetOwnPayslipPdf"),
            ("/api/payroll/employees/{userId}/payslips/{year}/{month}/pdf", "GetEmployeePayslipPdf"),
        })
        {
            var get = paths.GetProperty(path).GetProperty("get");
            Assert.Equal(operationId, get.GetProperty("operationId").GetString());
            var ok = get.GetProperty("responses").GetProperty("200").GetProperty("content");
            Assert.Equal(["application/pdf"], ok.EnumerateObject().Select(p => p.Name));
            Assert.Equal("binary", ok.GetProperty("application/pdf").GetProperty("schema").GetProperty("format").GetString());
            Assert.Contains(get.GetProperty("parameters").EnumerateArray(), p => p.GetProperty("name").GetString() == "lang");
            Assert.True(get.GetProperty("responses").GetProperty("default").GetProperty("content").TryGetProperty("application/problem+json", out _));
        }
    }

    /// <summary>The committed web/openapi/payroll.json holds the routes exactly as the service documents them.</summary>
    [Fact]
    public async Task The_web_apps_committed_document_holds_the_pdf_routes_as_published()
    {
        var published = JsonNode.Parse((await Factory.CreateClient().GetOkJsonAsync("/openapi/v1.json")).GetRawText())!;
        var committed = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(RepositoryRoot(), "web", "openapi", "payroll.json")))!;

        foreach (var path in new[] { "/api/payroll/payslips/{year}/{month}/pdf", "/api/payroll/employees/{userId}/payslips/{year}/{month}/pdf" })
        {
            Assert.True(JsonNode.DeepEquals(published["paths"]![path], committed["paths"]![path]),
                $"web/openapi/payroll.json differs from the service's document at {path}: update it and run `npm run api:types` in web/.");
        }
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ChatNomina.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("ChatNomina.sln not found above the test's directory");
    }
}
