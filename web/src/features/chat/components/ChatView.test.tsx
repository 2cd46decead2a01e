import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeSocket, createFakeSocket } from '@/test/fakeSocket';
import { renderWithProviders } from '@/test/render';
import { ChatConnectionProvider } from '../hooks/ChatConnectionProvider';
import { ChatView } from './ChatView';

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

const answer = {
  conversationId: 'conv-1',
  messageId: 'msg-1',
  text: 'En marzo de 2025 cobraste 2.345,67 € netos.',
  intent: 'net_pay',
  confidence: 0.98,
  context: { intent: 'net_pay', year: 2025, month: 3 },
  sources: [{ type: 'payslip', year: 2025, month: 3, href: '/api/payroll/payslips/2025/3' }],
  fallback: null,
  language: 'es',
  createdAt: '2025-04-01T10:00:00Z',
};

describe('ChatView', () => {
  let fetchMock: ReturnType<typeof vi.fn<typeof fetch>>;

  beforeEach(() => {
    FakeSocket.reset();
    fetchMock = vi.fn<typeof fetch>(async (input, init) => {
      const url = String(input);
      if (url === '/api/chat/conversations') return json([]);
      if (url === '/api/chat/conversations/conv-1/messages') {
        return json({
          conversationId: 'conv-1',
          createdAt: answer.createdAt,
          messages: [{ messageId: 'msg-1', createdAt: answer.createdAt, message: '¿Cuánto cobré en marzo?', text: answer.text }],
        });
      }
      if (url === '/api/chat/messages/msg-1/feedback' && init?.method === 'POST') return new Response(null, { status: 204 });
      return json({ title: 'Not Found', status: 404 }, 404);
    });
    vi.stubGlobal('fetch', fetchMock);
  });
  afterEach(() => vi.unstubAllGlobals());

  const renderChat = () =>
    renderWithProviders(
      <ChatConnectionProvider createSocket={createFakeSocket}>
        <ChatView />
      </ChatConnectionProvider>,
    );

  it('shows thinking, then the words as they stream, then the answer with its sources and feedback', async () => {
    const user = userEvent.setup();
    renderChat();
    const socket = FakeSocket.last;
    expect(socket.url).toMatch(/^ws:\/\/[^/]+\/ws\/chat$/);
    act(() => socket.open());

    await user.type(screen.getByRole('textbox', { name: 'Mensaje' }), '¿Cuánto cobré en marzo?{Enter}');
    const [request] = socket.sentJson() as { message: string; clientMessageId: string; conversationId?: string }[];
    expect(request).toMatchObject({ message: '¿Cuánto cobré en marzo?' });
    expect(request!.clientMessageId).toMatch(/^[0-9a-f-]{36}$/);
    expect(request).not.toHaveProperty('conversationId');

    const messages = screen.getByRole('list', { name: 'Mensajes' });
    expect(within(messages).getByText('Pensando…')).toBeInTheDocument();
    expect(screen.getAllByRole('status').some((el) => el.textContent === 'Pensando…')).toBe(true);
    expect(screen.getByRole('button', { name: 'Detener' })).toBeInTheDocument();

    act(() => {
      socket.receive({ type: 'stream', content: 'En ' });
      socket.receive({ type: 'stream', content: 'marzo ' });
    });
    // the words of one display frame are shown together, a moment later
    expect(await within(messages).findByText('En marzo')).toBeInTheDocument();
    expect(within(messages).queryByText('Pensando…')).not.toBeInTheDocument();

    act(() => socket.receive({ type: 'done', clientMessageId: request!.clientMessageId, ...answer }));
    expect(within(messages).getByText(answer.text)).toBeInTheDocument();
    expect(within(messages).getByRole('link', { name: 'Nómina de marzo de 2025' })).toHaveAttribute('href', '/payslips/2025/3');
    expect(screen.getByRole('button', { name: 'Enviar' })).toBeInTheDocument();

    // the conversation now exists: its history loads, and the same exchange is not shown twice
    await waitFor(() => expect(fetchMock).toHaveBeenCalledWith('/api/chat/conversations/conv-1/messages', expect.anything()));
    await waitFor(() => expect(within(messages).getAllByText('¿Cuánto cobré en marzo?')).toHaveLength(1));

    await user.click(within(messages).getByRole('button', { name: 'Útil' }));
    await waitFor(() =>
      expect(fetchMock).toHaveBeenCalledWith('/api/chat/messages/msg-1/feedback', expect.objectContaining({ method: 'POST' })),
    );

    // the next message continues the conversation
    await user.type(screen.getByRole('textbox', { name: 'Mensaje' }), '¿y en febrero?{Enter}');
    expect(socket.sentJson()[1]).toMatchObject({ message: '¿y en febrero?', conversationId: 'conv-1' });
  });

  it('shows a busy error and retries with the same clientMessageId', async () => {
    const user = userEvent.setup();
    renderChat();
    const socket = FakeSocket.last;
    act(() => socket.open());
    await user.type(screen.getByRole('textbox', { name: 'Mensaje' }), 'hola{Enter}');
    const [first] = socket.sentJson() as { clientMessageId: string }[];

    act(() => socket.receive({ type: 'error', status: 503, title: 'Busy', detail: 'Try later', clientMessageId: first!.clientMessageId }));
    expect(screen.getByText('El asistente estaba ocupado. Ya puedes reintentarlo.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Reintentar' }));
    const second = socket.sentJson()[1] as { clientMessageId: string; message: string };
    expect(second).toEqual({ message: 'hola', clientMessageId: first!.clientMessageId });
    expect(within(screen.getByRole('list', { name: 'Mensajes' })).getByText('Pensando…')).toBeInTheDocument();
  });

  it('counts down a 429 before the retry is allowed', async () => {
    const user = userEvent.setup();
    renderChat();
    const socket = FakeSocket.last;
    act(() => socket.open());
    await user.type(screen.getByRole('textbox', { name: 'Mensaje' }), 'hola{Enter}');
    act(() => socket.receive({ type: 'error', status: 429, title: 'Too many', retryAfter: 30 }));
    expect(screen.getByText(/Inténtalo de nuevo en (30|29) s\./)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reintentar' })).toBeDisabled();
  });

  it('Esc stops showing the answer; the full answer can be shown once it arrives', async () => {
    const user = userEvent.setup();
    renderChat();
    const socket = FakeSocket.last;
    act(() => socket.open());
    await user.type(screen.getByRole('textbox', { name: 'Mensaje' }), 'hola{Enter}');
    const [request] = socket.sentJson() as { clientMessageId: string }[];
    act(() => socket.receive({ type: 'stream', content: 'En ' }));
    // focus elsewhere in the chat (the scrollable conversation), not in the message box
    act(() => screen.getByRole('region', { name: 'Conversación' }).focus());
    await user.keyboard('{Escape}');
    expect(screen.getByText('Has detenido la respuesta.')).toBeInTheDocument();
    act(() => {
      socket.receive({ type: 'stream', content: 'marzo ' });
      socket.receive({ type: 'done', clientMessageId: request!.clientMessageId, ...answer });
    });
    expect(screen.queryByText(answer.text)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Mostrar la respuesta completa' }));
    expect(screen.getByText(answer.text)).toBeInTheDocument();
  });
});
