import { vi } from 'vitest';

export const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json', ...headers },
  });

export type Handler = (url: URL, init: RequestInit | undefined) => Response | Promise<Response> | undefined;

/**
 * Stubs `fetch` with one handler (URLs resolved against the page's origin, so tests can read
 * `url.pathname` and `url.searchParams`); anything it does not answer is a 404 problem.
 * Returns the mock, whose calls the test can inspect.
 */
export function mockFetch(handler: Handler) {
  const mock = vi.fn<typeof fetch>(async (input, init) => {
    const url = new URL(String(input), window.location.origin);
    return (await handler(url, init)) ?? json({ status: 404, title: 'Not Found' }, 404);
  });
  vi.stubGlobal('fetch', mock);
  return mock;
}

/** The URLs (path + query) `fetch` was called with. */
export function calledUrls(mock: ReturnType<typeof mockFetch>): URL[] {
  return mock.mock.calls.map(([input]) => new URL(String(input), window.location.origin));
}
