import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import ButtonGroup from '@mui/material/ButtonGroup';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { lazy, Suspense, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { LoadingState } from '@/components/LoadingState';
import { QueryError } from '@/components/QueryError';
import { visuallyHidden } from '@/lib/a11y';
import { addDaysIso, formatDate, todayUtcIso } from '@/lib/format';
import { useLanguage } from '@/lib/i18n';
import { useGetAnalyticsDailyQuery, useGetAnalyticsSummaryQuery, type AnalyticsRange } from '../api/analyticsApi';
import { CountsTable } from './CountsTable';
import { KpiCards } from './KpiCards';
import { measureLabel, operationLabel } from './labels';
import { QuestionsTable } from './QuestionsTable';

const DailyMessagesChart = lazy(() => import('./DailyMessagesChart'));

const PRESETS = [7, 30, 90] as const;
const MAX_DAYS = 366;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}

function presetRange(days: number): AnalyticsRange {
  const to = todayUtcIso();
  return { from: addDaysIso(to, -(days - 1)), to };
}

/** The range in the address (`?from=&to=`, UTC days), the last 30 days by default. */
function rangeOf(params: URLSearchParams): AnalyticsRange {
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  if (ISO_DAY.test(from) && ISO_DAY.test(to) && from <= to && daysBetween(from, to) <= MAX_DAYS) return { from, to };
  return presetRange(30);
}

/** `/hr/analytics`: how the assistant is used and how well it answers, aggregates only. */
export function AnalyticsPage() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const [params, setParams] = useSearchParams();
  const range = rangeOf(params);
  const [draft, setDraft] = useState(range);
  const [rangeError, setRangeError] = useState<string | undefined>();
  const chartDescriptionId = useId();
  const summary = useGetAnalyticsSummaryQuery(range);
  const daily = useGetAnalyticsDailyQuery(range);

  const apply = (next: AnalyticsRange) => {
    setDraft(next);
    if (!ISO_DAY.test(next.from) || !ISO_DAY.test(next.to)) return setRangeError(t('hr.analytics.rangeIncomplete'));
    if (next.from > next.to) return setRangeError(t('hr.analytics.rangeBackwards'));
    if (daysBetween(next.from, next.to) > MAX_DAYS) return setRangeError(t('hr.analytics.rangeTooLong', { days: MAX_DAYS }));
    setRangeError(undefined);
    setParams(next as unknown as Record<string, string>, { replace: true });
  };
  const activePreset = PRESETS.find((days) => {
    const preset = presetRange(days);
    return preset.from === range.from && preset.to === range.to;
  });

  return (
    <Box sx={{ display: 'grid', gap: 3 }}>
      <Typography variant="h1">{t('hr.analytics.title')}</Typography>

      <Paper variant="outlined" component="section" aria-labelledby="analytics-range" sx={{ p: { xs: 2, sm: 3 }, display: 'grid', gap: 2 }}>
        <Typography variant="h2" id="analytics-range" sx={visuallyHidden}>
          {t('hr.analytics.range')}
        </Typography>
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'flex-start' }}>
          <ButtonGroup aria-label={t('hr.analytics.presets')}>
            {PRESETS.map((days) => (
              <Button
                key={days}
                variant={activePreset === days ? 'contained' : 'outlined'}
                aria-pressed={activePreset === days}
                onClick={() => apply(presetRange(days))}
              >
                {t('hr.analytics.lastDays', { days })}
              </Button>
            ))}
          </ButtonGroup>
          <TextField
            size="small"
            type="date"
            label={t('hr.analytics.from')}
            value={draft.from}
            onChange={(event) => apply({ ...draft, from: event.target.value })}
            slotProps={{ inputLabel: { shrink: true } }}
          />
          <TextField
            size="small"
            type="date"
            label={t('hr.analytics.to')}
            value={draft.to}
            onChange={(event) => apply({ ...draft, to: event.target.value })}
            error={!!rangeError}
            helperText={rangeError}
            slotProps={{ inputLabel: { shrink: true } }}
          />
        </Box>
        <Typography variant="body2" color="text.secondary" role="status" aria-live="polite">
          {t('hr.analytics.rangeShown', { from: formatDate(range.from, lang), to: formatDate(range.to, lang) })}
        </Typography>
      </Paper>

      <Box component="section" aria-labelledby="analytics-kpis">
        <Typography variant="h2" id="analytics-kpis" gutterBottom>
          {t('hr.analytics.overview')}
        </Typography>
        {summary.isFetching && !summary.data && <LoadingState label={t('app.loading')} />}
        {summary.error && <QueryError error={summary.error} onRetry={() => void summary.refetch()} />}
        {summary.data && <KpiCards summary={summary.data} />}
      </Box>

      <Paper variant="outlined" component="section" aria-labelledby={`${chartDescriptionId}-title`} sx={{ p: { xs: 2, sm: 3 } }}>
        <Typography variant="h2" id={`${chartDescriptionId}-title`}>
          {t('hr.analytics.perDay')}
        </Typography>
        <Typography id={chartDescriptionId} variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {t('hr.analytics.perDayDescription')}
        </Typography>
        {daily.isFetching && !daily.data && <LoadingState label={t('app.loading')} />}
        {daily.error && <QueryError error={daily.error} onRetry={() => void daily.refetch()} />}
        {daily.data && (
          <>
            <Suspense fallback={<LoadingState label={t('hr.analytics.loadingChart')} />}>
              <DailyMessagesChart days={daily.data.days} descriptionId={chartDescriptionId} />
            </Suspense>
            <Table size="small" sx={visuallyHidden}>
              <caption>{t('hr.analytics.perDayCaption')}</caption>
              <TableHead>
                <TableRow>
                  <TableCell scope="col">{t('hr.analytics.day')}</TableCell>
                  <TableCell scope="col">{t('hr.analytics.messages')}</TableCell>
                  <TableCell scope="col">{t('hr.analytics.unanswered')}</TableCell>
                  <TableCell scope="col">{t('hr.analytics.thumbsUp')}</TableCell>
                  <TableCell scope="col">{t('hr.analytics.thumbsDown')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {daily.data.days.map((day) => (
                  <TableRow key={day.date}>
                    <TableCell component="th" scope="row">
                      {formatDate(day.date, lang)}
                    </TableCell>
                    <TableCell>{day.messages}</TableCell>
                    <TableCell>{day.unanswered}</TableCell>
                    <TableCell>{day.thumbsUp}</TableCell>
                    <TableCell>{day.thumbsDown}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </>
        )}
      </Paper>

      <Paper variant="outlined" component="section" aria-labelledby="analytics-asked" sx={{ p: { xs: 2, sm: 3 } }}>
        <Typography variant="h2" id="analytics-asked" gutterBottom>
          {t('hr.analytics.asked')}
        </Typography>
        {summary.data && (
          <Box sx={{ display: 'grid', gap: 3, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' } }}>
            <CountsTable title={t('hr.analytics.byMeasure')} items={summary.data.measures} label={(key) => measureLabel(t, key)} />
            <CountsTable title={t('hr.analytics.byOperation')} items={summary.data.operations} label={(key) => operationLabel(t, key)} />
          </Box>
        )}
      </Paper>

      <Paper variant="outlined" component="section" aria-labelledby="analytics-questions" sx={{ p: { xs: 2, sm: 3 } }}>
        <Typography variant="h2" id="analytics-questions" gutterBottom>
          {t('hr.analytics.questions')}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {t('hr.analytics.questionsIntro')}
        </Typography>
        <QuestionsTable key={`${range.from}-${range.to}`} range={range} />
      </Paper>
    </Box>
  );
}
