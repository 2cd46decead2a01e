import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { lazy, Suspense, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { LabelledSelect } from '@/components/LabelledSelect';
import { LoadingState } from '@/components/LoadingState';
import { QueryError } from '@/components/QueryError';
import { useGetPayslipYearQuery } from '../api/payslipsApi';
import { PayslipYearTable } from './PayslipYearTable';

const PayslipYearChart = lazy(() => import('./PayslipYearChart'));

const YEARS_BACK = 10;

/** The year's payslips (`/payslips?year=YYYY`, the current year by default): table and chart. */
export function PayslipYearView() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const currentYear = new Date().getFullYear();
  const asked = Number(params.get('year'));
  const year = Number.isInteger(asked) && asked >= 2000 && asked <= currentYear + 1 ? asked : currentYear;
  const { data, error, isFetching, refetch } = useGetPayslipYearQuery(year);
  const chartDescriptionId = useId();
  const years = Array.from({ length: YEARS_BACK }, (_, i) => currentYear - i);
  if (!years.includes(year)) years.unshift(year);

  return (
    <Box sx={{ maxWidth: 1100, mx: 'auto', p: { xs: 2, sm: 3 } }}>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: 2, mb: 2 }}>
        <Typography variant="h1">{t('payslips.yearTitle', { year })}</Typography>
        <LabelledSelect
          label={t('payslips.year')}
          value={year}
          options={years.map((y) => ({ value: y, label: String(y) }))}
          onChange={(value) => setParams({ year: String(value) })}
        />
      </Box>
      {isFetching && !data && <LoadingState label={t('app.loading')} />}
      {error && <QueryError error={error} onRetry={() => void refetch()} />}
      {data && data.length === 0 && <Typography>{t('payslips.none', { year })}</Typography>}
      {data && data.length > 0 && (
        <>
          <Paper variant="outlined" sx={{ mb: 3 }}>
            <PayslipYearTable year={year} payslips={data} />
          </Paper>
          <Paper variant="outlined" component="section" aria-labelledby={`${chartDescriptionId}-title`} sx={{ p: 2 }}>
            <Typography variant="h2" id={`${chartDescriptionId}-title`}>
              {t('payslips.chartTitle')}
            </Typography>
            <Typography id={chartDescriptionId} variant="body2" color="text.secondary" sx={{ mb: 1 }}>
              {t('payslips.chartDescription', { year })}
            </Typography>
            <Suspense fallback={<LoadingState label={t('payslips.loadingChart')} />}>
              <PayslipYearChart payslips={data} descriptionId={chartDescriptionId} />
            </Suspense>
          </Paper>
        </>
      )}
    </Box>
  );
}
