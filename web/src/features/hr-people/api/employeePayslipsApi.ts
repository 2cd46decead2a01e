import { api } from '@/api/api';
import type { paths } from '@/api/generated/payroll';
import type { Language, Payslip, PayslipVersions, RawPayslipYear } from '@/api/types';

type ListPath = Extract<keyof paths, '/api/payroll/employees/{userId}/payslips'>;
type PdfPath = Extract<keyof paths, '/api/payroll/employees/{userId}/payslips/{year}/{month}/pdf'>;
type VersionsPath = Extract<keyof paths, '/api/payroll/employees/{userId}/payslips/{year}/{month}/versions'>;
type ListQuery = NonNullable<paths[ListPath]['get']['parameters']['query']>;
type PdfQuery = NonNullable<paths[PdfPath]['get']['parameters']['query']>;

export const employeePayslipsApi = api.injectEndpoints({
  endpoints: (build) => ({
    /** `GET /api/payroll/employees/{userId}/payslips?year=` (hr): a year's payslips, oldest month first. */
    getEmployeePayslips: build.query<Payslip[], { userId: string; year: number }>({
      query: ({ userId, year }) => {
        const path: ListPath = '/api/payroll/employees/{userId}/payslips';
        const params: ListQuery = { year };
        return { url: path.replace('{userId}', encodeURIComponent(userId)), params };
      },
      transformResponse: (raw: RawPayslipYear) => [...raw.payslips].sort((a, b) => a.month - b.month),
      providesTags: (_r, _e, { userId, year }) => [{ type: 'EmployeePayslips', id: `${userId}-${year}` }],
      keepUnusedDataFor: 30,
    }),
    /** `GET /api/payroll/employees/{userId}/payslips/{y}/{m}/versions` (hr, audited): every version, newest first, with what changed. */
    getPayslipVersions: build.query<PayslipVersions, { userId: string; year: number; month: number }>({
      query: ({ userId, year, month }) => {
        const path: VersionsPath = '/api/payroll/employees/{userId}/payslips/{year}/{month}/versions';
        return path.replace('{userId}', encodeURIComponent(userId)).replace('{year}', String(year)).replace('{month}', String(month));
      },
      providesTags: (_r, _e, { userId, year, month }) => [{ type: 'PayslipVersions', id: `${userId}-${year}-${month}` }],
      keepUnusedDataFor: 30,
    }),
  }),
});

export const { useGetEmployeePayslipsQuery, useGetPayslipVersionsQuery } = employeePayslipsApi;

/** The HR route of an employee's payslip as a PDF, in the UI's language (a same-origin link downloads it). */
export function employeePayslipPdfUrl(userId: string, year: number, month: number, lang: Language): string {
  const path: PdfPath = '/api/payroll/employees/{userId}/payslips/{year}/{month}/pdf';
  const query: Required<PdfQuery> = { lang };
  return `${path
    .replace('{userId}', encodeURIComponent(userId))
    .replace('{year}', String(year))
    .replace('{month}', String(month))}?${new URLSearchParams(query)}`;
}
