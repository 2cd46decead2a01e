import { describe, expect, it } from 'vitest';
import type { ChatAnswer } from '@/api/types';
import {
  answerRevealed,
  chatReducer,
  chatReset,
  conversationSelected,
  frameReceived,
  initialChatState,
  messageSent,
  resent,
  retryRequested,
  stopRequested,
  type ChatState,
} from './chatSlice';

const answer = (overrides: Partial<ChatAnswer> = {}): ChatAnswer => ({
  conversationId: 'conv-1',
  messageId: 'msg-1',
  text: 'Tu neto de marzo de 2025 fue 2.345,67 €.',
  intent: 'net_pay',
  confidence: 0.97,
  context: { intent: 'net_pay', year: 2025, month: 3 },
  sources: [{ type: 'payslip', year: 2025, month: 3, href: '/api/payroll/payslips/2025/3' }],
  fallback: null,
  language: 'es',
  createdAt: '2025-04-01T10:00:00Z',
  ...overrides,
});

const sent = (state: ChatState = initialChatState, id = 'c-1', message = '¿Cuánto cobré en marzo?') =>
  chatReducer(state, messageSent({ clientMessageId: id, message, sentAt: '2025-04-01T10:00:00Z' }));

const stream = (content: string, clientMessageId?: string) =>
  frameReceived({ frame: { type: 'stream', content }, ...(clientMessageId ? { clientMessageId } : {}) });

describe('chat slice', () => {
  it('adds a sent message as pending in the selected conversation', () => {
    const state = sent({ ...initialChatState, conversationId: 'conv-9' });
    expect(state.exchanges).toEqual([
      expect.objectContaining({ clientMessageId: 'c-1', status: 'pending', text: '', conversationId: 'conv-9', attempts: 1 }),
    ]);
  });

  it('appends stream frames in order and marks the exchange streaming', () => {
    let state = sent();
    state = chatReducer(state, stream('Tu ', 'c-1'));
    state = chatReducer(state, stream('neto ', 'c-1'));
    state = chatReducer(state, stream('fue…', 'c-1'));
    expect(state.exchanges[0]).toMatchObject({ status: 'streaming', text: 'Tu neto fue…' });
  });

  it('replaces the streamed text with the done frame’s answer and adopts its conversation', () => {
    let state = sent();
    state = chatReducer(state, stream('Tu neto ', 'c-1'));
    state = chatReducer(state, frameReceived({ frame: { type: 'done', clientMessageId: 'c-1', ...answer() } }));
    const exchange = state.exchanges[0]!;
    expect(exchange.status).toBe('answered');
    expect(exchange.text).toBe('Tu neto de marzo de 2025 fue 2.345,67 €.');
    expect(exchange.answer?.messageId).toBe('msg-1');
    expect(exchange.answer).not.toHaveProperty('type');
    expect(state.conversationId).toBe('conv-1');
  });

  it('routes frames to the exchange they belong to when two are waiting', () => {
    let state = sent(initialChatState, 'c-1', 'first');
    state = chatReducer(state, stopRequested());
    state = sent(state, 'c-2', 'second');
    state = chatReducer(state, stream('late words of the first ', 'c-1'));
    state = chatReducer(state, stream('Second ', 'c-2'));
    expect(state.exchanges[0]).toMatchObject({ status: 'stopped', text: '' });
    expect(state.exchanges[1]).toMatchObject({ status: 'streaming', text: 'Second ' });
  });

  it('records busy errors with their retry-after and keeps other exchanges intact', () => {
    let state = sent(initialChatState, 'c-1');
    state = chatReducer(state, frameReceived({ frame: { type: 'done', clientMessageId: 'c-1', ...answer() } }));
    state = sent(state, 'c-2');
    state = chatReducer(
      state,
      frameReceived({
        frame: { type: 'error', status: 429, title: 'Too many requests', detail: 'Slow down', retryAfter: 12, clientMessageId: 'c-2' },
        receivedAt: 1000,
      }),
    );
    expect(state.exchanges[0]!.status).toBe('answered');
    expect(state.exchanges[1]).toMatchObject({
      status: 'failed',
      error: { kind: 'busy', status: 429, retryAfter: 12, title: 'Too many requests', detail: 'Slow down', receivedAt: 1000 },
    });
  });

  it.each([
    [503, 'busy'],
    [400, 'invalid'],
    [500, 'failed'],
  ] as const)('maps an error frame with status %i to %s', (status, kind) => {
    let state = sent();
    state = chatReducer(state, frameReceived({ frame: { type: 'error', status, title: 'x' }, clientMessageId: 'c-1' }));
    expect(state.exchanges[0]!.error?.kind).toBe(kind);
  });

  it('retry keeps the clientMessageId, clears the error and counts the attempt', () => {
    let state = sent();
    state = chatReducer(state, frameReceived({ frame: { type: 'error', status: 503, title: 'Busy', retryAfter: 5 }, clientMessageId: 'c-1' }));
    state = chatReducer(state, retryRequested('c-1'));
    expect(state.exchanges).toHaveLength(1);
    expect(state.exchanges[0]).toMatchObject({ clientMessageId: 'c-1', status: 'pending', error: null, text: '', attempts: 2 });
  });

  it('does not retry an exchange that has not failed', () => {
    let state = sent();
    state = chatReducer(state, stream('Hola ', 'c-1'));
    expect(chatReducer(state, retryRequested('c-1'))).toEqual(state);
  });

  it('a resend after reconnecting starts the streamed text again', () => {
    let state = sent();
    state = chatReducer(state, stream('Tu neto ', 'c-1'));
    state = chatReducer(state, resent('c-1'));
    expect(state.exchanges[0]).toMatchObject({ status: 'pending', text: '' });
    state = chatReducer(state, stream('Tu neto ', 'c-1'));
    expect(state.exchanges[0]!.text).toBe('Tu neto ');
  });

  it('stop hides later frames but keeps the answer so it can be revealed', () => {
    let state = sent();
    state = chatReducer(state, stream('Tu ', 'c-1'));
    state = chatReducer(state, stopRequested());
    state = chatReducer(state, stream('neto ', 'c-1'));
    state = chatReducer(state, frameReceived({ frame: { type: 'done', clientMessageId: 'c-1', ...answer() } }));
    expect(state.exchanges[0]).toMatchObject({ status: 'stopped', text: 'Tu ' });
    expect(state.exchanges[0]!.answer?.messageId).toBe('msg-1');
    expect(state.conversationId).toBe('conv-1'); // the next message continues the same conversation
    state = chatReducer(state, answerRevealed('c-1'));
    expect(state.exchanges[0]).toMatchObject({ status: 'answered', text: answer().text });
  });

  it('ignores pings and frames for exchanges that are gone', () => {
    let state = sent();
    const before = state;
    state = chatReducer(state, frameReceived({ frame: { type: 'ping' } }));
    expect(state).toBe(before);
    state = chatReducer(state, conversationSelected('conv-2'));
    state = chatReducer(state, frameReceived({ frame: { type: 'done', clientMessageId: 'c-1', ...answer() } }));
    expect(state.exchanges).toEqual([]);
    expect(state.conversationId).toBe('conv-2');
  });

  it('forgets everything on reset (sign-out)', () => {
    let state = sent({ ...initialChatState, conversationId: 'conv-1', feedback: { m: 'up' } });
    state = chatReducer(state, chatReset());
    expect(state).toEqual(initialChatState);
  });
});
