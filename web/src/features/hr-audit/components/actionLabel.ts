import type { TFunction } from 'i18next';

const KEYS = {
  'payslip.read': 'hr.audit.actions.payslipRead',
  'payslip.list': 'hr.audit.actions.payslipList',
  'payslip.latest': 'hr.audit.actions.payslipLatest',
  'audit.export': 'hr.audit.actions.auditExport',
} as const;

/** An audit action in words ("Lectura de una nómina"), or the action itself when unknown. */
export function actionLabel(t: TFunction, action: string): string {
  return action in KEYS ? t(KEYS[action as keyof typeof KEYS]) : action;
}
