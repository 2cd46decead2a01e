import { createSlice, type PayloadAction } from '@reduxjs/toolkit';
import { kindOfStatus, type ApiErrorKind } from '@/api/errors';
import type { ChatAnswer, FeedbackRating, ServerFrame } from '@/api/types';
import type { ConnectionStatus } from './socket/chatSocketClient';

/**
 * One exchange's life, the single outcome vocabulary of the chat flow:
 * - `pending`: sent (or queued until the socket opens), no frame yet → "thinking…";
 * - `streaming`: stream frames are arriving, `text` grows;
 * - `answered`: the done frame came, `text` is the answer's full text;
 * - `stopped`: the user stopped it; later frames are not shown (the server still stores it);
 * - `failed`: an error frame came (busy, invalid, …), `error` says which; retry resends it.
 */
export type ExchangeStatus = 'pending' | 'streaming' | 'answered' | 'stopped' | 'failed';

export interface ChatError {
  kind: ApiErrorKind;
  status?: number;
  title?: string;
  detail?: string;
  retryAfter?: number;
  /** When the error arrived (epoch ms), for the "try again in N s" countdown. */
  receivedAt: number;
}

export interface Exchange {
  clientMessageId: string;
  message: string;
  sentAt: string;
  /** The conversation the message was sent in (null: it starts a new one). */
  conversationId: string | null;
  status: ExchangeStatus;
  text: string;
  answer: ChatAnswer | null;
  error: ChatError | null;
  attempts: number;
}

export interface ChatState {
  /** The selected conversation; null for a new one (set by the first answer). */
  conversationId: string | null;
  /** This session's exchanges in the selected conversation (history comes from the API cache). */
  exchanges: Exchange[];
  connection: ConnectionStatus;
  /** Ratings given in this session, by messageId. */
  feedback: Record<string, FeedbackRating>;
}

export const initialChatState: ChatState = {
  conversationId: null,
  exchanges: [],
  connection: 'idle',
  feedback: {},
};

const inFlight = (e: Exchange) => e.status === 'pending' || e.status === 'streaming';

function find(state: ChatState, clientMessageId: string | undefined): Exchange | undefined {
  if (clientMessageId) return state.exchanges.find((e) => e.clientMessageId === clientMessageId);
  return state.exchanges.find(inFlight);
}

export const chatSlice = createSlice({
  name: 'chat',
  initialState: initialChatState,
  reducers: {
    messageSent(state, action: PayloadAction<{ clientMessageId: string; message: string; sentAt: string }>) {
      state.exchanges.push({
        ...action.payload,
        conversationId: state.conversationId,
        status: 'pending',
        text: '',
        answer: null,
        error: null,
        attempts: 1,
      });
    },
    /**
     * A frame from the socket. `clientMessageId` is the exchange the socket client attributes it
     * to (stream frames carry none: they belong to the oldest unanswered message on that socket).
     */
    frameReceived(state, action: PayloadAction<{ frame: ServerFrame; clientMessageId?: string; receivedAt?: number }>) {
      const { frame } = action.payload;
      if (frame.type === 'ping') return;
      const id = (frame.type !== 'stream' ? frame.clientMessageId : undefined) ?? action.payload.clientMessageId;
      const exchange = find(state, id);
      if (!exchange) return;
      switch (frame.type) {
        case 'stream':
          if (!inFlight(exchange)) return;
          exchange.text += frame.content;
          exchange.status = 'streaming';
          return;
        case 'done': {
          const { type: _type, clientMessageId: _id, ...answer } = frame;
          exchange.answer = answer;
          exchange.error = null;
          if (exchange.status !== 'stopped') {
            exchange.text = answer.text;
            exchange.status = 'answered';
          }
          if (state.conversationId === null && exchange.conversationId === null) {
            state.conversationId = answer.conversationId;
          }
          if (exchange.conversationId === null) exchange.conversationId = answer.conversationId;
          return;
        }
        case 'error': {
          exchange.status = 'failed';
          const error: ChatError = {
            kind: kindOfStatus(frame.status),
            status: frame.status,
            title: frame.title,
            receivedAt: action.payload.receivedAt ?? Date.now(),
          };
          if (frame.detail) error.detail = frame.detail;
          if (typeof frame.retryAfter === 'number') error.retryAfter = frame.retryAfter;
          exchange.error = error;
          return;
        }
      }
    },
    /** The socket client resent the message after a reconnect: its answer streams again from the start. */
    resent(state, action: PayloadAction<string>) {
      const exchange = find(state, action.payload);
      if (exchange && inFlight(exchange)) {
        exchange.text = '';
        exchange.status = 'pending';
      }
    },
    /** Esc / Stop: stop showing the answer being streamed. */
    stopRequested(state) {
      const exchange = state.exchanges.find(inFlight);
      if (exchange) exchange.status = 'stopped';
    },
    /** Show a stopped exchange's full answer (once its done frame has arrived). */
    answerRevealed(state, action: PayloadAction<string>) {
      const exchange = find(state, action.payload);
      if (exchange?.status === 'stopped' && exchange.answer) {
        exchange.status = 'answered';
        exchange.text = exchange.answer.text;
      }
    },
    /** Retry a failed exchange; it is resent with the same clientMessageId. */
    retryRequested(state, action: PayloadAction<string>) {
      const exchange = find(state, action.payload);
      if (exchange?.status === 'failed') {
        exchange.status = 'pending';
        exchange.error = null;
        exchange.text = '';
        exchange.attempts += 1;
      }
    },
    conversationSelected(state, action: PayloadAction<string | null>) {
      state.conversationId = action.payload;
      state.exchanges = [];
    },
    connectionChanged(state, action: PayloadAction<ConnectionStatus>) {
      state.connection = action.payload;
    },
    feedbackRecorded(state, action: PayloadAction<{ messageId: string; rating: FeedbackRating }>) {
      state.feedback[action.payload.messageId] = action.payload.rating;
    },
    /** Sign-out: nothing of the conversation stays in memory. */
    chatReset() {
      return initialChatState;
    },
  },
});

export const {
  messageSent,
  frameReceived,
  resent,
  stopRequested,
  answerRevealed,
  retryRequested,
  conversationSelected,
  connectionChanged,
  feedbackRecorded,
  chatReset,
} = chatSlice.actions;

export const chatReducer = chatSlice.reducer;

type WithChat = { chat: ChatState };
export const selectChat = (state: WithChat) => state.chat;
export const selectConversationId = (state: WithChat) => state.chat.conversationId;
export const selectExchanges = (state: WithChat) => state.chat.exchanges;
export const selectConnection = (state: WithChat) => state.chat.connection;
export const selectFeedback = (state: WithChat) => state.chat.feedback;
export const selectInFlight = (state: WithChat) => state.chat.exchanges.find(inFlight);
