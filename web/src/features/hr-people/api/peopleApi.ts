import { api } from '@/api/api';
import type { paths } from '@/api/generated/users';
import type { EmployeePage, UpdateEmployeeRequest } from '@/api/types';
import type {
  CreateEmployeeRequest,
  CreateEmployeeResult,
  EmployeeChange,
  EmployeeListQuery,
  HrEmployee,
  SetPasswordLink,
} from './peopleTypes';

type ListPath = Extract<keyof paths, '/api/users'>;
type EmployeePath = Extract<keyof paths, '/api/users/{id}'>;
type SignOutPath = Extract<keyof paths, '/api/users/{id}/sign-out-everywhere'>;

const byId = (path: EmployeePath | SignOutPath, id: string) => path.replace('{id}', encodeURIComponent(id));
const USERS: ListPath = '/api/users';

/** The list page as served, each employee with the People API's fields when present. */
export type HrEmployeePage = Omit<EmployeePage, 'items'> & { items: HrEmployee[] };

export const peopleApi = api.injectEndpoints({
  endpoints: (build) => ({
    /** `GET /api/users?page=&pageSize=&search=&status=` (hr): `search`/`status` come with the People API. */
    listEmployees: build.query<HrEmployeePage, EmployeeListQuery>({
      query: ({ page, pageSize, search, status, department }) => ({
        url: USERS,
        params: { page, pageSize, search: search || undefined, status, department: department || undefined },
      }),
      providesTags: ['EmployeeList'],
    }),
    getEmployee: build.query<HrEmployee, string>({
      query: (id) => byId('/api/users/{id}', id),
      providesTags: (_r, _e, id) => [{ type: 'Employee', id }],
    }),
    /** `PUT /api/users/{id}`: department, position, language. */
    updateEmployee: build.mutation<HrEmployee, { id: string; body: UpdateEmployeeRequest }>({
      query: ({ id, body }) => ({ url: byId('/api/users/{id}', id), method: 'PUT', body }),
      invalidatesTags: (_r, error, { id }) => (error ? [] : [{ type: 'Employee', id }, 'EmployeeList', { type: 'EmployeeChanges', id }]),
    }),
    /** `POST /api/users/{id}/sign-out-everywhere`: every session and token of the employee ends. */
    signOutEverywhere: build.mutation<null, string>({
      query: (id) => ({ url: byId('/api/users/{id}/sign-out-everywhere', id), method: 'POST' }),
    }),
    // ------------------------------------------------ the People API (hand-written types, peopleTypes.ts)
    createEmployee: build.mutation<CreateEmployeeResult, CreateEmployeeRequest>({
      query: (body) => ({ url: USERS, method: 'POST', body }),
      invalidatesTags: (_r, error) => (error ? [] : ['EmployeeList']),
    }),
    deactivateEmployee: build.mutation<HrEmployee, string>({
      query: (id) => ({ url: `${byId('/api/users/{id}', id)}/deactivate`, method: 'POST' }),
      invalidatesTags: (_r, error, id) => (error ? [] : [{ type: 'Employee', id }, 'EmployeeList', { type: 'EmployeeChanges', id }]),
    }),
    reactivateEmployee: build.mutation<HrEmployee, string>({
      query: (id) => ({ url: `${byId('/api/users/{id}', id)}/reactivate`, method: 'POST' }),
      invalidatesTags: (_r, error, id) => (error ? [] : [{ type: 'Employee', id }, 'EmployeeList', { type: 'EmployeeChanges', id }]),
    }),
    newSetPasswordLink: build.mutation<SetPasswordLink, string>({
      query: (id) => ({ url: `${byId('/api/users/{id}', id)}/set-password-link`, method: 'POST' }),
      invalidatesTags: (_r, error, id) => (error ? [] : [{ type: 'EmployeeChanges', id }]),
    }),
    getEmployeeChanges: build.query<EmployeeChange[], string>({
      query: (id) => `${byId('/api/users/{id}', id)}/changes`,
      providesTags: (_r, _e, id) => [{ type: 'EmployeeChanges', id }],
    }),
  }),
});

export const {
  useListEmployeesQuery,
  useGetEmployeeQuery,
  useUpdateEmployeeMutation,
  useSignOutEverywhereMutation,
  useCreateEmployeeMutation,
  useDeactivateEmployeeMutation,
  useReactivateEmployeeMutation,
  useNewSetPasswordLinkMutation,
  useGetEmployeeChangesQuery,
} = peopleApi;
