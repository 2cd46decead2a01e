import { api } from '@/api/api';
import type { paths } from '@/api/generated/payroll';
import type { ImportHistoryPage, ImportPublicationResult, ImportResult } from '@/api/types';
import { uploadFile } from '@/api/upload';

type ImportsPath = Extract<keyof paths, '/api/payroll/imports'>;
type PublishPath = Extract<keyof paths, '/api/payroll/imports/{importId}/publish'>;
const IMPORTS: ImportsPath = '/api/payroll/imports';
type HistoryQuery = NonNullable<paths[ImportsPath]['get']['parameters']['query']>;
type UploadQuery = NonNullable<paths[ImportsPath]['post']['parameters']['query']>;

export const HISTORY_PAGE_SIZE = 20;

export const importsApi = api.injectEndpoints({
  endpoints: (build) => ({
    /** `GET /api/payroll/imports?limit=&before=`: the import history, newest first. */
    getImportHistory: build.query<ImportHistoryPage, { before?: number }>({
      query: ({ before }) => {
        const params: HistoryQuery = { limit: HISTORY_PAGE_SIZE, before };
        return { url: IMPORTS, params };
      },
      providesTags: ['Imports'],
    }),
    /**
     * `POST /api/payroll/imports/{importId}/publish` (body `{at}` for a later moment, none for now): the import's
     * payslips become visible to their employees. Publishing again is harmless (`alreadyPublished`).
     */
    publishImport: build.mutation<ImportPublicationResult, { importId: number; at?: string }>({
      query: ({ importId, at }) => {
        const path: PublishPath = '/api/payroll/imports/{importId}/publish';
        return { url: path.replace('{importId}', String(importId)), method: 'POST', body: at ? { at } : undefined };
      },
      // the employees' payslips (version, published) as HR reads them
      invalidatesTags: (_r, error) => (error ? [] : ['EmployeePayslips', 'PayslipVersions']),
    }),
  }),
});

export const { useGetImportHistoryQuery, usePublishImportMutation } = importsApi;

/**
 * `POST /api/payroll/imports[?dryRun=true|?publish=true]` with the file as multipart, reporting upload progress
 * (RTK Query's fetch cannot). The caller invalidates `Imports` afterwards: every attempt is in the history.
 */
export function uploadPayrollImport(
  file: File,
  options: { dryRun: boolean; publish: boolean },
  onProgress: (sent: number, total: number) => void,
  signal?: AbortSignal,
) {
  const params: UploadQuery = options.dryRun ? { dryRun: true } : options.publish ? { publish: true } : {};
  return uploadFile<ImportResult>({ url: IMPORTS, params, file, onProgress, signal });
}
