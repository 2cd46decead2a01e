/**
 * Wire types of the gateway's APIs, in one place (to be generated from the services' OpenAPI
 * documents later). Field names are the JSON ones (camelCase). Where the server's shape is
 * still moving, the `Raw…` types say what we accept and the api slice normalizes it to the
 * app's type.
 */

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
  errors?: Record<string, string[]>;
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

/** `GET /api/chat/conversations` item as served (either naming of the id is accepted). */
export interface RawConversationSummary {
  id?: string;
  conversationId?: string;
  title?: string | null;
  createdAt?: string;
  updatedAt?: string;
  messageCount?: number;
}

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

/** A history item as served: the answer text is `text` (chat service) or `answer`. */
export interface RawHistoryItem {
  messageId: string;
  message: string;
  text?: string;
  answer?: string | { text?: string } | null;
  intent?: string | null;
  confidence?: number | null;
  language?: string;
  fallback?: string | null;
  createdAt: string;
  feedback?: string | null;
  clientMessageId?: string | null;
}

/** `GET /api/chat/conversations/{id}/messages`: an array, or `{conversationId, createdAt, messages}`. */
export type RawConversationHistory = RawHistoryItem[] | { conversationId?: string; createdAt?: string; messages: RawHistoryItem[] };

export interface FeedbackRequest {
  rating: FeedbackRating;
  comment?: string;
}

// ---------------------------------------------------------------- payroll

export interface PayslipLine {
  type: string;
  label: string;
  amount: number;
}

export interface Payslip {
  userId: string;
  year: number;
  month: number;
  grossSalary: number;
  earnings: PayslipLine[];
  deductions: PayslipLine[];
  totalDeductions: number;
  netSalary: number;
  /** ISO date, `YYYY-MM-DD`. */
  paymentDate: string;
  currency: string;
}

/** `GET /api/payroll/payslips?year=` : `{userId, year, payslips}` (oldest first) or a bare array. */
export type RawPayslipYear = Payslip[] | { userId?: string; year?: number; payslips: Payslip[] };

// ---------------------------------------------------------------- users

/** `GET /api/users/me`. Only `id` is certain; render the fields that exist. */
export interface UserProfile {
  id: string;
  email?: string;
  employeeNumber?: string;
  fullName?: string;
  firstName?: string;
  lastName?: string;
  department?: string;
  position?: string;
  hireDate?: string;
  preferredLanguage?: string;
}
