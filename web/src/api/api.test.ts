import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeStore } from '@/app/store';
import { chatApi } from '@/features/chat/api/chatApi';
import { payslipsApi } from '@/features/payslips/api/payslipsApi';
import { sessionApi } from '@/features/session/api/sessionApi';
import { browser, resetRedirectGuard } from '@/lib/navigation';

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

const problem = (status: number, title: string, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify({ status, title, detail: `${title} detail` }), {
    status,
    headers: { 'Content-Type': 'application/problem+json', ...headers },
  });

describe('api slice', () => {
  let fetchMock: ReturnType<typeof vi.fn<typeof fetch>>;
  let assign: ReturnType<typeof vi.spyOn>;

  beforeEach(() => {
    fetchMock = vi.fn<typeof fetch>();
    vi.stubGlobal('fetch', fetchMock);
    assign = vi.spyOn(browser, 'assign').mockImplementation(() => undefined);
    resetRedirectGuard();
    window.history.replaceState(null, '', '/payslips?year=2024');
    document.documentElement.lang = 'es';
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  const lastRequest = () => {
    const [url, init] = fetchMock.mock.calls.at(-1)!;
    return { url: String(url), init: init!, headers: new Headers(init!.headers) };
  };

  it('sends X-CSRF: 1 and same-origin credentials on GET /api calls', async () => {
    fetchMock.mockResolvedValue(json({ userId: 'u', year: 2024, payslips: [] }));
    const store = makeStore();
    await store.dispatch(payslipsApi.endpoints.getPayslipYear.initiate(2024));
    const { url, init, headers } = lastRequest();
    expect(url).toBe('/api/payroll/payslips?year=2024');
    expect(headers.get('X-CSRF')).toBe('1');
    expect(init.credentials).toBe('same-origin');
    expect(headers.has('Authorization')).toBe(false);
  });

  it('sends X-CSRF on POSTs too (feedback), with a JSON body', async () => {
    fetchMock.mockResolvedValue(new Response(null, { status: 204 }));
    const store = makeStore();
    const result = await store.dispatch(
      chatApi.endpoints.sendFeedback.initiate({ messageId: 'm-1', rating: 'down', comment: 'Wrong month' }),
    );
    expect('error' in result).toBe(false);
    const { url, init, headers } = lastRequest();
    expect(url).toBe('/api/chat/messages/m-1/feedback');
    expect(init.method).toBe('POST');
    expect(headers.get('X-CSRF')).toBe('1');
    expect(headers.get('Content-Type')).toBe('application/json');
    expect(JSON.parse(String(init.body))).toEqual({ rating: 'down', comment: 'Wrong month' });
  });

  it('redirects to the BFF sign-in with the current path (and the UI language) on a 401 from /api', async () => {
    fetchMock.mockResolvedValue(problem(401, 'Unauthorized'));
    const store = makeStore();
    const result = await store.dispatch(payslipsApi.endpoints.getPayslipYear.initiate(2024));
    expect(assign).toHaveBeenCalledTimes(1);
    expect(assign).toHaveBeenCalledWith('/bff/login?returnUrl=%2Fpayslips%3Fyear%3D2024&lang=es');
    expect(result.error).toMatchObject({ kind: 'unauthorized', status: 401 });
  });

  it('redirects once however many calls get a 401', async () => {
    fetchMock.mockImplementation(async () => problem(401, 'Unauthorized'));
    const store = makeStore();
    await Promise.all([
      store.dispatch(sessionApi.endpoints.getSession.initiate()),
      store.dispatch(chatApi.endpoints.listConversations.initiate()),
    ]);
    expect(assign).toHaveBeenCalledTimes(1);
  });

  it('does not redirect when sign-out finds the session already gone', async () => {
    fetchMock.mockResolvedValue(problem(401, 'Unauthorized'));
    const store = makeStore();
    await store.dispatch(sessionApi.endpoints.signOut.initiate());
    expect(assign).not.toHaveBeenCalled();
    const { url, init, headers } = lastRequest();
    expect(url).toBe('/bff/logout');
    expect(init.method).toBe('POST');
    expect(headers.get('X-CSRF')).toBe('1');
  });

  it('turns 429 and 503 into busy errors with Retry-After seconds and the problem details', async () => {
    fetchMock.mockResolvedValueOnce(problem(429, 'Too Many Requests', { 'Retry-After': '17' }));
    fetchMock.mockResolvedValueOnce(problem(503, 'Service Unavailable', { 'Retry-After': '5' }));
    const store = makeStore();
    const a = await store.dispatch(payslipsApi.endpoints.getPayslip.initiate({ year: 2025, month: 3 }));
    const b = await store.dispatch(payslipsApi.endpoints.getPayslip.initiate({ year: 2025, month: 4 }));
    expect(a.error).toEqual({
      kind: 'busy',
      status: 429,
      retryAfter: 17,
      problem: { status: 429, title: 'Too Many Requests', detail: 'Too Many Requests detail' },
    });
    expect(b.error).toMatchObject({ kind: 'busy', status: 503, retryAfter: 5 });
    expect(assign).not.toHaveBeenCalled();
  });

  it('reports a network failure (fetch TypeError) as offline', async () => {
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'));
    const store = makeStore();
    const result = await store.dispatch(payslipsApi.endpoints.getLatestPayslip.initiate());
    expect(result.error).toEqual({ kind: 'offline' });
  });

  it('reports a missing payslip as notFound', async () => {
    fetchMock.mockResolvedValue(problem(404, 'Not Found'));
    const store = makeStore();
    const result = await store.dispatch(payslipsApi.endpoints.getPayslip.initiate({ year: 2019, month: 1 }));
    expect(result.error).toMatchObject({ kind: 'notFound', status: 404 });
  });

  it('normalizes the conversation list and history shapes the chat service serves', async () => {
    fetchMock.mockResolvedValueOnce(
      json([{ conversationId: 'c-1', createdAt: '2025-01-01T00:00:00Z', updatedAt: '2025-01-02T00:00:00Z', messageCount: 2 }]),
    );
    fetchMock.mockResolvedValueOnce(
      json({
        conversationId: 'c-1',
        createdAt: '2025-01-01T00:00:00Z',
        messages: [{ messageId: 'm-1', createdAt: '2025-01-01T00:00:00Z', message: 'hola', text: 'Hola, Ana.', intent: 'greeting', feedback: 'up' }],
      }),
    );
    const store = makeStore();
    const list = await store.dispatch(chatApi.endpoints.listConversations.initiate());
    const history = await store.dispatch(chatApi.endpoints.getConversationHistory.initiate('c-1'));
    expect(list.data).toEqual([
      { id: 'c-1', createdAt: '2025-01-01T00:00:00Z', updatedAt: '2025-01-02T00:00:00Z', messageCount: 2 },
    ]);
    expect(history.data).toEqual([
      {
        messageId: 'm-1',
        message: 'hola',
        answer: 'Hola, Ana.',
        intent: 'greeting',
        createdAt: '2025-01-01T00:00:00Z',
        feedback: 'up',
        clientMessageId: null,
      },
    ]);
  });
});
