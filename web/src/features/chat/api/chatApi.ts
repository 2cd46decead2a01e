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

/** Accepts both namings of the list (`id` or `conversationId`) and drops items without an id. */
export function normalizeConversations(raw: unknown): ConversationSummary[] {
  const items = Array.isArray(raw) ? (raw as RawConversationSummary[]) : [];
  return items.flatMap((item) => {
    const id = item.id ?? item.conversationId;
    if (!id) return [];
    const summary: ConversationSummary = { id, createdAt: item.createdAt ?? item.updatedAt ?? '' };
    if (item.title) summary.title = item.title;
    if (item.updatedAt) summary.updatedAt = item.updatedAt;
    if (typeof item.messageCount === 'number') summary.messageCount = item.messageCount;
    return [summary];
  });
}

function answerText(item: RawHistoryItem): string {
  if (typeof item.text === 'string') return item.text;
  if (typeof item.answer === 'string') return item.answer;
  if (item.answer && typeof item.answer === 'object' && typeof item.answer.text === 'string') return item.answer.text;
  return '';
}

/** Accepts a bare array or `{conversationId, createdAt, messages}`. */
export function normalizeHistory(raw: unknown): HistoryItem[] {
  const history = raw as RawConversationHistory | null;
  const items = Array.isArray(history) ? history : Array.isArray(history?.messages) ? history.messages : [];
  return items.map((item) => ({
    messageId: item.messageId,
    message: item.message ?? '',
    answer: answerText(item),
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
