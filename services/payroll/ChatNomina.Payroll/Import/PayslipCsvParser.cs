using System.Collections.Frozen;
using System.Globalization;
using ChatNomina.Payroll.Apis;
using ChatNomina.Payroll.Model;
using CsvHelper;
using CsvHelper.Configuration;

namespace ChatNomina.Payroll.Import;

/// <summary>A valid row of an import file, ready to upsert (once a row that names its employee by
/// <see cref="EmployeeNumber"/> has its <see cref="UserId"/> from the users service).</summary>
public sealed record PayslipImportRow(
    int Line, Guid UserId, int Year, int Month, DateOnly PaymentDate, string Currency, IReadOnlyList<PayslipLine> Lines)
{
    /// <summary>The employee number the row named instead of a user id (<see cref="UserId"/> is empty until resolved).</summary>
    public string? EmployeeNumber { get; init; }

    /// <summary>Who the row is about, as the file names them (for duplicate and error messages).</summary>
    public string Employee => EmployeeNumber ?? UserId.ToString();
}

public sealed record PayslipCsvParseResult(IReadOnlyList<PayslipImportRow> Rows, IReadOnlyList<ImportRowError> Errors)
{
    public CsvDialect Dialect { get; init; } = CsvDialect.Standard;
}

/// <summary>
/// How a file writes its fields. <see cref="Standard"/>: ',' between fields, '.' decimals, ISO dates —
/// what scripts write. <see cref="Spanish"/>: what a spreadsheet in Spanish writes as CSV — ';' between
/// fields, ',' decimals ('.' only as a thousands separator, 1.234,56), dates as dd/mm/yyyy or ISO.
/// The header line decides: a header with ';' and no ',' is the Spanish dialect.
/// </summary>
public sealed record CsvDialect(string Name, string Delimiter, bool DecimalComma)
{
    public static readonly CsvDialect Standard = new("standard", ",", DecimalComma: false);
    public static readonly CsvDialect Spanish = new("spanish", ";", DecimalComma: true);

    public static CsvDialect Detect(string content)
    {
        var header = content.AsSpan().TrimStart("\r\n\t ");
        var end = header.IndexOfAny('\r', '\n');
        if (end >= 0) header = header[..end];
        return header.Contains(';') && !header.Contains(',') ? Spanish : Standard;
    }
}

/// <summary>
/// Parses and validates a payslip CSV file (format in docs/payroll-import.md). Every bad row is
/// reported with its line number and reason; the caller writes nothing when any row is bad.
/// </summary>
public static class PayslipCsvParser
{
    public const string UserId = "user_id";
    public const string EmployeeNumber = "employee_number";
    public const string Year = "year";
    public const string Month = "month";
    public const string PaymentDate = "payment_date";
    public const string Currency = "currency";
    public const string GrossSalary = "gross_salary";
    public const string NetSalary = "net_salary";

    /// <summary>Required besides the employee, who is named by exactly one of <see cref="UserId"/> or <see cref="EmployeeNumber"/>.</summary>
    private static readonly string[] RequiredColumns = [Year, Month, PaymentDate, GrossSalary, NetSalary];
    private const decimal MaxAmount = 9_999_999_999.99m;

    /// <summary>
    /// Plausibility: no line of a monthly payslip reaches a million (the column type holds far
    /// more, so a mistyped amount — an extra zero or three — would otherwise pass).
    /// </summary>
    public const decimal MaxPlausibleAmount = 999_999.99m;

    /// <summary>Plausibility: a payslip is paid within its month or up to this many days after it.</summary>
    public const int PaymentDaysAfterPeriod = 45;

    /// <summary>The ISO 4217 codes of the currencies in use (every region .NET knows), e.g. EUR, USD, GBP.</summary>
    private static readonly FrozenSet<string> KnownCurrencies = CultureInfo.GetCultures(CultureTypes.SpecificCultures)
        .Select(c => { try { return new RegionInfo(c.Name).ISOCurrencySymbol; } catch (ArgumentException) { return null; } })
        .OfType<string>().Where(code => code.Length == 3).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Parses a whole file in the dialect its header line shows (<see cref="CsvDialect.Detect"/>).</summary>
    public static PayslipCsvParseResult Parse(string content, int maxRows)
    {
        var dialect = CsvDialect.Detect(content);
        return Parse(new StringReader(content), maxRows, dialect) with { Dialect = dialect };
    }

