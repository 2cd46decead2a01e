using ChatNomina.Payroll.Apis;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace ChatNomina.Payroll.Pdf;

/// <summary>The company printed at the head of every payslip (settings <c>Payroll:Company*</c>).</summary>
public sealed record PayslipPdfCompany(string Name, string? TaxId, string? Address);

/// <summary>The employee as the users service knows them; absent when it has no profile for them.</summary>
public sealed record PayslipPdfEmployee(string FullName, string EmployeeNumber, string Department, string Position, DateOnly HireDate);

/// <summary>What one payslip PDF shows: the payslip exactly as the JSON read returns it, and who it is from and for.</summary>
public sealed record PayslipPdfContent(PayslipDto Payslip, PayslipPdfCompany Company, PayslipPdfEmployee? Employee);

/// <summary>
/// Lays out one payslip as a Spanish nómina on A4: company and employee, settlement period and
/// payment date, I. earnings and II. deductions with their totals, the net pay. Every figure is
/// the payslip's own decimal, formatted by <see cref="PayslipPdfTexts"/>; nothing is computed
/// here. Pure: a payslip in, PDF bytes out (no HTTP, no I/O but the embedded fonts).
/// </summary>
public static class PayslipPdfLayout
{
    private const double Margin = 42;
    private const double PageBottom = 842 - 60; // A4 is 595 × 842 pt; the footer lives below this
    private const double AmountWidth = 130;
    private const double RowHeight = 17;

    private static readonly XColor Ink = XColor.FromArgb(0x21, 0x21, 0x21);
    private static readonly XColor Muted = XColor.FromArgb(0x61, 0x61, 0x61);
    private static readonly XColor Rule = XColor.FromArgb(0xBD, 0xBD, 0xBD);
    private static readonly XColor Band = XColor.FromArgb(0xEE, 0xF1, 0xF5);

    static PayslipPdfLayout()
    {
        // Process-wide in PDFsharp; setting another instance of the same resolver type is ignored.
        GlobalFontSettings.FontResolver = new PayslipFontResolver();
    }

    public static byte[] Render(PayslipPdfContent content, PayslipPdfLanguage language)
    {
        var texts = PayslipPdfTexts.For(language);
        var payslip = content.Payslip;
        var period = texts.Period(payslip.Year, payslip.Month);

        using var document = new PdfDocument();
        document.Info.Title = $"{texts.Title} — {period}";
        document.Info.Author = content.Company.Name;
        document.Info.Creator = "ChatNomina";
        document.Language = language == PayslipPdfLanguage.English ? "en" : "es";

        var pages = new Pages(document, texts, period);
        var gfx = pages.Current;
        var width = pages.Width;
        var y = Margin;

        // Title, period and the statement's name.
        gfx.DrawString(texts.Title.ToUpperInvariant(), Fonts.Title, new XSolidBrush(Ink), new XRect(Margin, y, width / 2, 24), XStringFormats.TopLeft);
        gfx.DrawString(Capitalize(period), Fonts.Heading, new XSolidBrush(Ink), new XRect(Margin + width / 2, y + 4, width / 2, 18), XStringFormats.TopRight);
        y += 26;
        gfx.DrawString(texts.Subtitle, Fonts.Small, new XSolidBrush(Muted), new XRect(Margin, y, width, 12), XStringFormats.TopLeft);
        y += 20;

        // Company and employee, side by side.
        var boxWidth = (width - 12) / 2;
        var company = new List<(string, string)> { (texts.Company, content.Company.Name) };
        if (!string.IsNullOrWhiteSpace(content.Company.TaxId))
        {
            company.Add((texts.TaxId, content.Company.TaxId));
        }
        if (!string.IsNullOrWhiteSpace(content.Company.Address))
        {
            company.Add((texts.Address, content.Company.Address));
        }
        var employee = content.Employee is { } e
            ? new List<(string, string)>
            {
                (texts.Employee, e.FullName),
                (texts.EmployeeNumber, e.EmployeeNumber),
                (texts.Department, e.Department),
                (texts.Position, e.Position),
                (texts.Seniority, texts.Date(e.HireDate)),
            }
            : [(texts.EmployeeId, payslip.UserId.ToString())];
        var boxHeight = 16 + 15 * Math.Max(company.Count, employee.Count);
        DrawFields(gfx, company, Margin, y, boxWidth, boxHeight);
        DrawFields(gfx, employee, Margin + boxWidth + 12, y, boxWidth, boxHeight);
        y += boxHeight + 14;

        // Period and payment date.
        var firstDay = new DateOnly(payslip.Year, payslip.Month, 1);
        var periodRange = $"{texts.Date(firstDay)} – {texts.Date(firstDay.AddMonths(1).AddDays(-1))}";
        DrawLabelled(gfx, texts.SettlementPeriod, periodRange, Margin, y, width * 0.62);
        DrawLabelled(gfx, texts.PaymentDate, texts.Date(payslip.PaymentDate), Margin + width * 0.62, y, width * 0.38);
        y += 40;

        // I. Earnings and II. deductions, each with its total.
        y = DrawLines(pages, texts.Earnings, payslip.Earnings, texts.TotalEarnings, payslip.GrossSalary, payslip.Currency, texts, y);
        y += 12;
        y = DrawLines(pages, texts.Deductions, payslip.Deductions, texts.TotalDeductions, payslip.TotalDeductions, payslip.Currency, texts, y);
        y += 14;

        // Net pay.
        gfx = pages.Ensure(ref y, 30);
        gfx.DrawRectangle(new XSolidBrush(Band), Margin, y, width, 28);
        gfx.DrawRectangle(new XPen(Ink, 0.8), Margin, y, width, 28);
        gfx.DrawString(texts.NetPay, Fonts.Heading, new XSolidBrush(Ink),
            new XRect(Margin + 8, y, width - AmountWidth - 16, 28), XStringFormats.CenterLeft);
        gfx.DrawString(texts.Money(payslip.NetSalary, payslip.Currency), Fonts.Heading, new XSolidBrush(Ink),
            new XRect(Margin + width - AmountWidth - 8, y, AmountWidth, 28), XStringFormats.CenterRight);

        pages.DrawFooters($"{texts.AmountsIn} {payslip.Currency.Trim().ToUpperInvariant()}.");

        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }

