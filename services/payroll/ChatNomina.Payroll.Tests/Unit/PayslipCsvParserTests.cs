using ChatNomina.Payroll.Apis;
using ChatNomina.Payroll.Import;
using ChatNomina.Payroll.Model;
using ChatNomina.Payroll.Tests.Support;

namespace ChatNomina.Payroll.Tests.Unit;

public sealed class PayslipCsvParserTests
{
    private static readonly Guid Ana = Guid.Parse("0b6c8a52-6a43-4c8e-9a7e-1f2d3c4b5a69");
    private static readonly Guid John = Guid.Parse("7d1e2f30-4a5b-4c6d-8e9f-a0b1c2d3e4f5");

    // header: user_id,year,month,payment_date,currency,gross_salary,base_salary,seniority_bonus,
    //         income_tax,social_security,unemployment,professional_training,net_salary
    private const string GoodRow = "0b6c8a52-6a43-4c8e-9a7e-1f2d3c4b5a69,2025,3,2025-03-31,EUR,2620.50,2500.00,120.50,393.08,123.16,40.62,2.62,2061.02";

    private static PayslipCsvParseResult Parse(string text, int maxRows = 1000) =>
        PayslipCsvParser.Parse(new StringReader(text), maxRows);

    private static PayslipCsvParseResult ParseRows(params string[] rows) => Parse(PayslipCsv.File(rows));

    /// <summary>The good row with one field replaced (0-based column index of <see cref="PayslipCsv.Header"/>).</summary>
    private static string GoodRowWith(int column, string value)
    {
        var fields = GoodRow.Split(',');
        fields[column] = value;
        // A changed period keeps a plausible payment date (its last day), unless the test changes the date.
        if (column is 1 or 2 && int.TryParse(fields[1], out var year) && int.TryParse(fields[2], out var month)
            && year is >= 1900 and <= 2200 && month is >= 1 and <= 12)
        {
            fields[3] = new DateOnly(year, month, 1).AddMonths(1).AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        }
        return string.Join(',', fields);
    }

    /// <summary>The only error of a result whose good rows (if any) were all accepted.</summary>
    private static ImportRowError SingleError(PayslipCsvParseResult result, int goodRows = 0)
    {
        Assert.Equal(goodRows, result.Rows.Count);
        return Assert.Single(result.Errors);
    }

    private static string Quoted(string field) => $"\"{field}\"";

    [Theory]
    [InlineData(4, "XYZ", "currency")]             // well-formed, but no such currency
    [InlineData(3, "1900-01-31", "payment_date")]  // the review's absurd date
    [InlineData(3, "2025-02-28", "payment_date")]  // paid before its period (March)
    [InlineData(3, "2025-05-16", "payment_date")]  // 46 days after March ended
    [InlineData(6, "1500000.00", "base_salary")]   // a million a month: extra digits
    public void Implausible_values_are_refused_with_their_column(int column, string value, string expectedColumn)
    {
        var result = ParseRows(GoodRowWith(column, value));

        Assert.Empty(result.Rows);
        Assert.Contains(result.Errors, e => e.Column == expectedColumn);
    }

    [Theory]
    [InlineData(3, "2025-03-01")]   // first day of the period
    [InlineData(3, "2025-05-15")]   // 45 days after it ended
    [InlineData(4, "USD")]
    [InlineData(4, "GBP")]
    public void Plausible_edges_are_accepted(int column, string value) =>
        Assert.Empty(ParseRows(GoodRowWith(column, value)).Errors);

    [Fact]
    public void Valid_file_yields_every_row_with_typed_lines_and_no_errors()
    {
        var march = PayslipRow.Typical(Ana, 2025, 3, 2500m);
        var april = PayslipRow.Typical(Ana, 2025, 4, 2500m);
        var johnMarch = PayslipRow.Typical(John, 2025, 3, 4321.09m);

        var result = Parse(PayslipCsv.File(march, april, johnMarch));

        Assert.Empty(result.Errors);
        Assert.Equal(3, result.Rows.Count);
        Assert.Equal([2, 3, 4], result.Rows.Select(r => r.Line));
        var row = result.Rows[2];
        Assert.Equal(John, row.UserId);
        Assert.Equal((2025, 3), (row.Year, row.Month));
        Assert.Equal(new DateOnly(2025, 3, 31), row.PaymentDate);
        Assert.Equal("EUR", row.Currency);
        Assert.Equal(
            ["base_salary", "seniority_bonus", "income_tax", "social_security", "unemployment", "professional_training"],
            row.Lines.OrderBy(l => l.Position).Select(l => l.Type));
        Assert.Equal(johnMarch.Gross, row.Lines.Where(l => l.Kind == LineKind.Earning).Sum(l => l.Amount));
        Assert.Equal(johnMarch.TotalDeductions, row.Lines.Where(l => l.Kind == LineKind.Deduction).Sum(l => l.Amount));
        Assert.Equal(johnMarch.IncomeTax, row.Lines.Single(l => l.Type == "income_tax").Amount);
        Assert.Equal("Retención IRPF", row.Lines.Single(l => l.Type == "income_tax").Label);
    }

