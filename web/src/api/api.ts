import { createApi, type BaseQueryFn } from '@reduxjs/toolkit/query/react';
import type { ApiError } from './errors';
import { bffFetch, type BffRequest } from './http';

export type QueryArgs = string | Omit<BffRequest, 'signal' | 'redirectOn401'>;
export interface QueryExtraOptions {
  redirectOn401?: boolean;
}

/** RTK Query's base query over {@link bffFetch}: errors are {@link ApiError}s. */
export const bffBaseQuery: BaseQueryFn<QueryArgs, unknown, ApiError, QueryExtraOptions> = async (
  args,
  api,
  extraOptions,
) => {
  const request = typeof args === 'string' ? { url: args } : args;
  const result = await bffFetch({ ...request, signal: api.signal, redirectOn401: extraOptions?.redirectOn401 ?? true });
  return result.ok ? { data: result.data } : { error: result.error };
};

/**
 * The app's one RTK Query api slice. Features add their endpoints with `injectEndpoints`
 * (chat, payslips, profile, session, the HR console's areas), so there is one cache, one middleware and one set of tags.
 * Nothing here is persisted: the cache lives in memory only.
 */
export const api = createApi({
  reducerPath: 'api',
  baseQuery: bffBaseQuery,
  tagTypes: [
    'Session',
    'Conversation',
    'History',
    'PayslipYear',
    'Payslip',
    'Profile',
    // the HR console
    'Employee',
    'EmployeeList',
    'EmployeeChanges',
    'EmployeeAccount',
    'EmployeePayslips',
    'PayslipVersions',
    'Imports',
    'Audit',
    'Analytics',
  ],
  // Pay data is personal: drop what no screen uses after a minute.
  keepUnusedDataFor: 60,
  refetchOnReconnect: true,
  endpoints: () => ({}),
});