    /// <summary>A section's lines under a heading, then its total; continues on a new page when full.</summary>
    private static double DrawLines(Pages pages, string title, IReadOnlyList<PayslipLineDto> lines, string totalLabel, decimal total,
        string currency, PayslipPdfTexts texts, double y)
    {
        var width = pages.Width;
        var conceptWidth = width - AmountWidth - 24;
        var gfx = pages.Ensure(ref y, 22 + RowHeight * 2);

        gfx.DrawString(title.ToUpperInvariant(), Fonts.Section, new XSolidBrush(Ink), new XRect(Margin, y, width, 16), XStringFormats.TopLeft);
        y += 18;
        gfx.DrawRectangle(new XSolidBrush(Band), Margin, y, width, RowHeight);
        gfx.DrawString(texts.Concept, Fonts.SmallBold, new XSolidBrush(Muted), new XRect(Margin + 8, y, conceptWidth, RowHeight), XStringFormats.CenterLeft);
        gfx.DrawString(texts.Amount, Fonts.SmallBold, new XSolidBrush(Muted), new XRect(Margin + width - AmountWidth - 8, y, AmountWidth, RowHeight), XStringFormats.CenterRight);
        y += RowHeight;

        if (lines.Count == 0)
        {
            gfx.DrawString(texts.NoLines, Fonts.Body, new XSolidBrush(Muted), new XRect(Margin + 8, y, conceptWidth, RowHeight), XStringFormats.CenterLeft);
            y += RowHeight;
        }
        foreach (var line in lines)
        {
            gfx = pages.Ensure(ref y, RowHeight * 2);
            gfx.DrawString(Fit(gfx, texts.Label(line.Type, line.Label), Fonts.Body, conceptWidth), Fonts.Body, new XSolidBrush(Ink),
                new XRect(Margin + 8, y, conceptWidth, RowHeight), XStringFormats.CenterLeft);
            gfx.DrawString(texts.Money(line.Amount, currency), Fonts.Body, new XSolidBrush(Ink),
                new XRect(Margin + width - AmountWidth - 8, y, AmountWidth, RowHeight), XStringFormats.CenterRight);
            y += RowHeight;
            gfx.DrawLine(new XPen(Rule, 0.4), Margin, y, Margin + width, y);
        }

        gfx = pages.Ensure(ref y, RowHeight + 4);
        y += 2;
        gfx.DrawLine(new XPen(Ink, 0.8), Margin + width / 2, y, Margin + width, y);
        gfx.DrawString(totalLabel, Fonts.BodyBold, new XSolidBrush(Ink),
            new XRect(Margin + width / 2, y, width / 2 - AmountWidth - 16, RowHeight + 2), XStringFormats.CenterLeft);
        gfx.DrawString(texts.Money(total, currency), Fonts.BodyBold, new XSolidBrush(Ink),
            new XRect(Margin + width - AmountWidth - 8, y, AmountWidth, RowHeight + 2), XStringFormats.CenterRight);
        return y + RowHeight + 2;
    }

