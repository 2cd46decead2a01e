import { createContext, useCallback, useContext, useEffect, useMemo, useRef, type ReactNode } from 'react';
import { useDispatch, useStore } from 'react-redux';
import { api } from '@/api/api';
import { bffFetch } from '@/api/http';
import { newUuid } from '@/lib/uuid';
import {
  connectionChanged,
  frameReceived,
  messageSent,
  resent,
  retryRequested,
  stopRequested,
  type ChatState,
} from '../chatSlice';
import { ChatSocketClient, chatSocketUrl, type ChatSocketOptions } from '../socket/chatSocketClient';

export interface ChatConnection {
  /** Opens the socket if it is not open (the chat page calls it on mount). */
  ensureConnected(): void;
  send(message: string): void;
  retry(clientMessageId: string): void;
  stop(): void;
}

const ChatConnectionContext = createContext<ChatConnection | null>(null);

export function useChatConnection(): ChatConnection {
  const connection = useContext(ChatConnectionContext);
  if (!connection) throw new Error('useChatConnection must be used inside <ChatConnectionProvider>');
  return connection;
}

interface Props {
  children: ReactNode;
  /** Tests pass a fake socket factory. */
  createSocket?: ChatSocketOptions['createSocket'];
}

/** How long stream frames are gathered before one render shows them (about one display frame). */
const STREAM_FLUSH_MS = 16;

/** Consecutive frames of the same message become one. */
export function mergeConsecutive(frames: Array<{ content: string; clientMessageId?: string }>) {
  const groups: Array<{ content: string; clientMessageId?: string }> = [];
  for (const frame of frames) {
    const last = groups.at(-1);
    if (last && last.clientMessageId === frame.clientMessageId) last.content += frame.content;
    else groups.push({ ...frame });
  }
  return groups;
}

/**
 * Owns the one chat socket of the signed-in layout and turns its frames into chat actions.
 * It lives above the routes, so an answer keeps streaming while the user looks at a payslip.
 */
export function ChatConnectionProvider({ children, createSocket }: Props) {
  const dispatch = useDispatch();
  const store = useStore<{ chat: ChatState }>();
  const clientRef = useRef<ChatSocketClient | null>(null);
  // Stream frames arrive a word at a time, each in a task of its own; rendering each one costs a
  // whole React render of the chat. They are gathered and dispatched together once per frame
  // time, so the words appear as fast as they arrive without one render per word.
  const streamBuffer = useRef<{ frames: Array<{ content: string; clientMessageId?: string }>; timer: number | null }>({
    frames: [],
    timer: null,
  });
  const flushStreams = useCallback(() => {
    const buffer = streamBuffer.current;
    if (buffer.timer !== null) window.clearTimeout(buffer.timer);
    buffer.timer = null;
    const frames = buffer.frames;
    buffer.frames = [];
    for (const group of mergeConsecutive(frames)) {
      dispatch(frameReceived({ frame: { type: 'stream', content: group.content }, clientMessageId: group.clientMessageId, receivedAt: Date.now() }));
    }
  }, [dispatch]);

  const getClient = useCallback((): ChatSocketClient => {
    if (clientRef.current) return clientRef.current;
    const client = new ChatSocketClient({
      url: chatSocketUrl(),
      ...(createSocket ? { createSocket } : {}),
      onFrame: (frame, clientMessageId) => {
        if (frame.type === 'stream') {
          const buffer = streamBuffer.current;
          buffer.frames.push({ content: frame.content, clientMessageId });
          buffer.timer ??= window.setTimeout(flushStreams, STREAM_FLUSH_MS);
          return;
        }
        flushStreams(); // words before the done or error frame first
        dispatch(frameReceived({ frame, clientMessageId, receivedAt: Date.now() }));
        if (frame.type === 'done') {
          // the conversation list shows a new or updated conversation
          dispatch(api.util.invalidateTags([{ type: 'Conversation', id: 'LIST' }]));
        }
      },
      onStatus: (status) => dispatch(connectionChanged(status)),
      onResend: (id) => dispatch(resent(id)),
      onSessionEnded: () => {
        // 1008: the session's token ended. Ask the BFF: a 401 redirects to sign-in (bffFetch does
        // it); a live session means the gateway has a fresh token, so reconnect and resend.
        void bffFetch({ url: '/bff/user' }).then((result) => {
          if (result.ok) client.connect();
          else if (result.error.kind !== 'unauthorized') window.setTimeout(() => client.connect(), 2000);
        });
      },
    });
    clientRef.current = client;
    return client;
  }, [createSocket, dispatch, flushStreams]);

  useEffect(() => {
    const buffer = streamBuffer.current;
    const onOnline = () => clientRef.current?.reconnectNow();
    window.addEventListener('online', onOnline);
    return () => {
      window.removeEventListener('online', onOnline);
      clientRef.current?.dispose();
      clientRef.current = null;
      if (buffer.timer !== null) window.clearTimeout(buffer.timer);
    };
  }, []);

  const connection = useMemo<ChatConnection>(
    () => ({
      ensureConnected: () => getClient().connect(),
      send: (message) => {
        const clientMessageId = newUuid();
        const conversationId = store.getState().chat.conversationId;
        dispatch(messageSent({ clientMessageId, message, sentAt: new Date().toISOString() }));
        getClient().send({ message, clientMessageId, ...(conversationId ? { conversationId } : {}) });
      },
      retry: (clientMessageId) => {
        const exchange = store.getState().chat.exchanges.find((e) => e.clientMessageId === clientMessageId);
        if (!exchange) return;
        dispatch(retryRequested(clientMessageId));
        const conversationId = exchange.conversationId ?? store.getState().chat.conversationId;
        getClient().send({ message: exchange.message, clientMessageId, ...(conversationId ? { conversationId } : {}) });
      },
      stop: () => dispatch(stopRequested()),
    }),
    [dispatch, getClient, store],
  );

  return <ChatConnectionContext.Provider value={connection}>{children}</ChatConnectionContext.Provider>;
}