    public static PayslipCsvParseResult Parse(TextReader text, int maxRows, CsvDialect? dialect = null)
    {
        dialect ??= CsvDialect.Standard;
        var errors = new List<ImportRowError>();
        var rows = new List<PayslipImportRow>();
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = dialect.Delimiter,
            TrimOptions = TrimOptions.Trim,
            // Blank lines are skipped below, not by CsvHelper, so that each record's first line is
            // known: CsvHelper's RawRow is a record's last line (one past the end of the file when an
            // unclosed quote swallows the rest), which would point HR at the wrong row.
            IgnoreBlankLines = false,
            BadDataFound = null,
            DetectDelimiter = false,
        };
        using var parser = new CsvParser(text, config);

        var nextLine = 1;
        bool ReadRecord(out int line, out int lineCount)
        {
            while (parser.Read())
            {
                var raw = parser.RawRecord;
                var breaks = CountLineBreaks(raw);
                line = nextLine;
                lineCount = raw.EndsWith('\n') || raw.EndsWith('\r') ? breaks : breaks + 1;
                nextLine += breaks;
                if (parser.Record is not [""])
                {
                    return true;
                }
            }
            line = nextLine;
            lineCount = 0;
            return false;
        }

        if (!ReadRecord(out var headerLine, out _))
        {
            errors.Add(new ImportRowError(1, null, "The file is empty: expected a header row."));
            return new PayslipCsvParseResult(rows, errors);
        }

        var header = parser.Record!.Select(h => h.Trim().ToLowerInvariant()).ToArray();
        var columns = new Dictionary<string, int>();
        for (var i = 0; i < header.Length; i++)
        {
            var name = header[i];
            if (!IsKnownColumn(name))
            {
                errors.Add(new ImportRowError(headerLine, name, $"Unknown column '{name}'."));
            }
            else if (!columns.TryAdd(name, i))
            {
                errors.Add(new ImportRowError(headerLine, name, $"Column '{name}' appears twice."));
            }
        }
        foreach (var required in RequiredColumns.Where(c => !columns.ContainsKey(c)))
        {
            errors.Add(new ImportRowError(headerLine, required, $"Missing required column '{required}'."));
        }
        if (!columns.ContainsKey(UserId) && !columns.ContainsKey(EmployeeNumber))
        {
            errors.Add(new ImportRowError(headerLine, UserId,
                $"Missing required column '{UserId}' (the users service id) or '{EmployeeNumber}' (e.g. E00001)."));
        }
        else if (columns.ContainsKey(UserId) && columns.ContainsKey(EmployeeNumber))
        {
            errors.Add(new ImportRowError(headerLine, EmployeeNumber,
                $"Name the employees with exactly one column: '{UserId}' or '{EmployeeNumber}', not both."));
        }
        if (errors.Count > 0)
        {
            return new PayslipCsvParseResult(rows, errors);
        }

        var seen = new Dictionary<(string, int, int), int>();
        var dataRows = 0;
        while (ReadRecord(out var line, out var lineCount))
        {
            if (++dataRows > maxRows)
            {
                errors.Add(new ImportRowError(line, null, $"The file has more than {maxRows} rows."));
                break;
            }
            var record = parser.Record!;
            if (record.Length != header.Length)
            {
                errors.Add(new ImportRowError(line, null, $"Expected {header.Length} fields, found {record.Length}."
                    + (lineCount > 1 ? $" The row runs over {lineCount} lines: a quote (\") is probably never closed." : "")));
                continue;
            }
            var row = ParseRow(line, record, columns, dialect, errors);
            if (row is null)
            {
                continue;
            }
            if (seen.TryGetValue((row.Employee, row.Year, row.Month), out var firstLine))
            {
                errors.Add(new ImportRowError(line, null,
                    $"Duplicate payslip for {(row.EmployeeNumber is null ? "user" : "employee")} {row.Employee} and period {row.Year}-{row.Month:D2} (first on line {firstLine})."));
                continue;
            }
            seen[(row.Employee, row.Year, row.Month)] = line;
            rows.Add(row);
        }

