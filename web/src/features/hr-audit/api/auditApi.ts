import { api } from '@/api/api';
import type { paths } from '@/api/generated/payroll';
import type { AuditPage } from '@/api/types';

type AuditPath = Extract<keyof paths, '/api/payroll/audit'>;
type ExportPath = Extract<keyof paths, '/api/payroll/audit/export'>;
export type AuditQuery = NonNullable<paths[AuditPath]['get']['parameters']['query']>;
export type AuditExportQuery = NonNullable<paths[ExportPath]['get']['parameters']['query']>;

export const AUDIT_PAGE_SIZE = 50;
export const AUDIT_ACTIONS = ['payslip.read', 'payslip.list', 'payslip.latest', 'audit.export'] as const;

/** The filters as the page holds them (dates are local calendar days `YYYY-MM-DD`). */
export interface AuditFilters {
  subject?: string;
  reader?: string;
  from?: string;
  to?: string;
  action?: string;
  includeOwn?: boolean;
}

/** A local calendar day's first (or, with `end`, last) instant as an ISO timestamp. */
function dayBound(day: string | undefined, end: boolean): string | undefined {
  if (!day) return undefined;
  const [y, m, d] = day.split('-').map(Number);
  const date = end ? new Date(y, m - 1, d, 23, 59, 59, 999) : new Date(y, m - 1, d);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** The API's query for the page's filters. */
export function toAuditQuery(filters: AuditFilters): AuditExportQuery {
  return {
    subject: filters.subject || undefined,
    reader: filters.reader || undefined,
    from: dayBound(filters.from, false),
    to: dayBound(filters.to, true),
    action: filters.action || undefined,
    includeOwn: filters.includeOwn ? true : undefined,
  };
}

/** The same-origin address of the CSV export for the filters. */
export function auditExportUrl(filters: AuditFilters): string {
  const path: ExportPath = '/api/payroll/audit/export';
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(toAuditQuery(filters))) {
    if (value !== undefined) search.set(key, String(value));
  }
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}

export const auditApi = api.injectEndpoints({
  endpoints: (build) => ({
    /** `GET /api/payroll/audit`: who read whose pay data, newest first, cursor paging. */
    getAudit: build.query<AuditPage, AuditFilters & { before?: number }>({
      query: ({ before, ...filters }) => {
        const params: AuditQuery = { ...toAuditQuery(filters), limit: AUDIT_PAGE_SIZE, before };
        return { url: '/api/payroll/audit' satisfies AuditPath, params };
      },
      providesTags: ['Audit'],
      keepUnusedDataFor: 0,
    }),
  }),
});

export const { useGetAuditQuery } = auditApi;
