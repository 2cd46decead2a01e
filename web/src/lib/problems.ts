import { isApiError } from '@/api/errors';
import type { ImportRowError } from '@/api/types';

/** A validation problem's errors per field, keyed in camelCase (`HireDate` → `hireDate`), or {} when none. */
export function fieldErrors(error: unknown): Record<string, string> {
  if (!isApiError(error) || !error.problem?.errors || Array.isArray(error.problem.errors)) return {};
  const out: Record<string, string> = {};
  for (const [key, messages] of Object.entries(error.problem.errors)) {
    const name = key.charAt(0).toLowerCase() + key.slice(1);
    if (messages.length > 0) out[name] = messages.join(' ');
  }
  return out;
}

function isRowError(value: unknown): value is ImportRowError {
  return typeof value === 'object' && value !== null && typeof (value as ImportRowError).line === 'number';
}

/** An import's per-row errors (`errors: [{line, column, message}]`), or [] when the problem has none. */
export function rowErrors(error: unknown): ImportRowError[] {
  if (!isApiError(error) || !Array.isArray(error.problem?.errors)) return [];
  return error.problem.errors.filter(isRowError).map((e) => ({ line: e.line, column: e.column ?? null, message: e.message }));
}

/** The problem's own words (detail, else title), when it has any. */
export function problemText(error: unknown): string | undefined {
  if (!isApiError(error)) return undefined;
  return error.problem?.detail ?? error.problem?.title ?? undefined;
}
