import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ServerFrame } from '@/api/types';
import { FakeSocket, createFakeSocket } from '@/test/fakeSocket';
import { ChatSocketClient, chatSocketUrl, type ConnectionStatus } from './chatSocketClient';

const done = (clientMessageId: string) =>
  ({
    type: 'done',
    clientMessageId,
    conversationId: 'conv-1',
    messageId: `m-${clientMessageId}`,
    text: 'ok',
    intent: 'net_pay',
    confidence: 1,
    context: {},
    sources: [],
    fallback: null,
    language: 'es',
    createdAt: '2025-01-01T00:00:00Z',
  }) satisfies ServerFrame;

function setup() {
  const frames: [ServerFrame, string | undefined][] = [];
  const statuses: ConnectionStatus[] = [];
  const resent: string[] = [];
  const onSessionEnded = vi.fn();
  const client = new ChatSocketClient({
    url: 'wss://chat.example/ws/chat',
    createSocket: createFakeSocket,
    onFrame: (frame, id) => frames.push([frame, id]),
    onStatus: (s) => statuses.push(s),
    onResend: (id) => resent.push(id),
    onSessionEnded,
    backoff: { initialMs: 1000, maxMs: 8000, factor: 2, jitter: 0 },
  });
  return { client, frames, statuses, resent, onSessionEnded };
}

describe('ChatSocketClient', () => {
  beforeEach(() => {
    FakeSocket.reset();
    vi.useFakeTimers();
  });
  afterEach(() => vi.useRealTimers());

  it('builds the socket URL from the page (wss on https, no token in it)', () => {
    expect(chatSocketUrl({ protocol: 'https:', host: 'nomina.example' })).toBe('wss://nomina.example/ws/chat');
    expect(chatSocketUrl({ protocol: 'http:', host: 'localhost:8080' })).toBe('ws://localhost:8080/ws/chat');
  });

  it('queues a message until the socket opens, then sends it once', () => {
    const { client } = setup();
    client.send({ message: 'hola', clientMessageId: 'c-1' });
    const socket = FakeSocket.last;
    expect(socket.sent).toEqual([]);
    socket.open();
    expect(socket.sentJson()).toEqual([{ message: 'hola', clientMessageId: 'c-1' }]);
  });

  it('attributes stream frames to the oldest unanswered message and ignores pings', () => {
    const { client, frames } = setup();
    client.connect();
    FakeSocket.last.open();
    client.send({ message: 'a', clientMessageId: 'c-1' });
    client.send({ message: 'b', clientMessageId: 'c-2' });
    const socket = FakeSocket.last;
    socket.receive({ type: 'ping' });
    socket.receive({ type: 'stream', content: 'A ' });
    socket.receive(done('c-1'));
    socket.receive({ type: 'stream', content: 'B ' });
    expect(frames.map(([f, id]) => [f.type, id])).toEqual([
      ['stream', 'c-1'],
      ['done', 'c-1'],
      ['stream', 'c-2'],
    ]);
    expect(client.pendingIds).toEqual(['c-2']);
  });

  it('reconnects with exponential backoff after a 1012 and resends the unanswered message with the same id', () => {
    const { client, resent, statuses } = setup();
    client.send({ message: '¿y en febrero?', conversationId: 'conv-1', clientMessageId: 'c-7' });
    FakeSocket.last.open();
    FakeSocket.last.receive({ type: 'stream', content: 'En ' });
    FakeSocket.last.drop(1012);
    expect(statuses.at(-1)).toBe('reconnecting');
    expect(FakeSocket.instances).toHaveLength(1);

    vi.advanceTimersByTime(999);
    expect(FakeSocket.instances).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(FakeSocket.instances).toHaveLength(2);

    // the second attempt fails too: the next wait doubles
    FakeSocket.last.drop(1006);
    vi.advanceTimersByTime(1999);
    expect(FakeSocket.instances).toHaveLength(2);
    vi.advanceTimersByTime(1);
    expect(FakeSocket.instances).toHaveLength(3);

    FakeSocket.last.open();
    expect(resent).toEqual(['c-7']);
    expect(FakeSocket.last.sentJson()).toEqual([{ message: '¿y en febrero?', conversationId: 'conv-1', clientMessageId: 'c-7' }]);
    expect(statuses.at(-1)).toBe('open');
  });

  it('does not resend a message that was answered before the connection dropped', () => {
    const { client, resent } = setup();
    client.send({ message: 'hola', clientMessageId: 'c-1' });
    FakeSocket.last.open();
    FakeSocket.last.receive(done('c-1'));
    FakeSocket.last.drop(1012);
    vi.advanceTimersByTime(1000);
    FakeSocket.last.open();
    expect(resent).toEqual([]);
    expect(FakeSocket.last.sent).toEqual([]);
  });

  it('an error frame also settles the message (no resend)', () => {
    const { client, frames } = setup();
    client.send({ message: 'hola', clientMessageId: 'c-1' });
    FakeSocket.last.open();
    FakeSocket.last.receive({ type: 'error', status: 429, title: 'Busy', retryAfter: 3, clientMessageId: 'c-1' });
    expect(client.pendingIds).toEqual([]);
    expect(frames[0]![1]).toBe('c-1');
  });

  it('caps the backoff and resets it after a successful connection', () => {
    const { client } = setup();
    expect([0, 1, 2, 3, 4, 5].map((n) => client.delayFor(n))).toEqual([1000, 2000, 4000, 8000, 8000, 8000]);
    client.connect();
    FakeSocket.last.drop(1006);
    vi.advanceTimersByTime(1000);
    FakeSocket.last.open();
    FakeSocket.last.drop(1012);
    // back to the first delay
    vi.advanceTimersByTime(1000);
    expect(FakeSocket.instances).toHaveLength(3);
  });

  it('on 1008 stops and reports the ended session; connect() resumes and resends', () => {
    const { client, onSessionEnded, resent } = setup();
    client.send({ message: 'hola', clientMessageId: 'c-1' });
    FakeSocket.last.open();
    FakeSocket.last.drop(1008);
    expect(onSessionEnded).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(60_000);
    expect(FakeSocket.instances).toHaveLength(1);

    client.connect();
    FakeSocket.last.open();
    expect(resent).toEqual(['c-1']);
    expect(FakeSocket.last.sentJson()).toEqual([{ message: 'hola', clientMessageId: 'c-1' }]);
  });

  it('reconnects at once when the browser comes back online', () => {
    const { client } = setup();
    client.connect();
    FakeSocket.last.drop(1006);
    client.reconnectNow();
    expect(FakeSocket.instances).toHaveLength(2);
    vi.advanceTimersByTime(10_000);
    expect(FakeSocket.instances).toHaveLength(2);
  });

  it('dispose closes the socket and never reconnects', () => {
    const { client, statuses } = setup();
    client.connect();
    const socket = FakeSocket.last;
    socket.open();
    client.dispose();
    expect(socket.closedWith).toBe(1000);
    expect(statuses.at(-1)).toBe('closed');
    vi.advanceTimersByTime(60_000);
    expect(FakeSocket.instances).toHaveLength(1);
  });
});
