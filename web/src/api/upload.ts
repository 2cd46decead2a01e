import { redirectToLogin } from '@/lib/navigation';
import { CSRF_HEADER, parseBody, responseError, withParams, type BffResult } from './http';

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

/**
 * A file upload with progress. `fetch` (and so RTK Query) cannot report how much of a request
 * body has gone out; `XMLHttpRequest.upload` can. Otherwise it behaves as `bffFetch`: `X-CSRF`,
 * the session cookie (same origin), the sign-in redirect on 401, failures as an {@link ApiError}.
 */
export function uploadFile<T = unknown>(request: UploadRequest): Promise<BffResult<T>> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', withParams(request.url, request.params));
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
      const data = parseBody(xhr.responseText, xhr.getResponseHeader('Content-Type') ?? '');
      if (xhr.status >= 200 && xhr.status < 300) {
        done({ ok: true, data: data as T, status: xhr.status });
        return;
      }
      if (xhr.status === 401) redirectToLogin();
      done({ ok: false, error: responseError(xhr.status, xhr.getResponseHeader('Retry-After'), data) });
    };
    const form = new FormData();
    form.append('file', request.file, request.fileName ?? (request.file instanceof File ? request.file.name : 'file'));
    xhr.send(form);
  });
}
