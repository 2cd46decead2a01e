import type { paths } from '@/api/generated/payroll';
import type { Language } from '@/api/types';

type PdfPath = Extract<keyof paths, '/api/payroll/payslips/{year}/{month}/pdf'>;
type PdfQuery = NonNullable<paths[PdfPath]['get']['parameters']['query']>;

/**
 * The same-origin address of a month's payslip as a PDF, in the UI's language. A plain link
 * downloads it: the gateway adds the session to a GET (no X-CSRF needed for a safe method), and
 * the payroll service answers it as an attachment.
 */
export function payslipPdfUrl(year: number, month: number, lang: Language): string {
  const path: PdfPath = '/api/payroll/payslips/{year}/{month}/pdf';
  const query: Required<PdfQuery> = { lang };
  return `${path.replace('{year}', String(year)).replace('{month}', String(month))}?${new URLSearchParams(query)}`;
}

/** The name the service gives the file: "nomina-2025-03.pdf" / "payslip-2025-03.pdf". */
export function payslipPdfFileName(year: number, month: number, lang: Language): string {
  return `${lang === 'es' ? 'nomina' : 'payslip'}-${year}-${String(month).padStart(2, '0')}.pdf`;
}
