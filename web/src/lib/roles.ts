import type { BffUser } from '@/api/types';

/** The roles that open the HR console. */
export const HR_ROLES = ['hr', 'admin'] as const;

export function isHr(user: BffUser | undefined): boolean {
  return !!user && user.roles.some((role) => (HR_ROLES as readonly string[]).includes(role));
}

/** Every role an account can have, least privileged first. */
export const ROLES = ['employee', 'hr', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const isRole = (role: string): role is Role => (ROLES as readonly string[]).includes(role);

/** Roles and second factors are an admin's to change. */
export function isAdmin(user: BffUser | undefined): boolean {
  return !!user && user.roles.includes('admin');
}
