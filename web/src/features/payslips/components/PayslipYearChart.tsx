import { useTheme } from '@mui/material/styles';
import { BarChart } from '@mui/x-charts/BarChart';
import { useTranslation } from 'react-i18next';
import type { Payslip } from '@/api/types';
import { formatMoney, formatMonthShort } from '@/lib/format';
import { useLanguage } from '@/lib/i18n';

/**
 * Gross, deductions and net per month. Loaded lazily (React.lazy): the charts library stays out
 * of the chat route's JavaScript. The table beside it carries the same figures for assistive
 * technology, so the chart is described, not read point by point.
 */
export default function PayslipYearChart({ payslips, descriptionId }: { payslips: Payslip[]; descriptionId: string }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const dark = useTheme().palette.mode === 'dark';
  // Bar colours with at least 3:1 contrast against the page in each theme (WCAG 1.4.11).
  const colors = dark ? ['#90caf9', '#ef9a9a', '#a5d6a7'] : ['#1565c0', '#c62828', '#2e7d32'];
  const currency = payslips[0]?.currency ?? 'EUR';
  const money = (value: number | null) => (value === null ? '' : formatMoney(value, currency, lang));
  const dataset = payslips.map((p) => ({
    month: formatMonthShort(p.month, lang),
    gross: p.grossSalary,
    deductions: p.totalDeductions,
    net: p.netSalary,
  }));
  return (
    <BarChart
      aria-describedby={descriptionId}
      dataset={dataset}
      height={320}
      xAxis={[{ scaleType: 'band', dataKey: 'month' }]}
      yAxis={[{ width: 72, valueFormatter: (value: number) => formatMoney(value, currency, lang).replace(/[.,]00(?=\D*$)/, '') }]}
      series={[
        { dataKey: 'gross', label: t('payslips.gross'), valueFormatter: money, color: colors[0] },
        { dataKey: 'deductions', label: t('payslips.deductions'), valueFormatter: money, color: colors[1] },
        { dataKey: 'net', label: t('payslips.net'), valueFormatter: money, color: colors[2] },
      ]}
    />
  );
}