    [Fact]
    public void File_without_earnings_columns_puts_the_gross_on_base_salary_and_currency_defaults_to_EUR()
    {
        var csv = "user_id,year,month,payment_date,gross_salary,income_tax,net_salary\n"
            + $"{Ana},2025,1,2025-01-31,2000.00,300.00,1700.00\n";

        var result = Parse(csv);

        Assert.Empty(result.Errors);
        var row = Assert.Single(result.Rows);
        Assert.Equal("EUR", row.Currency);
        var earning = Assert.Single(row.Lines, l => l.Kind == LineKind.Earning);
        Assert.Equal(("base_salary", 2000.00m), (earning.Type, earning.Amount));
        var deduction = Assert.Single(row.Lines, l => l.Kind == LineKind.Deduction);
        Assert.Equal(("income_tax", 300.00m), (deduction.Type, deduction.Amount));
    }

    [Fact]
    public void Header_names_are_matched_ignoring_case_and_surrounding_spaces_and_blank_optional_amounts_add_no_line()
    {
        var csv = " USER_ID , Year,Month,Payment_Date,Gross_Salary,Base_Salary,Bonus,Income_Tax,Union_Dues,Net_Salary\n"
            + $"{Ana},2025,2,2025-02-28,2000.00,2000.00,,300.00,,1700.00\n";

        var result = Parse(csv);

        Assert.Empty(result.Errors);
        var row = Assert.Single(result.Rows);
        Assert.Equal(["base_salary", "income_tax"], row.Lines.Select(l => l.Type));
    }

    [Theory]
    [InlineData("not-a-uuid")]
    [InlineData("0b6c8a52-6a43-4c8e-9a7e")]
    [InlineData("00000000-0000-0000-0000-000000000000")]
    [InlineData("")]
    public void Bad_user_id_is_reported_with_line_column_and_reason(string userId)
    {
        var error = SingleError(ParseRows(GoodRowWith(0, userId)));

        Assert.Equal(2, error.Line);
        Assert.Equal("user_id", error.Column);
        Assert.Contains("UUID", error.Message);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("13")]
    [InlineData("-1")]
    [InlineData("March")]
    [InlineData("3.0")]
    public void Month_outside_1_to_12_is_reported_with_line_column_and_reason(string month)
    {
        var error = SingleError(ParseRows(GoodRow, GoodRowWith(2, month)), goodRows: 1);

        Assert.Equal(3, error.Line);
        Assert.Equal("month", error.Column);
        Assert.Contains("month between 1 and 12", error.Message);
    }

    [Theory]
    [InlineData("1899")]
    [InlineData("2201")]
    [InlineData("99999")]
    [InlineData("25")]
    public void Year_outside_the_supported_range_is_reported(string year)
    {
        var error = SingleError(ParseRows(GoodRowWith(1, year)));

        Assert.Equal(2, error.Line);
        Assert.Equal("year", error.Column);
    }

    [Theory]
    [InlineData("2025-02-30")]
    [InlineData("31/03/2025")]
    [InlineData("2025-3-31")]
    [InlineData("2025-03-31T00:00:00")]
    [InlineData("")]
    public void Bad_payment_date_is_reported_with_line_column_and_reason(string date)
    {
        var error = SingleError(ParseRows(GoodRowWith(3, date)));

        Assert.Equal(2, error.Line);
        Assert.Equal("payment_date", error.Column);
        Assert.Contains("YYYY-MM-DD", error.Message);
    }

