import type { TFunction } from 'i18next';

/** What an analytics key means in words: `net_pay` → "Neto", `deduction:irpf` → "Deducción: IRPF"; unknown keys as they are. */
export function measureLabel(t: TFunction, key: string): string {
  const names = t('hr.analytics.measureNames', { returnObjects: true }) as Record<string, string>;
  if (names[key]) return names[key];
  const deduction = /^deduction:(.+)$/.exec(key);
  if (deduction) {
    const deductions = t('hr.analytics.deductionNames', { returnObjects: true }) as Record<string, string>;
    return t('hr.analytics.deductionOf', { name: deductions[deduction[1]] ?? deduction[1] });
  }
  return key;
}

export function operationLabel(t: TFunction, key: string): string {
  const names = t('hr.analytics.operationNames', { returnObjects: true }) as Record<string, string>;
  return names[key] ?? key;
}

export function reasonLabel(t: TFunction, key: string | null): string {
  if (!key) return '';
  const names = t('hr.analytics.reasonNames', { returnObjects: true }) as Record<string, string>;
  return names[key] ?? key;
}
