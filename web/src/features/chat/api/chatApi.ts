import { api } from '@/api/api';
import type {
  ConversationSummary,
  FeedbackRating,
  FeedbackRequest,
  HistoryItem,
  RawConversationHistory,
  RawConversationSummary,
  RawHistoryItem,
} from '@/api/types';

function asRating(value: unknown): FeedbackRating | null {
  return value === 'up' || value === 'down' ? value : null;
}

/** The chat service's conversation list → the app's summaries. */
export function normalizeConversations(raw: RawConversationSummary[]): ConversationSummary[] {
  return raw.map((item) => ({
    id: item.conversationId,
    createdAt: item.createdAt,
    updatedAt: item.updatedAt,
    messageCount: item.messageCount,
    ...(item.title ? { title: item.title } : {}),
  }));
}

/** `{conversationId, createdAt, messages}` → the exchanges, as the app shows them. */
export function normalizeHistory(raw: RawConversationHistory): HistoryItem[] {
  return raw.messages.map((item: RawHistoryItem) => ({
    messageId: item.messageId,
    message: item.message,
    answer: item.text,
    intent: item.intent ?? null,
    createdAt: item.createdAt,
    feedback: asRating(item.feedback),
    clientMessageId: item.clientMessageId ?? null,
  }));
}

export const chatApi = api.injectEndpoints({
  endpoints: (build) => ({
    listConversations: build.query<ConversationSummary[], void>({
      query: () => '/api/chat/conversations',
      transformResponse: normalizeConversations,
      providesTags: [{ type: 'Conversation', id: 'LIST' }],
    }),
    getConversationHistory: build.query<HistoryItem[], string>({
      query: (id) => `/api/chat/conversations/${encodeURIComponent(id)}/messages`,
      transformResponse: normalizeHistory,
      providesTags: (_result, _error, id) => [{ type: 'History', id }],
    }),
    sendFeedback: build.mutation<unknown, { messageId: string } & FeedbackRequest>({
      query: ({ messageId, rating, comment }) => ({
        url: `/api/chat/messages/${encodeURIComponent(messageId)}/feedback`,
        method: 'POST',
        body: comment ? { rating, comment } : { rating },
      }),
    }),
  }),
});

export const { useListConversationsQuery, useGetConversationHistoryQuery, useSendFeedbackMutation } = chatApi;
