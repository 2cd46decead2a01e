/**
 * Wire types of the gateway's APIs, in one place. The services' own shapes come from their
 * OpenAPI documents (`src/api/generated/*.ts`, made by `npm run api:types` from `openapi/*.json`;
 * a unit test fails when they are stale, an end-to-end test when the documents differ from what
 * the running services publish). What no document describes (the BFF, the WebSocket frames, the
 * chat answer object) is written here by hand.
 */
import type { components as ChatApi } from './generated/chat';
import type { components as PayrollApi } from './generated/payroll';
import type { components as UsersApi } from './generated/users';

/** `GET /bff/user`: the signed-in user as the gateway's session knows them. */
export interface BffUser {
  sub: string;
  email: string | null;
  roles: string[];
  expiresAt: string;
}

/** RFC 9457 problem details. */
export interface ProblemDetails {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
  traceId?: string;
  /** Validation problems: per field (`{field: [messages]}`), or per row of an import (`[{line, column, message}]`). */
  errors?: Record<string, string[]> | ImportRowError[];
}

// ---------------------------------------------------------------- chat

export type Language = 'es' | 'en';
export type FeedbackRating = 'up' | 'down';

export interface AnswerSource {
  type: string; // "payslip", "profile", …
  year?: number | null;
  month?: number | null;
  href: string;
}

/** What the assistant understood after merging the turn with the conversation. */
export interface ConversationContext {
  intent?: string | null;
  year?: number | null;
  month?: number | null;
  deductionType?: string | null;
  compareYear?: number | null;
  compareMonth?: number | null;
  language?: string;
  [key: string]: unknown;
}

export interface ChatEntity {
  type: string;
  text: string;
  start: number;
  end: number;
  value?: string | null;
}

/** The answer object: REST response of POST /api/chat/messages and the WebSocket "done" frame. */
export interface ChatAnswer {
  conversationId: string;
  messageId: string;
  text: string;
  intent: string | null;
  confidence: number;
  entities?: ChatEntity[];
  context: ConversationContext;
  sources: AnswerSource[];
  traceId?: string | null;
  fallback: string | null;
  language: Language | string;
  createdAt: string;
  replayed?: boolean;
}

/** What the client sends over the socket (and to POST /api/chat/messages). */
export interface ChatRequest {
  message: string;
  conversationId?: string;
  clientMessageId: string;
}

/** Frames the server sends over /ws/chat. */
export type ServerFrame =
  | { type: 'stream'; content: string }
  | ({ type: 'done'; clientMessageId?: string } & ChatAnswer)
  | {
      type: 'error';
      status: number;
      title: string;
      detail?: string;
      retryAfter?: number;
      clientMessageId?: string;
      traceId?: string;
    }
  | { type: 'ping' };

/** A conversation in the list (normalized). */
export interface ConversationSummary {
  id: string;
  title?: string;
  createdAt: string;
  updatedAt?: string;
  messageCount?: number;
}

/** `GET /api/chat/conversations` item as served. */
export type RawConversationSummary = ChatApi['schemas']['ConversationSummary'];

/** One stored exchange of a conversation (normalized). */
export interface HistoryItem {
  messageId: string;
  message: string;
  answer: string;
  intent: string | null;
  createdAt: string;
  feedback: FeedbackRating | null;
  clientMessageId?: string | null;
}

/** A history item as served. */
export type RawHistoryItem = ChatApi['schemas']['HistoryItem'];

/** `GET /api/chat/conversations/{id}/messages`. */
export type RawConversationHistory = ChatApi['schemas']['ConversationHistory'];

export interface FeedbackRequest {
  rating: FeedbackRating;
  comment?: string;
}

// ---------------------------------------------------------------- payroll

export type PayslipLine = PayrollApi['schemas']['PayslipLineDto'];

export type Payslip = PayrollApi['schemas']['PayslipDto'];

/** `GET /api/payroll/payslips?year=`: `{userId, year, payslips}`. */
export type RawPayslipYear = PayrollApi['schemas']['PayslipYearDto'];

// ---------------------------------------------------------------- users

/** `GET /api/users/me`. */
export type UserProfile = UsersApi['schemas']['EmployeeDto'];

/** `GET /api/users?page=&pageSize=` (hr). */
export type EmployeePage = UsersApi['schemas']['EmployeePage'];

/** `PUT /api/users/{id}` (hr). */
export type UpdateEmployeeRequest = UsersApi['schemas']['UpdateEmployeeRequest'];

// ---------------------------------------------------------------- HR: the People API (users service)

export type EmployeeStatus = UsersApi['schemas']['EmployeeStatus'];

/** An employee as HR reads them (`EmployeeDto`, with `status` and `deactivatedAt`). */
export type HrEmployee = UsersApi['schemas']['EmployeeDto'];

/** `POST /api/users` body. */
export type CreateEmployeeRequest = UsersApi['schemas']['CreateEmployeeRequest'];

/** `POST /api/users` → 201: the employee and their one-time set-password link. */
export type CreateEmployeeResult = UsersApi['schemas']['CreatedEmployee'];

/** `POST /api/users/{id}/set-password-link` → 200. */
export type SetPasswordLink = UsersApi['schemas']['SetPasswordLinkDto'];

export type EmployeeChangeAction = UsersApi['schemas']['EmployeeChangeAction'];

/** `GET /api/users/{id}/changes` item. */
export type EmployeeChange = UsersApi['schemas']['EmployeeChangeDto'];

/** `GET /api/users/{id}/account` (hr): the account's role and second factor, as auth holds them. */
export type EmployeeAccount = UsersApi['schemas']['EmployeeAccountDto'];

/** `PUT /api/users/{id}/role` (admin) → 200. */
export type RoleChange = UsersApi['schemas']['RoleChangeDto'];

// ---------------------------------------------------------------- HR: imports and audit

/** `POST /api/payroll/imports[?dryRun=true]` → 200. */
export type ImportResult = PayrollApi['schemas']['ImportResult'];

/** One row's problem in a refused import (400/403 problem details' `errors`), or a warning of an accepted one (`warnings`). */
export type ImportRowError = PayrollApi['schemas']['ImportRowError'];

/** `POST /api/payroll/imports/{importId}/publish` → 200. */
export type ImportPublicationResult = PayrollApi['schemas']['ImportPublicationResult'];

/** `GET /api/payroll/employees/{userId}/payslips/{y}/{m}/versions` (hr): every version, newest first. */
export type PayslipVersions = PayrollApi['schemas']['PayslipVersionsDto'];
export type PayslipVersion = PayrollApi['schemas']['PayslipVersionDto'];
export type PayslipChange = PayrollApi['schemas']['PayslipChangeDto'];

/** `GET /api/payroll/imports?limit=&before=`. */
export type ImportHistoryPage = PayrollApi['schemas']['ImportHistoryPage'];
export type ImportHistoryItem = PayrollApi['schemas']['ImportHistoryItem'];

/** `GET /api/payroll/audit?…`. */
export type AuditPage = PayrollApi['schemas']['AuditPage'];
export type AuditItem = PayrollApi['schemas']['AuditItem'];

// ---------------------------------------------------------------- HR: chat analytics

export type AnalyticsSummary = ChatApi['schemas']['AnalyticsSummary'];
export type AnalyticsCount = ChatApi['schemas']['AnalyticsCount'];
export type AnalyticsDaily = ChatApi['schemas']['AnalyticsDaily'];
export type AnalyticsDay = ChatApi['schemas']['AnalyticsDay'];
export type QuestionsPage = ChatApi['schemas']['QuestionsPage'];
export type QuestionToImprove = ChatApi['schemas']['QuestionToImprove'];
