import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { AnalyticsSummary } from '@/api/types';
import { formatCount, formatPercent } from '@/lib/format';
import { useLanguage } from '@/lib/i18n';

function Kpi({ label, value, detail }: { label: string; value: string; detail?: string }) {
  return (
    <Paper variant="outlined" component="li" sx={{ p: 2, listStyle: 'none', display: 'grid', gap: 0.5 }}>
      <Typography variant="body2" color="text.secondary" component="h3">
        {label}
      </Typography>
      <Typography sx={{ fontSize: '1.75rem', fontWeight: 600, fontVariantNumeric: 'tabular-nums', lineHeight: 1.2 }}>{value}</Typography>
      {detail && (
        <Typography variant="body2" color="text.secondary">
          {detail}
        </Typography>
      )}
    </Paper>
  );
}

/** The range's headline figures, each a card with its label as a heading. */
export function KpiCards({ summary }: { summary: AnalyticsSummary }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const ms = (value: number | null) => (value === null ? '—' : t('hr.analytics.ms', { value: formatCount(value, lang) }));
  return (
    <Box
      component="ul"
      aria-label={t('hr.analytics.kpis')}
      sx={{ m: 0, p: 0, display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr 1fr', md: 'repeat(3, 1fr)', lg: 'repeat(6, 1fr)' } }}
    >
      <Kpi label={t('hr.analytics.messages')} value={formatCount(summary.messages, lang)} />
      <Kpi
        label={t('hr.analytics.unansweredShare')}
        value={formatPercent(summary.unanswered.share, lang)}
        detail={t('hr.analytics.ofMessages', { count: summary.unanswered.count, formatted: formatCount(summary.unanswered.count, lang) })}
      />
      <Kpi
        label={t('hr.analytics.fallbackShare')}
        value={formatPercent(summary.fallbacks.share, lang)}
        detail={t('hr.analytics.ofMessages', { count: summary.fallbacks.count, formatted: formatCount(summary.fallbacks.count, lang) })}
      />
      <Kpi
        label={t('hr.analytics.outOfScopeShare')}
        value={formatPercent(summary.outOfScope.share, lang)}
        detail={t('hr.analytics.ofMessages', { count: summary.outOfScope.count, formatted: formatCount(summary.outOfScope.count, lang) })}
      />
      <Kpi
        label={t('hr.analytics.answerTime')}
        value={ms(summary.answerTime.p50Ms)}
        detail={t('hr.analytics.p95', { value: ms(summary.answerTime.p95Ms) })}
      />
      <Kpi
        label={t('hr.analytics.feedback')}
        value={t('hr.analytics.thumbs', { up: formatCount(summary.feedback.up, lang), down: formatCount(summary.feedback.down, lang) })}
        detail={t('hr.analytics.upRate', { value: formatPercent(summary.feedback.upRate, lang) })}
      />
    </Box>
  );
}
