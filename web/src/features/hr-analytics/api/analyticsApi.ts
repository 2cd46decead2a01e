import { api } from '@/api/api';
import type { paths } from '@/api/generated/chat';
import type { AnalyticsDaily, AnalyticsSummary, QuestionsPage } from '@/api/types';

type SummaryPath = Extract<keyof paths, '/api/chat/analytics/summary'>;
type DailyPath = Extract<keyof paths, '/api/chat/analytics/daily'>;
type QuestionsPath = Extract<keyof paths, '/api/chat/analytics/questions'>;
type RangeQuery = NonNullable<paths[SummaryPath]['get']['parameters']['query']>;
type QuestionsQuery = NonNullable<paths[QuestionsPath]['get']['parameters']['query']>;

/** UTC days `YYYY-MM-DD`, both included. */
export interface AnalyticsRange {
  from: string;
  to: string;
}

export const QUESTION_KINDS = ['all', 'unanswered', 'thumbs_down'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];
export const QUESTIONS_PAGE_SIZE = 20;

export const analyticsApi = api.injectEndpoints({
  endpoints: (build) => ({
    getAnalyticsSummary: build.query<AnalyticsSummary, AnalyticsRange>({
      query: (range) => ({ url: '/api/chat/analytics/summary' satisfies SummaryPath, params: { ...range } satisfies RangeQuery }),
      providesTags: ['Analytics'],
    }),
    getAnalyticsDaily: build.query<AnalyticsDaily, AnalyticsRange>({
      query: (range) => ({ url: '/api/chat/analytics/daily' satisfies DailyPath, params: { ...range } satisfies RangeQuery }),
      providesTags: ['Analytics'],
    }),
    getQuestionsToImprove: build.query<QuestionsPage, AnalyticsRange & { kind: QuestionKind; page: number }>({
      query: ({ from, to, kind, page }) => {
        const params: QuestionsQuery = { from, to, kind, page, limit: QUESTIONS_PAGE_SIZE };
        return { url: '/api/chat/analytics/questions' satisfies QuestionsPath, params };
      },
      providesTags: ['Analytics'],
    }),
  }),
});

export const { useGetAnalyticsSummaryQuery, useGetAnalyticsDailyQuery, useGetQuestionsToImproveQuery } = analyticsApi;
