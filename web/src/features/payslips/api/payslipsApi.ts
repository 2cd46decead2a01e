import { api } from '@/api/api';
import type { Payslip, RawPayslipYear } from '@/api/types';

/** `{userId, year, payslips}` → the payslips, oldest month first. */
export function normalizePayslipYear(raw: RawPayslipYear): Payslip[] {
  return [...raw.payslips].sort((a, b) => a.year - b.year || a.month - b.month);
}

export const payslipsApi = api.injectEndpoints({
  endpoints: (build) => ({
    getPayslipYear: build.query<Payslip[], number>({
      query: (year) => ({ url: '/api/payroll/payslips', params: { year } }),
      transformResponse: normalizePayslipYear,
      providesTags: (_r, _e, year) => [{ type: 'PayslipYear', id: year }],
    }),
    getPayslip: build.query<Payslip, { year: number; month: number }>({
      query: ({ year, month }) => `/api/payroll/payslips/${year}/${month}`,
      providesTags: (_r, _e, { year, month }) => [{ type: 'Payslip', id: `${year}-${month}` }],
    }),
    getLatestPayslip: build.query<Payslip, void>({
      query: () => '/api/payroll/payslips/latest',
      providesTags: [{ type: 'Payslip', id: 'LATEST' }],
    }),
  }),
});

export const { useGetPayslipYearQuery, useGetPayslipQuery, useGetLatestPayslipQuery } = payslipsApi;
