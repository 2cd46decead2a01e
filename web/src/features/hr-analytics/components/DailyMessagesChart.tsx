import { useTheme } from '@mui/material/styles';
import { BarChart } from '@mui/x-charts/BarChart';
import { useTranslation } from 'react-i18next';
import type { AnalyticsDay } from '@/api/types';
import { formatCount } from '@/lib/format';
import { useLanguage } from '@/lib/i18n';

/**
 * Messages per UTC day, stacked: answered, unanswered. Loaded lazily (the charts library stays out
 * of the chat route); the table next to it holds the same figures for assistive technology.
 */
export default function DailyMessagesChart({ days, descriptionId }: { days: AnalyticsDay[]; descriptionId: string }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const dark = useTheme().palette.mode === 'dark';
  // at least 3:1 against the page in each theme (WCAG 1.4.11)
  const colors = dark ? ['#90caf9', '#ffb74d'] : ['#1565c0', '#b35c00'];
  const count = (value: number | null) => (value === null ? '' : formatCount(value, lang));
  const dataset = days.map((d) => ({
    day: d.date.slice(5).replace('-', '/'),
    answered: d.messages - d.unanswered,
    unanswered: d.unanswered,
  }));
  return (
    <BarChart
      aria-describedby={descriptionId}
      dataset={dataset}
      height={300}
      xAxis={[{ scaleType: 'band', dataKey: 'day' }]}
      yAxis={[{ width: 48, tickMinStep: 1 }]}
      series={[
        { dataKey: 'answered', label: t('hr.analytics.answered'), stack: 'messages', valueFormatter: count, color: colors[0] },
        { dataKey: 'unanswered', label: t('hr.analytics.unanswered'), stack: 'messages', valueFormatter: count, color: colors[1] },
      ]}
    />
  );
}
