using System.Globalization;
using ChatNomina.Payroll.Model;

namespace ChatNomina.Payroll.Pdf;

/// <summary>
/// The words and number formats of a payslip PDF, per language. Figures are written the way the
/// assistant writes them (chat's <c>Formats</c>), deterministically, without ICU or the machine's
/// culture: es "1.234,56 €", "31 de marzo de 2026"; en "€1,234.56", "March 31, 2026".
/// </summary>
public sealed record PayslipPdfTexts(
    PayslipPdfLanguage Language,
    string Title,
    string Subtitle,
    string Company,
    string TaxId,
    string Address,
    string Employee,
    string EmployeeNumber,
    string Department,
    string Position,
    string Seniority,
    string EmployeeId,
    string SettlementPeriod,
    string PaymentDate,
    string Earnings,
    string Deductions,
    string Concept,
    string Amount,
    string TotalEarnings,
    string TotalDeductions,
    string NetPay,
    string NoLines,
    string AmountsIn,
    string Page,
    string FileNamePrefix,
    string[] Months,
    IReadOnlyDictionary<string, string> Labels)
{
    private static readonly NumberFormatInfo EsNumbers = new() { NumberDecimalSeparator = ",", NumberGroupSeparator = ".", NumberGroupSizes = [3], NegativeSign = "-" };
    private static readonly NumberFormatInfo EnNumbers = new() { NumberDecimalSeparator = ".", NumberGroupSeparator = ",", NumberGroupSizes = [3], NegativeSign = "-" };

    public static readonly PayslipPdfTexts Spanish = new(
        PayslipPdfLanguage.Spanish,
        Title: "Nómina",
        Subtitle: "Recibo individual justificativo del pago de salarios",
        Company: "Empresa",
        TaxId: "CIF",
        Address: "Domicilio",
        Employee: "Trabajador",
        EmployeeNumber: "Nº de empleado",
        Department: "Departamento",
        Position: "Puesto",
        Seniority: "Antigüedad",
        EmployeeId: "Identificador",
        SettlementPeriod: "Periodo de liquidación",
        PaymentDate: "Fecha de pago",
        Earnings: "I. Devengos",
        Deductions: "II. Deducciones",
        Concept: "Concepto",
        Amount: "Importe",
        TotalEarnings: "A. Total devengado",
        TotalDeductions: "B. Total a deducir",
        NetPay: "Líquido total a percibir (A − B)",
        NoLines: "Sin conceptos.",
        AmountsIn: "Importes en",
        Page: "Página",
        FileNamePrefix: "nomina",
        Months: ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
        // The stored label is Spanish already; only an English payslip translates the known ones.
        Labels: new Dictionary<string, string>());

    public static readonly PayslipPdfTexts English = new(
        PayslipPdfLanguage.English,
        Title: "Payslip",
        Subtitle: "Individual statement of salary payment (nómina)",
        Company: "Company",
        TaxId: "Tax ID (CIF)",
        Address: "Address",
        Employee: "Employee",
        EmployeeNumber: "Employee number",
        Department: "Department",
        Position: "Position",
        Seniority: "Seniority date",
        EmployeeId: "Identifier",
        SettlementPeriod: "Pay period",
        PaymentDate: "Payment date",
        Earnings: "I. Earnings",
        Deductions: "II. Deductions",
        Concept: "Item",
        Amount: "Amount",
        TotalEarnings: "A. Gross pay",
        TotalDeductions: "B. Total deductions",
        NetPay: "Net pay (A − B)",
        NoLines: "No items.",
        AmountsIn: "Amounts in",
        Page: "Page",
        FileNamePrefix: "payslip",
        Months: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
        Labels: new Dictionary<string, string>
        {
            [EarningTypes.BaseSalary] = "Base salary",
            [EarningTypes.SeniorityBonus] = "Seniority bonus",
            [EarningTypes.ExtraPay] = "Extra payment",
            [EarningTypes.Overtime] = "Overtime",
            [EarningTypes.Bonus] = "Bonus",
            [DeductionTypes.IncomeTax] = "Income tax withholding (IRPF)",
            [DeductionTypes.SocialSecurity] = "Social Security (common contingencies)",
            [DeductionTypes.Unemployment] = "Unemployment",
            [DeductionTypes.ProfessionalTraining] = "Professional training",
            [DeductionTypes.Pension] = "Pension plan",
            [DeductionTypes.HealthInsurance] = "Health insurance",
            [DeductionTypes.UnionDues] = "Union dues",
        });

    public static PayslipPdfTexts For(PayslipPdfLanguage language) =>
        language == PayslipPdfLanguage.English ? English : Spanish;

    /// <summary>"nomina-2026-03.pdf" / "payslip-2026-03.pdf".</summary>
    public string FileName(int year, int month) =>
        string.Create(CultureInfo.InvariantCulture, $"{FileNamePrefix}-{year:D4}-{month:D2}.pdf");

    /// <summary>"1.234,56 €" / "€1,234.56"; a currency without a symbol follows the number ("1,234.56 USD").</summary>
    public string Money(decimal amount, string currency)
    {
        var number = Math.Abs(amount).ToString("N2", Language == PayslipPdfLanguage.Spanish ? EsNumbers : EnNumbers);
        var sign = amount < 0 ? "-" : "";
        var code = currency.Trim().ToUpperInvariant();
        return code == "EUR"
            ? Language == PayslipPdfLanguage.Spanish ? $"{sign}{number} €" : $"{sign}€{number}"
            : $"{sign}{number} {code}";
    }

    /// <summary>"31 de marzo de 2026" / "March 31, 2026".</summary>
    public string Date(DateOnly date) => Language == PayslipPdfLanguage.Spanish
        ? string.Create(CultureInfo.InvariantCulture, $"{date.Day} de {Months[date.Month - 1]} de {date.Year}")
        : string.Create(CultureInfo.InvariantCulture, $"{Months[date.Month - 1]} {date.Day}, {date.Year}");

    /// <summary>"marzo de 2026" / "March 2026".</summary>
    public string Period(int year, int month) => Language == PayslipPdfLanguage.Spanish
        ? string.Create(CultureInfo.InvariantCulture, $"{Months[month - 1]} de {year}")
        : string.Create(CultureInfo.InvariantCulture, $"{Months[month - 1]} {year}");

    /// <summary>
    /// A line's label: as stored, except that an English payslip translates a line that still
    /// carries the standard Spanish label of its type (a label HR wrote itself is kept).
    /// </summary>
    public string Label(string type, string storedLabel)
    {
        if (!Labels.TryGetValue(type, out var translated))
        {
            return storedLabel;
        }
        var standard = EarningTypes.All.Contains(type) ? EarningTypes.DefaultLabel(type) : DeductionTypes.DefaultLabel(type);
        return storedLabel == standard ? translated : storedLabel;
    }
}
