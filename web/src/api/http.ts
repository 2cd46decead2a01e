import { redirectToLogin } from '@/lib/navigation';
import { isProblemDetails, kindOfStatus, parseRetryAfter, type ApiError } from './errors';

/**
 * The one place that talks HTTP to the gateway. Every call:
 * - carries `X-CSRF: 1` (the BFF refuses cookie-authenticated calls without it) and
 *   `credentials: 'same-origin'` (the session is the HttpOnly cookie; the page holds no token);
 * - on 401 sends the browser to `/bff/login?returnUrl=…` (unless the caller opts out);
 * - turns failures into an {@link ApiError}: busy with Retry-After, offline on a network error.
 */
export interface BffRequest {
  url: string;
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';
  body?: unknown;
  params?: Record<string, string | number | boolean | undefined>;
  signal?: AbortSignal;
  /** Default true: a 401 starts the sign-in redirect. */
  redirectOn401?: boolean;
}

export type BffResult<T = unknown> = { ok: true; data: T; status: number } | { ok: false; error: ApiError };

export const CSRF_HEADER = 'X-CSRF';

/** `url` with `params` (undefined values left out) appended as its query. */
export function withParams(url: string, params?: BffRequest['params']): string {
  if (!params) return url;
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined) search.set(key, String(value));
  }
  const query = search.toString();
  return query ? `${url}${url.includes('?') ? '&' : '?'}${query}` : url;
}

/** A response body's text as JSON when its Content-Type says so (the text if it does not parse), else the text; empty → null. */
export function parseBody(text: string, contentType: string): unknown {
  if (!text) return null;
  if (contentType.includes('json')) {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return text;
    }
  }
  return text;
}

async function readBody(response: Response): Promise<unknown> {
  if (response.status === 204 || response.status === 205) return null;
  return parseBody(await response.text(), response.headers.get('Content-Type') ?? '');
}

/** The {@link ApiError} for a non-2xx answer: its kind, the Retry-After seconds and the RFC 9457 body when there is one. */
export function responseError(status: number, retryAfterHeader: string | null, body: unknown): ApiError {
  const error: ApiError = { kind: kindOfStatus(status), status };
  const retryAfter = parseRetryAfter(retryAfterHeader);
  if (retryAfter !== undefined) error.retryAfter = retryAfter;
  if (isProblemDetails(body)) error.problem = body;
  return error;
}

export async function bffFetch<T = unknown>(request: BffRequest): Promise<BffResult<T>> {
  const headers = new Headers({ [CSRF_HEADER]: '1', Accept: 'application/json, application/problem+json' });
  let body: string | undefined;
  if (request.body !== undefined) {
    headers.set('Content-Type', 'application/json');
    body = JSON.stringify(request.body);
  }
  let response: Response;
  try {
    response = await fetch(withParams(request.url, request.params), {
      method: request.method ?? 'GET',
      headers,
      body,
      credentials: 'same-origin',
      cache: 'no-store',
      signal: request.signal,
    });
  } catch (error) {
    if (request.signal?.aborted) return { ok: false, error: { kind: 'failed' } };
    // fetch rejects with a TypeError when the network is unreachable
    return { ok: false, error: { kind: error instanceof TypeError || !navigator.onLine ? 'offline' : 'failed' } };
  }
  if (response.status === 401 && request.redirectOn401 !== false) {
    redirectToLogin();
  }
  let data: unknown;
  try {
    data = await readBody(response);
  } catch {
    data = null;
  }
  if (!response.ok) {
    return { ok: false, error: responseError(response.status, response.headers.get('Retry-After'), data) };
  }
  return { ok: true, data: data as T, status: response.status };
}

/** A GET whose answer is a file: the bytes and the Content-Disposition, or the same {@link ApiError}s as {@link bffFetch}. */
export async function bffFetchBlob(
  url: string,
): Promise<{ ok: true; blob: Blob; disposition: string | null } | { ok: false; error: ApiError }> {
  let response: Response;
  try {
    response = await fetch(url, { headers: { [CSRF_HEADER]: '1' }, credentials: 'same-origin', cache: 'no-store' });
  } catch (error) {
    return { ok: false, error: { kind: error instanceof TypeError || !navigator.onLine ? 'offline' : 'failed' } };
  }
  if (response.ok) return { ok: true, blob: await response.blob(), disposition: response.headers.get('Content-Disposition') };
  if (response.status === 401) redirectToLogin();
  let data: unknown = null;
  try {
    data = await readBody(response);
  } catch {
    data = null;
  }
  return { ok: false, error: responseError(response.status, response.headers.get('Retry-After'), data) };
}
