import { describe, expect, it } from 'vitest';
import {
  addMonths,
  capitalize,
  formatDate,
  formatDateTime,
  formatMoney,
  formatMoneyDifference,
  formatMonthYear,
  paymentStatus,
} from './format';

// Intl separates the amount and the symbol with a no-break space; compare with plain spaces.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('money', () => {
  it('formats euros the Spanish way in Spanish', () => {
    expect(plain(formatMoney(2345.67, 'EUR', 'es'))).toBe('2.345,67 €'); // grouped, as the assistant writes it
    expect(plain(formatMoney(12345.6, 'EUR', 'es'))).toBe('12.345,60 €');
    expect(plain(formatMoney(0, 'EUR', 'es'))).toBe('0,00 €');
  });

  it('formats euros the British way in English', () => {
    expect(formatMoney(2345.67, 'EUR', 'en')).toBe('€2,345.67');
    expect(formatMoney(12345.6, 'EUR', 'en')).toBe('€12,345.60');
  });

  it('shows the sign of a difference, none for zero', () => {
    expect(plain(formatMoneyDifference(12.5, 'EUR', 'es'))).toBe('+12,50 €');
    expect(plain(formatMoneyDifference(-3, 'EUR', 'es'))).toMatch(/^[-−]3,00 €$/);
    expect(formatMoneyDifference(0, 'EUR', 'en')).toBe('€0.00');
    expect(formatMoneyDifference(-1234.5, 'EUR', 'en')).toMatch(/^[-−]€1,234\.50$/);
  });
});

describe('dates', () => {
  it('formats a payment date without shifting it across time zones', () => {
    expect(formatDate('2025-03-31', 'es')).toBe('31 de marzo de 2025');
    expect(formatDate('2025-03-31', 'en')).toBe('31 March 2025');
    expect(formatDate('2025-01-01', 'en')).toBe('1 January 2025');
  });

  it('leaves a value that is not a date as it is', () => {
    expect(formatDate('soon', 'es')).toBe('soon');
    expect(formatDateTime('never', 'en')).toBe('never');
  });

  it('names a month and its year in each language', () => {
    expect(formatMonthYear(2025, 3, 'es')).toBe('marzo de 2025');
    expect(formatMonthYear(2025, 3, 'en')).toBe('March 2025');
    expect(capitalize(formatMonthYear(2024, 12, 'es'))).toBe('Diciembre de 2024');
  });

  it('formats an instant with date and time', () => {
    const text = formatDateTime('2025-03-03T10:15:00', 'en');
    expect(text).toContain('2025');
    expect(text).toContain('10:15');
  });

  it('calls a payslip scheduled only while its payment date is in the future', () => {
    const today = new Date(2025, 2, 31, 12, 0); // 31 March 2025, local
    expect(paymentStatus('2025-04-30', today)).toBe('scheduled');
    expect(paymentStatus('2025-03-31', today)).toBe('paid');
    expect(paymentStatus('2025-02-28', today)).toBe('paid');
  });

  it('steps months across year boundaries', () => {
    expect(addMonths(2025, 1, -1)).toEqual({ year: 2024, month: 12 });
    expect(addMonths(2024, 12, 1)).toEqual({ year: 2025, month: 1 });
    expect(addMonths(2025, 6, -18)).toEqual({ year: 2023, month: 12 });
  });
});
