import type { ProblemDetails } from './types';

/**
 * The one vocabulary for a failed call, REST or WebSocket:
 * - `unauthorized`: the session is gone (the app has already started the sign-in redirect);
 * - `notFound`: nothing there (also another employee's data);
 * - `busy`: 429 or 503, try again after `retryAfter` seconds;
 * - `offline`: the network is unreachable (navigator offline or fetch TypeError);
 * - `invalid`: 400/409/422, the request itself was refused;
 * - `failed`: anything else (5xx, unreadable answers).
 */
export type ApiErrorKind = 'unauthorized' | 'notFound' | 'busy' | 'offline' | 'invalid' | 'failed';

export interface ApiError {
  kind: ApiErrorKind;
  status?: number;
  /** Seconds, from the Retry-After header or the frame's retryAfter. */
  retryAfter?: number;
  problem?: ProblemDetails;
}

export function kindOfStatus(status: number): ApiErrorKind {
  if (status === 401) return 'unauthorized';
  if (status === 404) return 'notFound';
  if (status === 429 || status === 503) return 'busy';
  if (status === 400 || status === 409 || status === 422) return 'invalid';
  return 'failed';
}

/** Retry-After is delta-seconds or an HTTP date (RFC 9110 §10.2.3). */
export function parseRetryAfter(value: string | null | undefined, now: number = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - now) / 1000));
}

export function isProblemDetails(value: unknown): value is ProblemDetails {
  return typeof value === 'object' && value !== null && ('title' in value || 'status' in value || 'detail' in value);
}

export function isApiError(value: unknown): value is ApiError {
  return typeof value === 'object' && value !== null && 'kind' in value && typeof (value as ApiError).kind === 'string';
}
