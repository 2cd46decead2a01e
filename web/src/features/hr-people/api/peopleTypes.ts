/**
 * HAND-WRITTEN — REPLACE WITH GENERATED TYPES.
 *
 * The People API (create, deactivate/reactivate, set-password link, change history, `status` and
 * `search` on the list) is being added to the users service. Until its OpenAPI document is
 * published, these shapes are written by hand from the agreed contract. When the service is
 * deployed: `npm run api:update`, then turn each type below into an alias of
 * `components['schemas'][…]` from `@/api/generated/users` (and delete what the document covers).
 */
import type { UserProfile } from '@/api/types';

export type EmployeeStatus = 'active' | 'deactivated' | 'pending';

/** EmployeeDto with the fields the People API adds. */
export type HrEmployee = UserProfile & {
  status?: EmployeeStatus;
  deactivatedAt?: string | null;
};

/** `POST /api/users` body. */
export interface CreateEmployeeRequest {
  employeeNumber: string;
  email: string;
  firstName: string;
  lastName: string;
  department: string;
  position: string;
  /** `yyyy-MM-dd` */
  hireDate: string;
  preferredLanguage: 'es' | 'en';
}

/** `POST /api/users/{id}/set-password-link` → 200 (and part of the create answer). */
export interface SetPasswordLink {
  setPasswordUrl: string;
  setPasswordExpiresAt: string;
}

/** `POST /api/users` → 201. */
export interface CreateEmployeeResult extends SetPasswordLink {
  employee: HrEmployee;
}

export type EmployeeChangeAction = 'created' | 'updated' | 'deactivated' | 'reactivated' | 'set_password_link';

/** `GET /api/users/{id}/changes` item. */
export interface EmployeeChange {
  at: string;
  actorId: string;
  action: EmployeeChangeAction | string;
  details: Record<string, unknown> | null;
}

/** `GET /api/users` query, with the People API's `status` and `search`. */
export interface EmployeeListQuery {
  page: number;
  pageSize: number;
  search?: string;
  status?: EmployeeStatus;
  department?: string;
}
