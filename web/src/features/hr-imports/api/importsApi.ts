import { api } from '@/api/api';
import type { paths } from '@/api/generated/payroll';
import type { ImportHistoryPage, ImportResult } from '@/api/types';
import { uploadFile } from '@/api/upload';

type ImportsPath = Extract<keyof paths, '/api/payroll/imports'>;
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
  }),
});

export const { useGetImportHistoryQuery } = importsApi;

/**
 * `POST /api/payroll/imports[?dryRun=true]` with the file as multipart, reporting upload progress
 * (RTK Query's fetch cannot). The caller invalidates `Imports` afterwards: every attempt is in the history.
 */
export function uploadPayrollImport(file: File, dryRun: boolean, onProgress: (sent: number, total: number) => void, signal?: AbortSignal) {
  const params: UploadQuery = dryRun ? { dryRun: true } : {};
  return uploadFile<ImportResult>({ url: IMPORTS, params, file, onProgress, signal });
}
