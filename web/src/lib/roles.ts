import type { BffUser } from '@/api/types';

/** The roles that open the HR console. */
export const HR_ROLES = ['hr', 'admin'] as const;

export function isHr(user: BffUser | undefined): boolean {
  return !!user && user.roles.some((role) => (HR_ROLES as readonly string[]).includes(role));
}
