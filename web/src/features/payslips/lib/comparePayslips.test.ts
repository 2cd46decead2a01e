import { describe, expect, it } from 'vitest';
import type { Payslip } from '@/api/types';
import { comparePayslips } from './comparePayslips';

const payslip = (overrides: Partial<Payslip>): Payslip => ({
  userId: 'u-1',
  year: 2025,
  month: 3,
  grossSalary: 3000,
  earnings: [{ type: 'base', label: 'Salario base', amount: 3000 }],
  deductions: [],
  totalDeductions: 0,
  netSalary: 3000,
  paymentDate: '2025-03-31',
  currency: 'EUR',
  ...overrides,
});

describe('comparePayslips', () => {
  const february = payslip({
    month: 2,
    grossSalary: 3100,
    earnings: [
      { type: 'base', label: 'Salario base', amount: 3000 },
      { type: 'overtime', label: 'Horas extra', amount: 100 },
    ],
    deductions: [
      { type: 'irpf', label: 'IRPF', amount: 465 },
      { type: 'social_security', label: 'Seguridad Social', amount: 196.85 },
      { type: 'union', label: 'Cuota sindical', amount: 15 },
    ],
    totalDeductions: 676.85,
    netSalary: 2423.15,
  });
  const march = payslip({
    grossSalary: 3250.1,
    earnings: [
      { type: 'base', label: 'Salario base', amount: 3000 },
      { type: 'bonus', label: 'Bonus', amount: 250.1 },
    ],
    deductions: [
      { type: 'irpf', label: 'IRPF', amount: 520.02 },
      { type: 'social_security', label: 'Seguridad Social', amount: 196.85 },
      { type: 'pension', label: 'Plan de pensiones', amount: 50 },
    ],
    totalDeductions: 766.87,
    netSalary: 2483.23,
  });

  it('lists every new, removed and changed line with its exact difference', () => {
    const { lines } = comparePayslips(march, february);
    expect(lines).toEqual([
      { kind: 'earning', type: 'bonus', label: 'Bonus', change: 'added', after: 250.1, difference: 250.1 },
      { kind: 'earning', type: 'overtime', label: 'Horas extra', change: 'removed', before: 100, difference: -100 },
      { kind: 'deduction', type: 'irpf', label: 'IRPF', change: 'changed', before: 465, after: 520.02, difference: 55.02 },
      { kind: 'deduction', type: 'pension', label: 'Plan de pensiones', change: 'added', after: 50, difference: 50 },
      { kind: 'deduction', type: 'union', label: 'Cuota sindical', change: 'removed', before: 15, difference: -15 },
    ]);
  });

  it('reports the totals that moved, in cents (no floating-point noise)', () => {
    const { totals } = comparePayslips(march, february);
    expect(totals).toEqual([
      { name: 'gross', before: 3100, after: 3250.1, difference: 150.1 },
      { name: 'totalDeductions', before: 676.85, after: 766.87, difference: 90.02 },
      { name: 'net', before: 2423.15, after: 2483.23, difference: 60.08 },
    ]);
  });

  it('counts the unchanged lines and lists none of them', () => {
    const result = comparePayslips(march, february);
    expect(result.unchangedCount).toBe(2); // base salary and social security
    expect(result.lines.some((l) => l.type === 'base' || l.type === 'social_security')).toBe(false);
  });

  it('finds no difference between identical payslips', () => {
    expect(comparePayslips(march, { ...march, month: 2 })).toEqual({ lines: [], totals: [], unchangedCount: 5 });
  });

  it('matches a repeated line type occurrence by occurrence', () => {
    const a = payslip({
      earnings: [
        { type: 'other', label: 'Plus transporte', amount: 50 },
        { type: 'other', label: 'Plus idiomas', amount: 80 },
      ],
    });
    const b = payslip({ earnings: [{ type: 'other', label: 'Plus transporte', amount: 50 }] });
    const { lines } = comparePayslips(a, b);
    expect(lines).toEqual([{ kind: 'earning', type: 'other', label: 'Plus idiomas', change: 'added', after: 80, difference: 80 }]);
  });

  it('treats amounts equal to the cent as unchanged', () => {
    const a = payslip({ deductions: [{ type: 'irpf', label: 'IRPF', amount: 0.1 + 0.2 }] });
    const b = payslip({ deductions: [{ type: 'irpf', label: 'IRPF', amount: 0.3 }] });
    expect(comparePayslips(a, b).lines).toEqual([]);
  });
});
