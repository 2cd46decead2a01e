import type { Language } from '@/api/types';

/** The locale each UI language formats with (Spain's Spanish; British English: day-month order, €). */
export function localeOf(lang: Language): string {
  return lang === 'es' ? 'es-ES' : 'en-GB';
}

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let value = cache.get(key) as T | undefined;
  if (!value) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

// Thousands are always grouped ("2.371,12 €", as the assistant writes them), also in Spanish,
// where the locale's default leaves four-digit amounts ungrouped ("2371,12 €").
export function formatMoney(amount: number, currency: string, lang: Language): string {
  return cached(`money|${lang}|${currency}`, () =>
    new Intl.NumberFormat(localeOf(lang), { style: 'currency', currency, useGrouping: 'always' }),
  ).format(amount);
}

/** A difference with its sign: "+12,34 €", "−5,00 €" ("0,00 €" unsigned). */
export function formatMoneyDifference(amount: number, currency: string, lang: Language): string {
  return cached(`diff|${lang}|${currency}`, () =>
    new Intl.NumberFormat(localeOf(lang), { style: 'currency', currency, signDisplay: 'exceptZero', useGrouping: 'always' }),
  ).format(amount);
}

/** `YYYY-MM-DD` as a local calendar date (no time-zone shift), or undefined when it is not one. */
export function parseIsoDate(iso: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return undefined;
  return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

/** "31 de marzo de 2025" / "31 March 2025". */
export function formatDate(iso: string, lang: Language): string {
  const date = parseIsoDate(iso);
  if (!date) return iso;
  return cached(`date|${lang}`, () =>
    new Intl.DateTimeFormat(localeOf(lang), { day: 'numeric', month: 'long', year: 'numeric' }),
  ).format(date);
}

/** An instant (ISO date-time) in the user's time zone: "3 mar 2025, 10:15" / "3 Mar 2025, 10:15". */
export function formatDateTime(iso: string, lang: Language): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return cached(`datetime|${lang}`, () =>
    new Intl.DateTimeFormat(localeOf(lang), { dateStyle: 'medium', timeStyle: 'short' }),
  ).format(date);
}

/** "marzo de 2025" / "March 2025". */
export function formatMonthYear(year: number, month: number, lang: Language): string {
  return cached(`monthyear|${lang}`, () =>
    new Intl.DateTimeFormat(localeOf(lang), { month: 'long', year: 'numeric' }),
  ).format(new Date(year, month - 1, 1));
}

/** "marzo" / "March". */
export function formatMonthName(month: number, lang: Language): string {
  return cached(`month|${lang}`, () => new Intl.DateTimeFormat(localeOf(lang), { month: 'long' })).format(
    new Date(2000, month - 1, 1),
  );
}

/** "mar" / "Mar" (chart axis). */
export function formatMonthShort(month: number, lang: Language): string {
  return cached(`monthshort|${lang}`, () => new Intl.DateTimeFormat(localeOf(lang), { month: 'short' })).format(
    new Date(2000, month - 1, 1),
  );
}

/** Today's date as `YYYY-MM-DD` in local time. */
export function todayIso(now: Date = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

export type PaymentStatus = 'paid' | 'scheduled';

/** A payslip is scheduled while its payment date is after today, paid from that day on. */
export function paymentStatus(paymentDate: string, now: Date = new Date()): PaymentStatus {
  return paymentDate.slice(0, 10) > todayIso(now) ? 'scheduled' : 'paid';
}

/** The month before/after `year`/`month` (months 1–12). */
export function addMonths(year: number, month: number, delta: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + delta;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** "marzo" → "Marzo" (month names start a table cell or a title). */
export function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/** A size in bytes: "12,3 kB" / "12.3 kB". */
export function formatBytes(bytes: number, lang: Language): string {
  const units = ['B', 'kB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return `${new Intl.NumberFormat(localeOf(lang), { maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value)} ${units[unit]}`;
}

/** A share 0–1 as a percentage: "12,5 %" / "12.5%"; "—" when there is none. */
export function formatPercent(share: number | null | undefined, lang: Language): string {
  if (share === null || share === undefined) return '—';
  return cached(`percent|${lang}`, () =>
    new Intl.NumberFormat(localeOf(lang), { style: 'percent', maximumFractionDigits: 1 }),
  ).format(share);
}

/** A whole number with the locale's grouping: "12.345" / "12,345". */
export function formatCount(value: number, lang: Language): string {
  return cached(`count|${lang}`, () => new Intl.NumberFormat(localeOf(lang), { useGrouping: 'always' })).format(value);
}

/** `YYYY-MM-DD` of a UTC day, `days` after (or before) `iso`. */
export function addDaysIso(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Today's UTC day as `YYYY-MM-DD` (the analytics API counts UTC days). */
export function todayUtcIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}
