import { redirectToLogin } from '@/lib/navigation';
import { isProblemDetails, kindOfStatus, parseRetryAfter, type ApiError } from './errors';
import { CSRF_HEADER, type BffResult } from './http';

export interface UploadRequest {
  url: string;
  params?: Record<string, string | number | boolean | undefined>;
  /** Sent as the one file of a `multipart/form-data` body (field `file`). */
  file: Blob;
  fileName?: string;
  /** Called as the body goes out: bytes sent so far of `total`. */
  onProgress?: (sent: number, total: number) => void;
  signal?: AbortSignal;
}

function parse(text: string, type: string): unknown {
  if (!text) return null;
  if (type.includes('json')) {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return text;
    }
  }
  return text;
}

/**
 * A file upload with progress. `fetch` (and so RTK Query) cannot report how much of a request
 * body has gone out; `XMLHttpRequest.upload` can. Otherwise it behaves as `bffFetch`: `X-CSRF`,
 * the session cookie (same origin), the sign-in redirect on 401, failures as an {@link ApiError}.
 */
export function uploadFile<T = unknown>(request: UploadRequest): Promise<BffResult<T>> {
  return new Promise((resolve) => {
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(request.params ?? {})) {
      if (value !== undefined) search.set(key, String(value));
    }
    const query = search.toString();
    const xhr = new XMLHttpRequest();
    xhr.open('POST', query ? `${request.url}?${query}` : request.url);
    xhr.withCredentials = false; // same origin: the cookie goes anyway
    xhr.setRequestHeader(CSRF_HEADER, '1');
    xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) request.onProgress?.(event.loaded, event.total);
    };
    const onAbort = () => xhr.abort();
    request.signal?.addEventListener('abort', onAbort, { once: true });
    const done = (result: BffResult<T>) => {
      request.signal?.removeEventListener('abort', onAbort);
      resolve(result);
    };
    xhr.onerror = () => done({ ok: false, error: { kind: navigator.onLine ? 'failed' : 'offline' } });
    xhr.onabort = () => done({ ok: false, error: { kind: 'failed' } });
    xhr.onload = () => {
      const data = parse(xhr.responseText, xhr.getResponseHeader('Content-Type') ?? '');
      if (xhr.status >= 200 && xhr.status < 300) {
        done({ ok: true, data: data as T, status: xhr.status });
        return;
      }
      if (xhr.status === 401) redirectToLogin();
      const error: ApiError = { kind: kindOfStatus(xhr.status), status: xhr.status };
      const retryAfter = parseRetryAfter(xhr.getResponseHeader('Retry-After'));
      if (retryAfter !== undefined) error.retryAfter = retryAfter;
      if (isProblemDetails(data)) error.problem = data;
      done({ ok: false, error });
    };
    const form = new FormData();
    form.append('file', request.file, request.fileName ?? (request.file instanceof File ? request.file.name : 'file'));
    xhr.send(form);
  });
}
