import type { Payslip, PayslipLine } from '@/api/types';

export type LineKind = 'earning' | 'deduction';
export type ChangeKind = 'added' | 'removed' | 'changed';

/** One line that differs between two payslips. `difference = current − other` (0 for none). */
export interface LineChange {
  kind: LineKind;
  type: string;
  label: string;
  change: ChangeKind;
  /** Amount in the other (compared-with) payslip; undefined when the line is new. */
  before?: number;
  /** Amount in the current payslip; undefined when the line was removed. */
  after?: number;
  difference: number;
}

export type TotalName = 'gross' | 'totalDeductions' | 'net';

export interface TotalChange {
  name: TotalName;
  before: number;
  after: number;
  difference: number;
}

export interface PayslipComparison {
  lines: LineChange[];
  totals: TotalChange[];
  unchangedCount: number;
}

/** Amounts are decimals of a currency: compare and subtract in cents, never in float noise. */
const cents = (amount: number) => Math.round(amount * 100);
const difference = (after: number, before: number) => (cents(after) - cents(before)) / 100;

/**
 * Lines are matched by kind and type; a type that occurs more than once in a payslip is matched
 * occurrence by occurrence (first with first). The label shown is the current one (or the
 * removed line's).
 */
function keyed(lines: PayslipLine[], kind: LineKind): Map<string, PayslipLine> {
  const seen = new Map<string, number>();
  const map = new Map<string, PayslipLine>();
  for (const line of lines) {
    const n = seen.get(line.type) ?? 0;
    seen.set(line.type, n + 1);
    map.set(`${kind}:${line.type}#${n}`, line);
  }
  return map;
}

function compareLines(current: PayslipLine[], other: PayslipLine[], kind: LineKind): { changes: LineChange[]; unchanged: number } {
  const now = keyed(current, kind);
  const before = keyed(other, kind);
  const changes: LineChange[] = [];
  let unchanged = 0;
  for (const [key, line] of now) {
    const old = before.get(key);
    if (!old) {
      changes.push({ kind, type: line.type, label: line.label, change: 'added', after: line.amount, difference: difference(line.amount, 0) });
    } else if (cents(old.amount) !== cents(line.amount)) {
      changes.push({
        kind,
        type: line.type,
        label: line.label,
        change: 'changed',
        before: old.amount,
        after: line.amount,
        difference: difference(line.amount, old.amount),
      });
    } else {
      unchanged++;
    }
  }
  for (const [key, old] of before) {
    if (!now.has(key)) {
      changes.push({ kind, type: old.type, label: old.label, change: 'removed', before: old.amount, difference: difference(0, old.amount) });
    }
  }
  return { changes, unchanged };
}

/** Every line and total that changed from `other` to `current`. */
export function comparePayslips(current: Payslip, other: Payslip): PayslipComparison {
  const earnings = compareLines(current.earnings ?? [], other.earnings ?? [], 'earning');
  const deductions = compareLines(current.deductions ?? [], other.deductions ?? [], 'deduction');
  const totals: TotalChange[] = (
    [
      ['gross', current.grossSalary, other.grossSalary],
      ['totalDeductions', current.totalDeductions, other.totalDeductions],
      ['net', current.netSalary, other.netSalary],
    ] as const
  )
    .filter(([, after, before]) => cents(after) !== cents(before))
    .map(([name, after, before]) => ({ name, before, after, difference: difference(after, before) }));
  return {
    lines: [...earnings.changes, ...deductions.changes],
    totals,
    unchangedCount: earnings.unchanged + deductions.unchanged,
  };
}
