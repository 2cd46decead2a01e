import type { ChatRequest, ServerFrame } from '@/api/types';

/**
 * The chat WebSocket, with what a flaky network and rolling restarts need:
 * - messages are queued until the socket is open;
 * - the server answers one message at a time, in order, so a stream frame belongs to the oldest
 *   unanswered message (`unanswered[0]`); done/error frames carry their clientMessageId;
 * - when the socket closes (network, 1012 service restart, …) it reconnects with exponential
 *   backoff and resends every unanswered message with the SAME clientMessageId: the server
 *   replays a stored answer instead of answering twice;
 * - close code 1008 (policy violation: the session's token expired or was revoked) does not
 *   reconnect by itself: `onSessionEnded` lets the owner check the session (sign-in redirect
 *   when it is gone) and call `connect()` again when it is not.
 * The cookie authenticates the upgrade; no token is ever put in the URL.
 */
export type ConnectionStatus = 'idle' | 'connecting' | 'open' | 'reconnecting' | 'closed';

/** The part of the browser's WebSocket this client uses (a fake one in tests). */
export interface SocketLike {
  readonly readyState: number;
  onopen: ((event: unknown) => void) | null;
  onmessage: ((event: { data: unknown }) => void) | null;
  onclose: ((event: { code: number; reason?: string }) => void) | null;
  onerror: ((event: unknown) => void) | null;
  send(data: string): void;
  close(code?: number, reason?: string): void;
}

export const OPEN = 1;
export const CLOSE_POLICY_VIOLATION = 1008;
export const CLOSE_SERVICE_RESTART = 1012;

export interface Backoff {
  initialMs: number;
  maxMs: number;
  factor: number;
  /** 0..1: the delay is reduced by up to this fraction at random (spreads reconnect storms). */
  jitter: number;
}

export interface ChatSocketOptions {
  url: string;
  onFrame(frame: ServerFrame, clientMessageId: string | undefined): void;
  onStatus?(status: ConnectionStatus): void;
  /** An unanswered message is being sent again after a reconnect. */
  onResend?(clientMessageId: string): void;
  /** The server closed with 1008. */
  onSessionEnded?(): void;
  createSocket?: (url: string) => SocketLike;
  backoff?: Partial<Backoff>;
  random?: () => number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

export const defaultBackoff: Backoff = { initialMs: 500, maxMs: 30_000, factor: 2, jitter: 0.3 };

export function chatSocketUrl(location: Pick<Location, 'protocol' | 'host'> = window.location): string {
  return `${location.protocol === 'https:' ? 'wss://' : 'ws://'}${location.host}/ws/chat`;
}

function parseFrame(data: unknown): ServerFrame | null {
  if (typeof data !== 'string') return null;
  try {
    const value = JSON.parse(data) as unknown;
    if (typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string') {
      return value as ServerFrame;
    }
  } catch {
    // not JSON: ignored
  }
  return null;
}

interface Outgoing {
  request: ChatRequest;
  /** Sent on some socket already (a later send is a resend). */
  sent: boolean;
}

export class ChatSocketClient {
  private socket: SocketLike | null = null;
  private readonly unanswered: Outgoing[] = [];
  private attempt = 0;
  private timer: unknown = null;
  private disposed = false;
  private status: ConnectionStatus = 'idle';
  private readonly backoff: Backoff;
  private readonly createSocket: (url: string) => SocketLike;
  private readonly random: () => number;
  private readonly setTimer: (fn: () => void, ms: number) => unknown;
  private readonly clearTimer: (handle: unknown) => void;