    [Theory]
    [InlineData("393.081")]
    [InlineData("393.0801")]
    [InlineData("\"393,08\"")]
    [InlineData("\"1,393.08\"")]
    [InlineData("-393.08")]
    [InlineData("393.08 EUR")]
    [InlineData("1e3")]
    [InlineData("99999999999.00")]
    public void Malformed_or_negative_amount_is_reported_on_its_column(string amount)
    {
        var error = SingleError(ParseRows(GoodRowWith(8, amount)));
        amount = amount.Trim('"');

        Assert.Equal(2, error.Line);
        Assert.Equal("income_tax", error.Column);
        Assert.Contains($"'{amount}'", error.Message);
    }

    [Theory]
    [InlineData(5, "gross_salary", "2620.505")]
    [InlineData(5, "gross_salary", "-2620.50")]
    [InlineData(12, "net_salary", "\"2061,02\"")]
    [InlineData(12, "net_salary", "")]
    [InlineData(6, "base_salary", "2.500.00")]
    public void Malformed_amount_in_gross_net_or_earnings_is_reported_on_its_column(int index, string column, string amount)
    {
        var result = ParseRows(GoodRowWith(index, amount));

        Assert.Empty(result.Rows);
        var error = Assert.Single(result.Errors, e => e.Column == column);
        Assert.Equal(2, error.Line);
    }

    [Fact]
    public void Net_salary_that_is_not_gross_minus_deductions_is_reported()
    {
        var error = SingleError(ParseRows(GoodRowWith(12, "2061.03")));

        Assert.Equal(2, error.Line);
        Assert.Equal("net_salary", error.Column);
        Assert.Contains("2061.02", error.Message); // what it should have been
    }

    [Fact]
    public void Earnings_columns_that_do_not_add_up_to_the_gross_are_reported()
    {
        // base 2500.00 + seniority 120.50 = 2620.50, but gross says 2630.50 (net adjusted so only this is wrong)
        var row = GoodRowWith(5, "2630.50");
        row = string.Join(',', row.Split(',')[..12].Append("2071.02"));

        var error = SingleError(ParseRows(row));

        Assert.Equal(2, error.Line);
        Assert.Equal("gross_salary", error.Column);
        Assert.Contains("2620.50", error.Message);
    }

    [Fact]
    public void Deductions_larger_than_the_gross_are_reported()
    {
        var csv = "user_id,year,month,payment_date,gross_salary,income_tax,net_salary\n"
            + $"{Ana},2025,1,2025-01-31,100.00,150.00,0.00\n";

        var error = SingleError(Parse(csv));

        Assert.Equal(2, error.Line);
        Assert.Equal("net_salary", error.Column);
    }

    [Theory]
    [InlineData("eur")]
    [InlineData("EURO")]
    [InlineData("€")]
    public void Currency_that_is_not_an_ISO_code_is_reported(string currency)
    {
        var error = SingleError(ParseRows(GoodRowWith(4, currency)));

        Assert.Equal(2, error.Line);
        Assert.Equal("currency", error.Column);
    }

    [Fact]
    public void Duplicate_user_and_period_is_reported_on_the_second_line_naming_the_first()
    {
        var other = GoodRowWith(0, John.ToString());
        var duplicate = GoodRowWith(0, Ana.ToString().ToUpperInvariant()); // same id, other spelling

        var result = ParseRows(GoodRow, other, duplicate);

        var error = Assert.Single(result.Errors);
        Assert.Equal(4, error.Line);
        Assert.Contains("Duplicate", error.Message);
        Assert.Contains("line 2", error.Message);
    }

    [Fact]
    public void Same_user_in_different_periods_is_not_a_duplicate()
    {
        var result = ParseRows(GoodRow, GoodRowWith(2, "4"), GoodRowWith(1, "2024"));

        Assert.Empty(result.Errors);
        Assert.Equal(3, result.Rows.Count);
    }

    [Fact]
    public void Unknown_column_is_reported_on_the_header_line()
    {
        var csv = PayslipCsv.Header + ",tip\n" + GoodRow + ",10.00\n";

        var result = Parse(csv);

        Assert.Empty(result.Rows);
        var error = Assert.Single(result.Errors);
        Assert.Equal((1, "tip"), (error.Line, error.Column));
        Assert.Contains("Unknown column", error.Message);
    }

