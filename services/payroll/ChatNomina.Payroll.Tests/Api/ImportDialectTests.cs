using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using ChatNomina.Payroll.Tests.Support;
using static ChatNomina.Payroll.Tests.Support.PayrollApi;

namespace ChatNomina.Payroll.Tests.Api;

/// <summary>
/// The file a spreadsheet in Spanish writes ("CSV delimitado por punto y coma": ';' between fields,
/// decimal comma, thousands dots, dates dd/mm/yyyy, UTF-8 with BOM or Windows-1252) imports exactly
/// like today's format, and a dry run validates everything and writes nothing.
/// </summary>
public sealed class ImportDialectTests(PayrollFactory factory) : IClassFixture<PayrollFactory>
{
    private static readonly CultureInfo Es = CultureInfo.GetCultureInfo("es-ES");

    /// <summary>The row as Spanish Excel writes it: 1.234,56 amounts, 31/01/2025 dates, ';' between fields.</summary>
    private static string SpanishRow(PayslipRow r) => string.Join(';',
        r.UserId.ToString(), r.Year.ToString(CultureInfo.InvariantCulture), r.Month.ToString(CultureInfo.InvariantCulture),
        DateOnly.ParseExact(r.Payment, "yyyy-MM-dd", CultureInfo.InvariantCulture).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        "EUR", Spanish(r.Gross), Spanish(r.BaseSalary), r.SeniorityBonus == 0m ? "" : Spanish(r.SeniorityBonus),
        Spanish(r.IncomeTax), Spanish(r.SocialSecurity), Spanish(r.Unemployment), Spanish(r.ProfessionalTraining), Spanish(r.Net));

    private static string Spanish(decimal amount) => amount.ToString("#,##0.00", Es);

    private static string SpanishFile(IEnumerable<string> rows) =>
        string.Join("\r\n", [PayslipCsv.Header.Replace(',', ';'), .. rows]) + "\r\n";

    private static ByteArrayContent CsvBytes(byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return content;
    }

    [Fact]
    public async Task A_spanish_spreadsheet_file_and_the_same_data_in_todays_format_store_identical_payslips()
    {
        Guid ana = Guid.NewGuid(), john = Guid.NewGuid();
        PayslipRow[] rows =
        [
            PayslipRow.Typical(ana, 2025, 1, 2400m), PayslipRow.Typical(ana, 2025, 2, 12_400.30m),
            PayslipRow.Typical(john, 2025, 1, 3900m) with { PaymentDate = "2025-02-05" },
        ];
        Assert.Contains(".", Spanish(rows[1].Gross));   // a thousands dot is really in the file
        var bom = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(SpanishFile(rows.Select(SpanishRow)))).ToArray();
        using var hr = factory.Hr();

