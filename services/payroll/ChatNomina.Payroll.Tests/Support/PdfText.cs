using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using UglyToad.PdfPig;

namespace ChatNomina.Payroll.Tests.Support;

/// <summary>
/// The text of a PDF as a reader sees it (PdfPig), line by line, and the payslip figures the way a
/// payslip PDF must write them — formatted here independently of the service's own code.
/// </summary>
public static partial class PdfText
{
    /// <summary>Every page's lines, top to bottom: the words that share a baseline, left to right, joined by spaces.</summary>
    public static IReadOnlyList<string> Lines(byte[] pdf)
    {
        Assert.True(pdf.Length > 4 && pdf[..5].SequenceEqual("%PDF-"u8.ToArray()), "not a PDF document");
        using var document = PdfDocument.Open(pdf);
        var lines = new List<string>();
        foreach (var page in document.GetPages())
        {
            var words = page.GetWords()
                .Select(w => (w.Text, Baseline: w.Letters[0].StartBaseLine.Y, Left: w.BoundingBox.Left))
                .OrderByDescending(w => w.Baseline).ThenBy(w => w.Left)
                .ToList();
            var current = new List<(string Text, double Baseline, double Left)>();
            foreach (var word in words)
            {
                if (current.Count > 0 && Math.Abs(current[0].Baseline - word.Baseline) > 2.5)
                {
                    lines.Add(string.Join(' ', current.OrderBy(w => w.Left).Select(w => w.Text)));
                    current.Clear();
                }
                current.Add(word);
            }
            if (current.Count > 0)
            {
                lines.Add(string.Join(' ', current.OrderBy(w => w.Left).Select(w => w.Text)));
            }
        }
        return lines;
    }

    public static string All(byte[] pdf) => string.Join('\n', Lines(pdf));

    /// <summary>es "1.234,56 €", en "€1,234.56" (euros; the only currency the payslips here carry).</summary>
    public static string Money(decimal amount, string lang)
    {
        var invariant = amount.ToString("#,##0.00", CultureInfo.InvariantCulture); // 1,234.56
        return lang == "es"
            ? string.Concat(invariant.Select(c => c switch { ',' => '.', '.' => ',', _ => c })) + " €"
            : "€" + invariant;
    }

    /// <summary>Every amount written in <paramref name="text"/> in the language's money format.</summary>
    public static List<string> AmountsIn(string text, string lang) =>
        [.. (lang == "es" ? SpanishMoney() : EnglishMoney()).Matches(text).Select(m => m.Value)];

    [GeneratedRegex(@"(?<![\d.,])-?\d{1,3}(?:\.\d{3})*,\d{2} €")]
    private static partial Regex SpanishMoney();

    [GeneratedRegex(@"-?€\d{1,3}(?:,\d{3})*\.\d{2}(?![\d])")]
    private static partial Regex EnglishMoney();

    /// <summary>
    /// Asserts that the PDF's text holds exactly the payslip's figures, as the JSON read returns
    /// them: each line's amount on the line of its label, gross, total deductions and net, and no
    /// other amount. Returns the lines for further checks.
    /// </summary>
    public static IReadOnlyList<string> AssertHoldsExactlyTheFigures(byte[] pdf, JsonElement payslip, string lang)
    {
        var lines = Lines(pdf);
        var text = string.Join('\n', lines);
        var expected = new List<string>();
        foreach (var section in new[] { "earnings", "deductions" })
        {
            foreach (var line in payslip.GetProperty(section).EnumerateArray())
            {
                var amount = Money(line.GetProperty("amount").GetDecimal(), lang);
                expected.Add(amount);
                Assert.True(lines.Any(l => l.EndsWith(" " + amount, StringComparison.Ordinal)),
                    $"no line ends with {amount} ({line.GetProperty("type").GetString()}):\n{text}");
            }
        }
        var gross = Money(payslip.GetProperty("grossSalary").GetDecimal(), lang);
        var deductions = Money(payslip.GetProperty("totalDeductions").GetDecimal(), lang);
        var net = Money(payslip.GetProperty("netSalary").GetDecimal(), lang);
        var (grossLabel, deductionsLabel, netLabel) = lang == "es"
            ? ("A. Total devengado", "B. Total a deducir", "Líquido total a percibir (A − B)")
            : ("A. Gross pay", "B. Total deductions", "Net pay (A − B)");
        Assert.Contains($"{grossLabel} {gross}", lines);
        Assert.Contains($"{deductionsLabel} {deductions}", lines);
        Assert.Contains($"{netLabel} {net}", lines);
        expected.AddRange([gross, deductions, net]);

        Assert.Equal(expected.Order(StringComparer.Ordinal), AmountsIn(text, lang).Order(StringComparer.Ordinal));
        return lines;
    }

    /// <summary>"31 de marzo de 2025" / "March 31, 2025".</summary>
    public static string Date(string isoDate, string lang)
    {
        var date = DateOnly.ParseExact(isoDate, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        string[] es = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"];
        string[] en = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
        return lang == "es" ? $"{date.Day} de {es[date.Month - 1]} de {date.Year}" : $"{en[date.Month - 1]} {date.Day}, {date.Year}";
    }
}