    [Theory]
    [InlineData("user_id")]
    [InlineData("year")]
    [InlineData("month")]
    [InlineData("payment_date")]
    [InlineData("gross_salary")]
    [InlineData("net_salary")]
    public void Missing_required_column_is_reported_on_the_header_line(string column)
    {
        var columns = PayslipCsv.Header.Split(',');
        var index = Array.IndexOf(columns, column);
        var header = string.Join(',', columns.Where((_, i) => i != index));
        var row = string.Join(',', GoodRow.Split(',').Where((_, i) => i != index));

        var result = Parse(header + "\n" + row + "\n");

        Assert.Empty(result.Rows);
        var error = Assert.Single(result.Errors);
        Assert.Equal((1, column), (error.Line, error.Column));
        Assert.Contains("Missing required column", error.Message);
    }

    [Fact]
    public void Column_given_twice_is_reported_on_the_header_line()
    {
        var csv = PayslipCsv.Header + ",income_tax\n" + GoodRow + ",393.08\n";

        var result = Parse(csv);

        Assert.Empty(result.Rows);
        var error = Assert.Single(result.Errors);
        Assert.Equal((1, "income_tax"), (error.Line, error.Column));
        Assert.Contains("twice", error.Message);
    }

    [Fact]
    public void Unquoted_comma_decimal_separator_shows_up_as_a_wrong_field_count()
    {
        var error = SingleError(ParseRows(GoodRowWith(8, "393,08")));

        Assert.Equal(2, error.Line);
        Assert.Contains("Expected 13 fields, found 14", error.Message);
    }

    [Theory]
    [InlineData(",2.62")]
    [InlineData(",,,")]
    public void Row_with_too_many_fields_is_reported(string extra)
    {
        var error = SingleError(ParseRows(GoodRow + extra));

        Assert.Equal(2, error.Line);
        Assert.Contains("Expected 13 fields", error.Message);
    }

    [Fact]
    public void Row_with_too_few_fields_is_reported()
    {
        var truncated = string.Join(',', GoodRow.Split(',')[..10]);

        var error = SingleError(ParseRows(GoodRow, truncated), goodRows: 1);

        Assert.Equal(3, error.Line);
        Assert.Contains("found 10", error.Message);
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("")]
    public void Unclosed_quote_is_reported_on_the_line_where_it_opens(string end)
    {
        // The quote on line 3 swallows lines 3 to 5 into one field.
        var csv = PayslipCsv.File(GoodRow, "\"" + GoodRowWith(0, John.ToString()), GoodRowWith(2, "4"), GoodRowWith(2, "5")).TrimEnd('\n') + end;

        var error = SingleError(Parse(csv), goodRows: 1);

        Assert.Equal(3, error.Line);
        Assert.Contains("runs over 3 lines", error.Message);
    }

    [Fact]
    public void Row_with_a_quoted_line_break_is_reported_on_its_first_line_and_later_rows_keep_their_numbers()
    {
        var broken = GoodRowWith(4, "\"EU\nR\"");
        var csv = PayslipCsv.File(GoodRow, broken, GoodRowWith(2, "13"));

        var result = Parse(csv);

        Assert.Single(result.Rows);
        Assert.Equal([(3, "currency"), (5, "month")], result.Errors.Select(e => (e.Line, e.Column)));
    }