        using var response = await hr.PostAsync("/api/payroll/imports", CsvBytes(bom));

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        Assert.Equal(3, JsonDocument.Parse(body).RootElement.GetProperty("created").GetInt32());
        foreach (var row in rows)
        {
            AssertPayslipMatches(row, await hr.GetOkJsonAsync(HrPayslipUrl(row)));
        }
        // The same data in today's format changes nothing: the figures stored are the same.
        var again = await factory.ImportAsync(rows);
        Assert.Equal(3, again.GetProperty("unchanged").GetInt32());
    }

    [Fact]
    public async Task A_windows_1252_spanish_file_is_read_as_written_and_a_bad_row_writes_nothing_and_is_shown()
    {
        var ana = Guid.NewGuid();
        var good = PayslipRow.Typical(ana, 2025, 3, 2400m);
        // Line 3: a '.' decimal in a ';' file (1234.56 could be read two ways): refused, with the rule.
        var bad = SpanishRow(PayslipRow.Typical(ana, 2025, 4, 2400m)).Replace(Spanish(2400m), "2400.00");
        var bytes = Encoding.Latin1.GetBytes(SpanishFile([SpanishRow(good), bad]));
        using var hr = factory.Hr();

        using var response = await hr.PostAsync("/api/payroll/imports", CsvBytes(bytes));

        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        var error = Assert.Single(problem.GetProperty("errors").EnumerateArray());
        Assert.Equal(3, error.GetProperty("line").GetInt32());
        Assert.Equal("base_salary", error.GetProperty("column").GetString());
        Assert.Contains("1.234,56", error.GetProperty("message").GetString());
        Assert.Equal(0, await factory.CountPayslipsAsync(ana));
    }

    [Fact]
    public async Task A_header_in_windows_1252_is_decoded_as_such_not_refused_as_bad_utf8()
    {
        var bytes = Encoding.Latin1.GetBytes(PayslipCsv.Header.Replace(',', ';') + ";año\r\n");
        using var hr = factory.Hr();

        using var response = await hr.PostAsync("/api/payroll/imports", CsvBytes(bytes));

        var problem = await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        var error = Assert.Single(problem.GetProperty("errors").EnumerateArray());
        Assert.Equal("año", error.GetProperty("column").GetString());
    }

    [Fact]
    public async Task A_dry_run_reports_what_the_import_would_do_and_writes_nothing()
    {
        Guid ana = Guid.NewGuid(), john = Guid.NewGuid();
        var existing = PayslipRow.Typical(ana, 2025, 1, 2400m);
        await factory.ImportAsync(existing);
        using var hr = factory.Hr();
        var before = await hr.GetOkJsonAsync(HrPayslipUrl(existing));
        var file = PayslipCsv.File(existing with { BaseSalary = 2500m }, existing with { Month = 2 }, PayslipRow.Typical(john, 2025, 1, 3900m));

        using var response = await hr.PostAsync("/api/payroll/imports?dryRun=true", Csv(file));

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        var result = JsonDocument.Parse(body).RootElement;
        Assert.True(result.GetProperty("dryRun").GetBoolean());
        Assert.Equal(3, result.GetProperty("rows").GetInt32());
        Assert.Equal(2, result.GetProperty("created").GetInt32());
        Assert.Equal(1, result.GetProperty("updated").GetInt32());
        Assert.Equal(1, await factory.CountPayslipsAsync(ana));
        Assert.Equal(0, await factory.CountPayslipsAsync(john));
        Assert.Equal(before.GetRawText(), (await hr.GetOkJsonAsync(HrPayslipUrl(existing))).GetRawText());

        // A bad file in a dry run is the same 400 as a real import.
        using var badResponse = await hr.PostAsync("/api/payroll/imports?dryRun=true",
            Csv(PayslipCsv.File(PayslipRow.Typical(john, 2025, 1, 3900m).ToCsv().Replace(",2025,1,", ",2025,13,"))));
        await AssertProblemAsync(badResponse, HttpStatusCode.BadRequest);
        Assert.Equal(0, await factory.CountPayslipsAsync(john));
    }

    [Fact]
    public async Task Employees_named_by_number_get_the_same_payslips_and_an_unknown_number_writes_nothing()
    {
        Guid ana = Guid.NewGuid(), john = Guid.NewGuid();
        string anaNumber = "E" + ana.ToString("N")[..8].ToUpperInvariant(), johnNumber = "E" + john.ToString("N")[..8].ToUpperInvariant();
        factory.Users.AddNumber(anaNumber, ana);
        factory.Users.AddNumber(johnNumber, john);
        PayslipRow[] rows = [PayslipRow.Typical(ana, 2025, 5, 2400m), PayslipRow.Typical(john, 2025, 5, 3900m)];
        string ByNumber(PayslipRow r, string number) => SpanishRow(r).Replace(r.UserId.ToString(), number);
        var header = PayslipCsv.Header.Replace(',', ';').Replace("user_id", "employee_number");
        using var hr = factory.Hr();

        // An unknown number: the row is named, nothing is written.
        var withGhost = string.Join("\n", header, ByNumber(rows[0], anaNumber), ByNumber(rows[1], "E404NOBODY")) + "\n";
        var problem = await AssertProblemAsync(await hr.PostAsync("/api/payroll/imports", Csv(withGhost)), HttpStatusCode.BadRequest);
        var error = Assert.Single(problem.GetProperty("errors").EnumerateArray());
        Assert.Equal(3, error.GetProperty("line").GetInt32());
        Assert.Equal("employee_number", error.GetProperty("column").GetString());
        Assert.Equal(0, await factory.CountPayslipsAsync(ana, john));

        var file = string.Join("\n", header, ByNumber(rows[0], anaNumber), ByNumber(rows[1], johnNumber)) + "\n";
        using var response = await hr.PostAsync("/api/payroll/imports", Csv(file));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        foreach (var row in rows)
        {
            AssertPayslipMatches(row, await hr.GetOkJsonAsync(HrPayslipUrl(row)));
        }
        Assert.Equal(2, (await factory.ImportAsync(rows)).GetProperty("unchanged").GetInt32());
    }

    [Fact]
    public async Task A_file_names_its_employees_one_way_only()
    {
        var both = PayslipCsv.Header + ",employee_number\n";
        using var hr = factory.Hr();
        var problem = await AssertProblemAsync(await hr.PostAsync("/api/payroll/imports", Csv(both)), HttpStatusCode.BadRequest);
        Assert.Contains(problem.GetProperty("errors").EnumerateArray(), e => e.GetProperty("message").GetString()!.Contains("exactly one column"));
    }
}
