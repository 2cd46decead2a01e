import { bffFetchBlob } from './http';
import type { ApiError } from './errors';

/**
 * Fetches a file through the session (with `X-CSRF`) and hands it to the browser as a download.
 * Used where a refusal must be shown in the page (a 503 with Retry-After from a fail-closed,
 * audited export), which a plain link cannot do.
 */
export async function downloadFile(url: string, fallbackName: string): Promise<{ ok: true } | { ok: false; error: ApiError }> {
  const result = await bffFetchBlob(url);
  if (!result.ok) return result;
  const name = /filename="?([^";]+)"?/i.exec(result.disposition ?? '')?.[1] ?? fallbackName;
  const href = URL.createObjectURL(result.blob);
  const link = document.createElement('a');
  link.href = href;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // let the browser start reading it before the address goes
  window.setTimeout(() => URL.revokeObjectURL(href), 10_000);
  return { ok: true };
}
