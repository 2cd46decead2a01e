using System.Net;
using System.Net.Http.Headers;
using System.Text;
using ChatNomina.Payroll.Tests.Support;
using ChatNomina.ServiceDefaults.Authentication;
using ChatNomina.Testing;
using static ChatNomina.Payroll.Tests.Support.PayrollApi;

namespace ChatNomina.Payroll.Tests.Api;

/// <summary>Bad input gets a 4xx problem-details answer that says what is wrong, never a 500.</summary>
public sealed class BadInputTests(PayrollFactory factory) : IClassFixture<PayrollFactory>
{
    private readonly Guid _employeeId = Guid.NewGuid();

    [Theory]
    [InlineData("/api/payroll/payslips/2025/0", "month")]
    [InlineData("/api/payroll/payslips/2025/13", "month")]
    [InlineData("/api/payroll/payslips/2025/-1", "month")]
    [InlineData("/api/payroll/payslips/99999/3", "year")]
    [InlineData("/api/payroll/payslips/0/3", "year")]
    [InlineData("/api/payroll/payslips?year=99999", "year")]
    [InlineData("/api/payroll/payslips?year=-5", "year")]
    [InlineData("/api/payroll/employees/{id}/payslips/2025/13", "month")]
    [InlineData("/api/payroll/employees/{id}/payslips/99999/1", "year")]
    [InlineData("/api/payroll/employees/{id}/payslips?year=1000", "year")]
    public async Task Impossible_period_gets_400_problem_naming_the_field(string url, string field)
    {
        using var client = url.Contains("/employees/") ? factory.Hr() : factory.Employee(_employeeId);

        using var response = await client.GetAsync(url.Replace("{id}", _employeeId.ToString()));

        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out var messages), problem.ToString());
        Assert.NotEmpty(messages.EnumerateArray());
    }

    [Theory]
    [InlineData("/api/payroll/payslips?year=abc")]
    [InlineData("/api/payroll/payslips?year=2025.5")]
    [InlineData("/api/payroll/payslips?year=99999999999")]
    [InlineData("/api/payroll/employees/{id}/payslips?year=x")]
    public async Task Unparseable_year_gets_400_problem(string url)
    {
        using var client = url.Contains("/employees/") ? factory.Hr() : factory.Employee(_employeeId);

        using var response = await client.GetAsync(url.Replace("{id}", _employeeId.ToString()));

        await AssertProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("/api/payroll/payslips/2025/march")]
    [InlineData("/api/payroll/payslips/2025/99999999999")]
    [InlineData("/api/payroll/employees/not-a-guid/payslips/2025/3")]
    public async Task Malformed_route_values_get_404_problem_not_500(string url)
    {
        using var client = url.Contains("/employees/") ? factory.Hr() : factory.Employee(_employeeId);

        using var response = await client.GetAsync(url);

        await AssertProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("user_id,year\n")]                                     // missing columns
    [InlineData("this is not a csv file at all")]                      // one unknown column
    [InlineData("user_id;year;month;payment_date;gross_salary;net_salary\nx;2025;1;2025-01-31;1;1\n")] // ';' separated
    [InlineData("\"user_id,year,month\n")]                            // unclosed quote in the header
    [InlineData(PayslipCsv.Header + "\n\"0b6c8a52-6a43-4c8e-9a7e-1f2d3c4b5a69,2025\n")] // unclosed quote in a row
    [InlineData(PayslipCsv.Header + "\n,,,,,,,,,,,,\n")]              // a row of empty fields
    [InlineData(PayslipCsv.Header + "\n")]                             // header only
    [InlineData("")]                                                   // empty body
    [InlineData("\0\0\0\u0001\u0002")]                                 // control characters
    public async Task Malformed_csv_gets_400_problem_with_line_numbered_errors(string csv)
    {
        using var hr = factory.Hr();

        using var response = await hr.PostAsync("/api/payroll/imports", Csv(csv));

        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors").EnumerateArray().ToList();
        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.True(e.GetProperty("line").GetInt32() >= 1));
        Assert.All(errors, e => Assert.False(string.IsNullOrWhiteSpace(e.GetProperty("message").GetString())));
    }

    [Fact]
    public async Task Non_utf8_body_is_read_as_windows_1252_and_its_bad_row_gets_400_and_writes_nothing()
    {
        var user = Guid.NewGuid();
        var csv = PayslipCsv.File(PayslipRow.Typical(user, 2025, 1, 2000m)) + "Müller\n";
        var latin1 = Encoding.Latin1.GetBytes(csv);
        using var content = new ByteArrayContent(latin1);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        using var hr = factory.Hr();

        using var response = await hr.PostAsync("/api/payroll/imports", content);

        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        var error = Assert.Single(problem.GetProperty("errors").EnumerateArray());
        Assert.Equal(3, error.GetProperty("line").GetInt32());
        Assert.Equal(0, await factory.CountPayslipsAsync(user));
    }

    [Theory]
    [InlineData("application/json", "{\"rows\":[]}")]
    [InlineData("application/xml", "<rows/>")]
    [InlineData("application/octet-stream", "user_id")]
    [InlineData("application/x-www-form-urlencoded", "user_id=1")]
    public async Task Wrong_content_type_gets_415_problem(string mediaType, string body)
    {
        using var hr = factory.Hr();
        using var content = new StringContent(body, Encoding.UTF8, mediaType);

        using var response = await hr.PostAsync("/api/payroll/imports", content);

        await AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task Missing_content_type_gets_415_problem()
    {
        using var hr = factory.Hr();
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(PayslipCsv.Header));

        using var response = await hr.PostAsync("/api/payroll/imports", content);

        await AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task Multipart_form_without_exactly_one_file_gets_400_problem()
    {
        using var hr = factory.Hr();
        using var form = new MultipartFormDataContent { { new StringContent("x"), "note" } };

        using var response = await hr.PostAsync("/api/payroll/imports", form);

        await AssertProblemAsync(response, HttpStatusCode.BadRequest);
    }

    public static TheoryData<string> ProtectedRoutes =>
    [
        "/api/payroll/payslips?year=2025",
        "/api/payroll/payslips/2025/3",
        "/api/payroll/payslips/latest",
        "/api/payroll/employees/0b6c8a52-6a43-4c8e-9a7e-1f2d3c4b5a69/payslips/2025/3",
    ];

    [Theory]
    [MemberData(nameof(ProtectedRoutes))]
    public async Task Missing_token_gets_401_problem(string url)
    {
        using var anonymous = factory.CreateClient();

        using var response = await anonymous.GetAsync(url);

        await AssertProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.Contains(response.Headers.WwwAuthenticate, h => h.Scheme == "Bearer");
    }

    [Fact]
    public async Task Missing_token_on_import_gets_401_problem()
    {
        using var anonymous = factory.CreateClient();

        using var response = await anonymous.PostAsync("/api/payroll/imports", Csv(PayslipCsv.Header));

        await AssertProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    public static TheoryData<string, string> BadTokens()
    {
        var user = Guid.NewGuid();
        const string audience = "chatnomina-payroll";
        return new TheoryData<string, string>
        {
            { "forged (foreign key, same kid)", TestTokens.Create(user, ChatNominaRoles.Hr, audience, key: TestTokens.ForeignKey) },
            { "expired", TestTokens.Create(user, ChatNominaRoles.Hr, audience, lifetime: TimeSpan.FromMinutes(5), notBefore: DateTime.UtcNow.AddHours(-1)) },
            { "not yet valid", TestTokens.Create(user, ChatNominaRoles.Hr, audience, notBefore: DateTime.UtcNow.AddHours(1)) },
            { "wrong audience", TestTokens.Create(user, ChatNominaRoles.Hr, "chatnomina-users") },
            { "wrong issuer", TestTokens.Create(user, ChatNominaRoles.Hr, audience, issuer: "https://evil.example/") },
            { "unsigned (alg none)", UnsignedToken(user) },
            { "garbage", "not.a.jwt" },
        };
    }

    private static string UnsignedToken(Guid user)
    {
        static string B64(string json) => Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        return B64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + B64(
            $"{{\"sub\":\"{user}\",\"role\":\"hr\",\"aud\":\"chatnomina-payroll\",\"iss\":\"{TestTokens.Issuer}\",\"nbf\":{now},\"exp\":{now + 600}}}") + ".";
    }

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task Invalid_token_gets_401_problem_on_reads_and_imports(string why, string token)
    {
        using var client = factory.ClientWithToken(token);

        using var read = await client.GetAsync("/api/payroll/payslips/2025/3");
        using var hrRead = await client.GetAsync($"/api/payroll/employees/{_employeeId}/payslips/2025/3");
        using var import = await client.PostAsync("/api/payroll/imports", Csv(PayslipCsv.File(PayslipRow.Typical(_employeeId, 2025, 3, 1m))));

        Assert.True(read.StatusCode == HttpStatusCode.Unauthorized, $"{why} token: read answered {(int)read.StatusCode}");
        await AssertProblemAsync(read, HttpStatusCode.Unauthorized);
        await AssertProblemAsync(hrRead, HttpStatusCode.Unauthorized);
        await AssertProblemAsync(import, HttpStatusCode.Unauthorized);
        Assert.Equal(0, await factory.CountPayslipsAsync(_employeeId));
    }

    [Fact]
    public async Task Valid_token_is_accepted_so_the_401s_above_are_about_the_token()
    {
        using var client = factory.ClientWithToken(TestTokens.Create(_employeeId, ChatNominaRoles.Employee, factory.Audience));

        using var response = await client.GetAsync("/api/payroll/payslips?year=2025");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Token_whose_subject_is_not_a_user_id_is_refused_without_a_500()
    {
        // Signed with the trusted key, but the subject is not a user id.
        var descriptor = new Microsoft.IdentityModel.Tokens.SecurityTokenDescriptor
        {
            Issuer = TestTokens.Issuer,
            Audience = factory.Audience,
            Expires = DateTime.UtcNow.AddMinutes(5),
            Claims = new Dictionary<string, object> { ["sub"] = "ana.garcia", ["role"] = ChatNominaRoles.Employee },
            SigningCredentials = new Microsoft.IdentityModel.Tokens.SigningCredentials(
                TestTokens.SigningKey, Microsoft.IdentityModel.Tokens.SecurityAlgorithms.RsaSha256),
        };
        var token = new Microsoft.IdentityModel.JsonWebTokens.JsonWebTokenHandler().CreateToken(descriptor);
        using var client = factory.ClientWithToken(token);

        using var response = await client.GetAsync("/api/payroll/payslips/2025/3");

        Assert.InRange((int)response.StatusCode, 401, 403);
    }
}
