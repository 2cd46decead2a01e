namespace ChatNomina.Payroll.Pdf;

/// <summary>The languages a payslip PDF is written in.</summary>
public enum PayslipPdfLanguage
{
    Spanish,
    English,
}
