import { api } from '@/api/api';
import type { paths } from '@/api/generated/users';
import type {
  CreateEmployeeRequest,
  CreateEmployeeResult,
  EmployeeAccount,
  EmployeeChange,
  EmployeePage,
  EmployeeStatus,
  HrEmployee,
  RoleChange,
  SetPasswordLink,
  UpdateEmployeeRequest,
} from '@/api/types';
import type { Role } from '@/lib/roles';

type ListPath = Extract<keyof paths, '/api/users'>;
type EmployeePath = Extract<keyof paths, '/api/users/{id}'>;
type SignOutPath = Extract<keyof paths, '/api/users/{id}/sign-out-everywhere'>;
type AccountPath = Extract<keyof paths, '/api/users/{id}/account'>;
type RolePath = Extract<keyof paths, '/api/users/{id}/role'>;
type ResetSecondFactorPath = Extract<keyof paths, '/api/users/{id}/second-factor/reset'>;

const byId = (path: EmployeePath | SignOutPath | AccountPath | RolePath | ResetSecondFactorPath, id: string) =>
  path.replace('{id}', encodeURIComponent(id));
const USERS: ListPath = '/api/users';

/** `GET /api/users` query (`status` is a string in the document; the app sends only the enum's values). */
type ListQuery = NonNullable<paths[ListPath]['get']['parameters']['query']>;
export type EmployeeListQuery = Required<Pick<ListQuery, 'page' | 'pageSize'>> &
  Omit<ListQuery, 'page' | 'pageSize' | 'status'> & { status?: EmployeeStatus };

export const peopleApi = api.injectEndpoints({
  endpoints: (build) => ({
    /** `GET /api/users?page=&pageSize=&search=&status=&department=` (hr). */
    listEmployees: build.query<EmployeePage, EmployeeListQuery>({
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
    // ------------------------------------------------ the People API
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
    /** `GET /api/users/{id}/account` (hr): role and second factor. */
    getEmployeeAccount: build.query<EmployeeAccount, string>({
      query: (id) => byId('/api/users/{id}/account', id),
      providesTags: (_r, _e, id) => [{ type: 'EmployeeAccount', id }],
    }),
    /** `PUT /api/users/{id}/role` (admin, not one's own): every token of the employee ends at once. */
    changeRole: build.mutation<RoleChange, { id: string; role: Role }>({
      query: ({ id, role }) => ({ url: byId('/api/users/{id}/role', id), method: 'PUT', body: { role } }),
      invalidatesTags: (_r, error, { id }) => (error ? [] : [{ type: 'EmployeeAccount', id }, { type: 'EmployeeChanges', id }]),
    }),
    /** `POST /api/users/{id}/second-factor/reset` (admin): the factor and its recovery codes go; the next sign-in enrols again. */
    resetSecondFactor: build.mutation<null, string>({
      query: (id) => ({ url: byId('/api/users/{id}/second-factor/reset', id), method: 'POST' }),
      invalidatesTags: (_r, error, id) => (error ? [] : [{ type: 'EmployeeAccount', id }, { type: 'EmployeeChanges', id }]),
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
  useGetEmployeeAccountQuery,
  useChangeRoleMutation,
  useResetSecondFactorMutation,
} = peopleApi;