    /// <summary>A framed block of "label: value" lines (company, employee).</summary>
    private static void DrawFields(XGraphics gfx, IReadOnlyList<(string Label, string Value)> fields, double x, double y, double width, double height)
    {
        gfx.DrawRectangle(new XPen(Rule, 0.8), x, y, width, height);
        var labelWidth = fields.Max(f => gfx.MeasureString(f.Label, Fonts.SmallBold).Width) + 8;
        var row = y + 8;
        foreach (var (label, value) in fields)
        {
            gfx.DrawString(label, Fonts.SmallBold, new XSolidBrush(Muted), new XRect(x + 8, row, labelWidth, 15), XStringFormats.TopLeft);
            // A long value (an id, a long name) is set smaller before it is ever cut.
            var valueWidth = width - labelWidth - 16;
            var font = gfx.MeasureString(value, Fonts.Body).Width <= valueWidth ? Fonts.Body : Fonts.Tiny;
            gfx.DrawString(Fit(gfx, value, font, valueWidth), font, new XSolidBrush(Ink),
                new XRect(x + 8 + labelWidth, font == Fonts.Tiny ? row + 0.5 : row - 1, valueWidth, 15), XStringFormats.TopLeft);
            row += 15;
        }
    }

    /// <summary>A small label above its value.</summary>
    private static void DrawLabelled(XGraphics gfx, string label, string value, double x, double y, double width)
    {
        gfx.DrawString(label, Fonts.SmallBold, new XSolidBrush(Muted), new XRect(x, y, width, 12), XStringFormats.TopLeft);
        gfx.DrawString(value, Fonts.BodyBold, new XSolidBrush(Ink), new XRect(x, y + 12, width, 14), XStringFormats.TopLeft);
    }

    /// <summary>The text cut with "…" to fit <paramref name="width"/> (labels and names only; figures always fit).</summary>
    private static string Fit(XGraphics gfx, string text, XFont font, double width)
    {
        if (gfx.MeasureString(text, font).Width <= width)
        {
            return text;
        }
        var cut = text.Length;
        while (cut > 1 && gfx.MeasureString(text[..cut] + "…", font).Width > width)
        {
            cut--;
        }
        return text[..cut].TrimEnd() + "…";
    }

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static class Fonts
    {
        public static readonly XFont Title = Make(20, XFontStyleEx.Bold);
        public static readonly XFont Heading = Make(12, XFontStyleEx.Bold);
        public static readonly XFont Section = Make(10, XFontStyleEx.Bold);
        public static readonly XFont Body = Make(9.5, XFontStyleEx.Regular);
        public static readonly XFont BodyBold = Make(9.5, XFontStyleEx.Bold);
        public static readonly XFont Small = Make(8, XFontStyleEx.Regular);
        public static readonly XFont SmallBold = Make(8, XFontStyleEx.Bold);
        public static readonly XFont Tiny = Make(7, XFontStyleEx.Regular);

        // Unicode (Identity-H with a ToUnicode map) for every run: the text a reader, a screen
        // reader or a copy extracts is exactly the text drawn, accents, € and − included.
        private static XFont Make(double size, XFontStyleEx style) =>
            new(PayslipFontResolver.FamilyName, size, style, new XPdfFontOptions(PdfFontEncoding.Unicode));
    }

    /// <summary>The document's pages: a new one when the next block would not fit, footers at the end.</summary>
    private sealed class Pages(PdfDocument document, PayslipPdfTexts texts, string period)
    {
        private readonly List<(PdfPage Page, XGraphics Graphics)> _pages = [];

        public double Width => 595 - 2 * Margin;

        public XGraphics Current => _pages.Count > 0 ? _pages[^1].Graphics : Add();

        /// <summary>The page to draw on: the current one when <paramref name="height"/> fits below <paramref name="y"/>, else a new one (and <paramref name="y"/> moves to its top).</summary>
        public XGraphics Ensure(ref double y, double height)
        {
            if (y + height <= PageBottom)
            {
                return Current;
            }
            var gfx = Add();
            gfx.DrawString($"{texts.Title} — {period}", Fonts.SmallBold, new XSolidBrush(Muted),
                new XRect(Margin, Margin, Width, 12), XStringFormats.TopLeft);
            y = Margin + 24;
            return gfx;
        }

        public void DrawFooters(string note)
        {
            for (var i = 0; i < _pages.Count; i++)
            {
                var gfx = _pages[i].Graphics;
                var y = 842 - Margin;
                gfx.DrawLine(new XPen(Rule, 0.6), Margin, y - 8, Margin + Width, y - 8);
                gfx.DrawString(note, Fonts.Small, new XSolidBrush(Muted), new XRect(Margin, y - 4, Width, 10), XStringFormats.TopLeft);
                gfx.DrawString($"{texts.Page} {i + 1}/{_pages.Count}", Fonts.Small, new XSolidBrush(Muted),
                    new XRect(Margin, y - 4, Width, 10), XStringFormats.TopRight);
            }
            foreach (var (_, graphics) in _pages)
            {
                graphics.Dispose();
            }
        }

        private XGraphics Add()
        {
            var page = document.AddPage();
            page.Size = PageSize.A4;
            var gfx = XGraphics.FromPdfPage(page);
            _pages.Add((page, gfx));
            return gfx;
        }
    }
}