        if (dataRows == 0 && errors.Count == 0)
        {
            errors.Add(new ImportRowError(headerLine, null, "The file has a header but no rows."));
        }
        return new PayslipCsvParseResult(rows, errors);
    }

    /// <summary>Line breaks in a raw record (\n, \r\n or a lone \r), its own terminator included.</summary>
    private static int CountLineBreaks(string raw)
    {
        var count = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] == '\n' || raw[i] == '\r' && (i + 1 == raw.Length || raw[i + 1] != '\n'))
            {
                count++;
            }
        }
        return count;
    }

    private static bool IsKnownColumn(string name) =>
        RequiredColumns.Contains(name) || name is UserId or EmployeeNumber or Currency
        || DeductionTypes.All.Contains(name) || EarningTypes.All.Contains(name);

    /// <summary>dd/mm/yyyy, as a spreadsheet in Spanish writes a date (only in that dialect: elsewhere
    /// 03/04/2026 could be either month).</summary>
    private static readonly string[] SpanishDateFormats = ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"];

    /// <summary>An amount with ',' decimals and optional '.' thousands groups: 1234,56 · 1.234,56 · 1234.</summary>
    private static readonly System.Text.RegularExpressions.Regex SpanishAmount =
        new(@"^(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static bool TryParseAmount(string raw, CsvDialect dialect, out decimal value)
    {
        if (!dialect.DecimalComma)
        {
            return decimal.TryParse(raw, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
        }
        value = 0m;
        return SpanishAmount.IsMatch(raw)
            && decimal.TryParse(raw.Replace(".", "", StringComparison.Ordinal).Replace(',', '.'),
                NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    private static PayslipImportRow? ParseRow(int line, string[] record, Dictionary<string, int> columns, CsvDialect dialect, List<ImportRowError> errors)
    {
        var before = errors.Count;
        string Field(string column) => columns.TryGetValue(column, out var i) ? record[i] : "";
        void Error(string column, string message) => errors.Add(new ImportRowError(line, column, message));

        var userId = Guid.Empty;
        string? employeeNumber = null;
        if (columns.ContainsKey(EmployeeNumber))
        {
            employeeNumber = Field(EmployeeNumber);
            if (employeeNumber.Length is 0 or > 20 || !employeeNumber.All(char.IsAsciiLetterOrDigit))
            {
                Error(EmployeeNumber, $"'{employeeNumber}' is not an employee number (1 to 20 letters and digits, e.g. E00001).");
            }
        }
        else if (!Guid.TryParse(Field(UserId), out userId) || userId == Guid.Empty)
        {
            Error(UserId, $"'{Field(UserId)}' is not a user id (UUID).");
        }
        if (!int.TryParse(Field(Year), NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 1900 or > 2200)
        {
            Error(Year, $"'{Field(Year)}' is not a year between 1900 and 2200.");
        }
        if (!int.TryParse(Field(Month), NumberStyles.None, CultureInfo.InvariantCulture, out var month) || month is < 1 or > 12)
        {
            Error(Month, $"'{Field(Month)}' is not a month between 1 and 12.");
        }
        if (!DateOnly.TryParseExact(Field(PaymentDate), dialect.DecimalComma ? SpanishDateFormats : ["yyyy-MM-dd"],
                CultureInfo.InvariantCulture, DateTimeStyles.None, out var paymentDate))
        {
            Error(PaymentDate, dialect.DecimalComma
                ? $"'{Field(PaymentDate)}' is not a date in the form DD/MM/YYYY (or YYYY-MM-DD)."
                : $"'{Field(PaymentDate)}' is not a date in the form YYYY-MM-DD.");
        }
        var currency = columns.ContainsKey(Currency) && Field(Currency).Length > 0 ? Field(Currency) : "EUR";
        if (currency.Length != 3 || !currency.All(char.IsAsciiLetterUpper))
        {
            Error(Currency, $"'{currency}' is not an ISO 4217 currency code such as EUR.");
        }
        else if (!KnownCurrencies.Contains(currency))
        {
            Error(Currency, $"'{currency}' is not a currency in use (ISO 4217), e.g. EUR.");
        }
        if (errors.Count == before && new DateOnly(year, month, 1) is var start
            && (paymentDate < start || paymentDate > start.AddMonths(1).AddDays(PaymentDaysAfterPeriod - 1)))
        {
            Error(PaymentDate, $"payment_date {paymentDate:yyyy-MM-dd} is not plausible for {year}-{month:D2}: a payslip is paid "
                + $"between {start:yyyy-MM-dd} and {start.AddMonths(1).AddDays(PaymentDaysAfterPeriod - 1):yyyy-MM-dd}.");
        }

        decimal? Amount(string column, bool required)
        {
            var raw = Field(column);
            if (raw.Length == 0)
            {
                if (required)
                {
                    Error(column, "A value is required.");
                }
                return null;
            }
            if (!TryParseAmount(raw, dialect, out var value)
                || value > MaxAmount || value.Scale > 2 && value != Math.Round(value, 2))
            {
                Error(column, dialect.DecimalComma
                    ? $"'{raw}' is not an amount (non-negative, ',' as decimal separator, '.' only between groups of three digits, at most 2 decimals: 1.234,56)."
                    : $"'{raw}' is not an amount (non-negative, '.' as decimal separator, at most 2 decimals).");
                return null;
            }
            if (value > MaxPlausibleAmount)
            {
                Error(column, $"{raw} is not a plausible monthly amount (at most {MaxPlausibleAmount.ToString("N2", CultureInfo.InvariantCulture)}); check for extra digits.");
                return null;
            }
            return Math.Round(value, 2);
        }

        var gross = Amount(GrossSalary, required: true);
        var net = Amount(NetSalary, required: true);
        var lines = new List<PayslipLine>();
        var position = 0;
        foreach (var type in EarningTypes.All.Where(columns.ContainsKey))
        {
            if (Amount(type, required: false) is { } amount)
            {
                lines.Add(new PayslipLine(LineKind.Earning, type, EarningTypes.DefaultLabel(type), amount, position++));
            }
        }
        if (lines.Count == 0 && gross is { } g)
        {
            lines.Add(new PayslipLine(LineKind.Earning, EarningTypes.BaseSalary, EarningTypes.DefaultLabel(EarningTypes.BaseSalary), g, position++));
        }
        foreach (var type in DeductionTypes.All.Where(columns.ContainsKey))
        {
            if (Amount(type, required: false) is { } amount)
            {
                lines.Add(new PayslipLine(LineKind.Deduction, type, DeductionTypes.DefaultLabel(type), amount, position++));
            }
        }

        if (errors.Count > before || gross is null || net is null)
        {
            return null;
        }

        var earnings = lines.Where(l => l.Kind == LineKind.Earning).Sum(l => l.Amount);
        var deductions = lines.Where(l => l.Kind == LineKind.Deduction).Sum(l => l.Amount);
        if (earnings != gross)
        {
            Error(GrossSalary, $"gross_salary {gross:0.00} differs from the sum of the earnings columns {earnings:0.00}.");
        }
        if (deductions > gross)
        {
            Error(NetSalary, $"The deductions {deductions:0.00} exceed gross_salary {gross:0.00}.");
        }
        else if (gross - deductions != net)
        {
            Error(NetSalary, $"net_salary {net:0.00} differs from gross_salary − deductions = {gross - deductions:0.00}.");
        }
        return errors.Count > before ? null : new PayslipImportRow(line, userId, year, month, paymentDate, currency, lines) { EmployeeNumber = employeeNumber };
    }
}