    [Fact]
    public void Blank_lines_before_the_header_are_skipped_and_counted()
    {
        var csv = "\n\n" + PayslipCsv.Header + ",tip\n" + GoodRow + ",1.00\n";

        var error = SingleError(Parse(csv));

        Assert.Equal((3, "tip"), (error.Line, error.Column));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n")]
    public void Empty_file_is_reported(string text)
    {
        var error = SingleError(Parse(text));

        Assert.Equal(1, error.Line);
        Assert.Contains("empty", error.Message);
    }

    [Fact]
    public void Header_without_rows_is_reported()
    {
        var error = SingleError(Parse(PayslipCsv.Header + "\n"));

        Assert.Equal(1, error.Line);
        Assert.Contains("no rows", error.Message);
    }

    [Fact]
    public void More_rows_than_the_limit_is_reported_and_parsing_stops()
    {
        var rows = Enumerable.Range(1, 5).Select(m => GoodRowWith(2, m.ToString())).ToArray();

        var atLimit = Parse(PayslipCsv.File(rows[..3]), maxRows: 3);
        var overLimit = Parse(PayslipCsv.File(rows), maxRows: 3);

        Assert.Empty(atLimit.Errors);
        Assert.Equal(3, atLimit.Rows.Count);
        var error = Assert.Single(overLimit.Errors);
        Assert.Equal(5, error.Line); // the 4th data row
        Assert.Contains("more than 3 rows", error.Message);
    }

    [Fact]
    public void Every_bad_row_is_reported_with_its_own_line_not_only_the_first()
    {
        var result = ParseRows(
            GoodRow,                                  // line 2
            GoodRowWith(2, "13"),                     // line 3: month
            GoodRowWith(0, John.ToString()),          // line 4: fine
            GoodRowWith(3, "2025-13-01"),             // line 5: date
            GoodRowWith(12, "9999.99"));              // line 6: net (and duplicate of line 2, unreachable)

        Assert.Equal(2, result.Rows.Count);
        Assert.Equal(
            [(3, "month"), (5, "payment_date"), (6, "net_salary")],
            result.Errors.Select(e => (e.Line, e.Column)));
    }

    [Fact]
    public void Several_problems_in_one_row_are_all_reported()
    {
        var row = GoodRowWith(0, "nope");
        row = string.Join(',', row.Split(',').Select((f, i) => i switch { 2 => "0", 3 => "yesterday", 9 => "12,3", _ => f }));

        var result = ParseRows(row.Replace("12,3", "\"12,3\""));

        Assert.Empty(result.Rows);
        Assert.Equal(
            ["user_id", "month", "payment_date", "social_security"],
            result.Errors.Select(e => e.Column));
        Assert.All(result.Errors, e => Assert.Equal(2, e.Line));
    }

    [Fact]
    public void Line_numbers_count_blank_lines_and_match_the_file()
    {
        var csv = PayslipCsv.Header + "\n\n" + GoodRow + "\n\n\n" + GoodRowWith(2, "13") + "\n";

        var result = Parse(csv);

        Assert.Equal(3, Assert.Single(result.Rows).Line);
        Assert.Equal(6, Assert.Single(result.Errors).Line);
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void Windows_and_old_mac_line_endings_keep_line_numbers_exact(string eol)
    {
        var csv = PayslipCsv.Header + eol + GoodRow + eol + eol + GoodRowWith(2, "4") + eol + GoodRowWith(2, "0") + eol;

        var result = Parse(csv);

        Assert.Equal([2, 4], result.Rows.Select(r => r.Line));
        Assert.Equal(5, Assert.Single(result.Errors).Line);
    }

    [Theory]
    [InlineData("user_id;year;month", "spanish")]
    [InlineData("user_id,year,month", "standard")]
    [InlineData("\r\n\r\nuser_id;year;month\r\nx,y", "spanish")]
    [InlineData("user_id;year,month", "standard")]   // both: today's format, whose errors name the ';'
    public void The_header_line_decides_the_dialect(string content, string dialect) =>
        Assert.Equal(dialect, CsvDialect.Detect(content).Name);

    [Theory]
    [InlineData("2.500,00", "2500.00")]
    [InlineData("2500,00", "2500.00")]
    [InlineData("2500", "2500")]
    [InlineData("12.345.678,5", null)]         // a plausible-amount error, not a format error
    [InlineData("2500.00", null)]              // '.' decimals in a ';' file: could be read two ways
    [InlineData("2,500.00", null)]
    [InlineData("2.50,00", null)]              // thousands groups are three digits
    [InlineData("-2500,00", null)]
    public void Spanish_amounts_take_a_decimal_comma_and_thousands_dots_only(string baseSalary, string? parsed)
    {
        var header = PayslipCsv.Header.Replace(',', ';');
        var fields = GoodRow.Split(',');
        fields[3] = "31/03/2025";
        fields[5] = baseSalary;            // gross = base: no other earnings line
        fields[6] = baseSalary;
        fields[7] = "";
        fields[8] = fields[9] = fields[10] = fields[11] = "";
        fields[12] = baseSalary;
        var result = PayslipCsvParser.Parse($"{header}\n{string.Join(';', fields)}\n", 10);

        if (parsed is null)
        {
            Assert.Empty(result.Rows);
            Assert.NotEmpty(result.Errors);
            return;
        }
        Assert.Empty(result.Errors);
        var row = Assert.Single(result.Rows);
        Assert.Equal(decimal.Parse(parsed, System.Globalization.CultureInfo.InvariantCulture), Assert.Single(row.Lines).Amount);
        Assert.Equal(new DateOnly(2025, 3, 31), row.PaymentDate);
    }

    [Fact]
    public void Day_month_dates_are_only_read_in_the_spanish_dialect()
    {
        var result = ParseRows(GoodRowWith(3, "31/03/2025"));
        Assert.Equal("payment_date", SingleError(result).Column);
    }
}