  constructor(private readonly options: ChatSocketOptions) {
    this.backoff = { ...defaultBackoff, ...options.backoff };
    this.createSocket = options.createSocket ?? ((url) => new WebSocket(url) as unknown as SocketLike);
    this.random = options.random ?? Math.random;
    this.setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
    this.clearTimer = options.clearTimer ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>));
  }

  get connectionStatus(): ConnectionStatus {
    return this.status;
  }

  /** Messages sent and not yet answered (done or error), oldest first. */
  get pendingIds(): string[] {
    return this.unanswered.map((o) => o.request.clientMessageId);
  }

  /** Opens the socket now unless it is open or opening. Cancels a scheduled reconnect. */
  connect(): void {
    if (this.disposed || this.socket) return;
    this.cancelTimer();
    this.open();
  }

  /** Sends (or queues) a message. Sending an id that is already waiting does not duplicate it. */
  send(request: ChatRequest): void {
    if (this.disposed) return;
    let outgoing = this.unanswered.find((o) => o.request.clientMessageId === request.clientMessageId);
    if (!outgoing) {
      outgoing = { request, sent: false };
      this.unanswered.push(outgoing);
    } else {
      outgoing.request = request;
    }
    if (this.socket && this.socket.readyState === OPEN) {
      this.transmit(outgoing);
    } else if (!this.socket && this.timer === null) {
      this.open();
    }
  }

  /** Stops reconnecting, closes the socket, forgets the queue. */
  dispose(): void {
    this.disposed = true;
    this.cancelTimer();
    this.unanswered.length = 0;
    const socket = this.socket;
    this.socket = null;
    if (socket) {
      socket.onopen = socket.onmessage = socket.onerror = socket.onclose = null;
      socket.close(1000, 'bye');
    }
    this.setStatus('closed');
  }

  private open(): void {
    this.setStatus(this.attempt === 0 ? 'connecting' : 'reconnecting');
    const socket = this.createSocket(this.options.url);
    this.socket = socket;
    socket.onopen = () => {
      if (this.socket !== socket) return;
      this.attempt = 0;
      this.setStatus('open');
      for (const outgoing of this.unanswered) {
        if (outgoing.sent) this.options.onResend?.(outgoing.request.clientMessageId);
        this.transmit(outgoing);
      }
    };
    socket.onmessage = (event) => {
      if (this.socket !== socket) return;
      this.receive(event.data);
    };
    socket.onerror = () => {
      // a close event always follows; reconnecting is decided there
    };
    socket.onclose = (event) => {
      if (this.socket !== socket) return;
      this.socket = null;
      if (this.disposed) return;
      if (event.code === CLOSE_POLICY_VIOLATION) {
        this.attempt = 0;
        this.setStatus('closed');
        this.options.onSessionEnded?.();
        return;
      }
      this.scheduleReconnect();
    };
  }

  private transmit(outgoing: Outgoing): void {
    this.socket?.send(JSON.stringify(outgoing.request));
    outgoing.sent = true;
  }

  private receive(data: unknown): void {
    const frame = parseFrame(data);
    if (!frame || frame.type === 'ping') return;
    const head = this.unanswered[0]?.request.clientMessageId;
    if (frame.type === 'stream') {
      this.options.onFrame(frame, head);
      return;
    }
    if (frame.type === 'done' || frame.type === 'error') {
      const id = frame.clientMessageId ?? head;
      const index = this.unanswered.findIndex((o) => o.request.clientMessageId === id);
      if (index >= 0) this.unanswered.splice(index, 1);
      this.options.onFrame(frame, id);
      return;
    }
    this.options.onFrame(frame, head);
  }

  /** The delay before reconnect attempt n (0-based). */
  delayFor(attempt: number): number {
    const { initialMs, maxMs, factor, jitter } = this.backoff;
    const base = Math.min(maxMs, initialMs * factor ** attempt);
    return Math.round(base * (1 - jitter * this.random()));
  }

  private scheduleReconnect(): void {
    const delay = this.delayFor(this.attempt);
    this.attempt += 1;
    this.setStatus('reconnecting');
    this.timer = this.setTimer(() => {
      this.timer = null;
      if (!this.disposed && !this.socket) this.open();
    }, delay);
  }

  /** Reconnect at once (the browser came back online) instead of waiting for the backoff. */
  reconnectNow(): void {
    if (this.disposed || this.socket) return;
    this.cancelTimer();
    this.open();
  }

  private cancelTimer(): void {
    if (this.timer !== null) {
      this.clearTimer(this.timer);
      this.timer = null;
    }
  }

  private setStatus(status: ConnectionStatus): void {
    if (this.status === status) return;
    this.status = status;
    this.options.onStatus?.(status);
  }
}
