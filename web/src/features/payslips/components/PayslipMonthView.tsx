import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router';
import type { Payslip } from '@/api/types';
import { LoadingState } from '@/components/LoadingState';
import { QueryError } from '@/components/QueryError';
import { addMonths, capitalize, formatDate, formatMoney, formatMonthYear } from '@/lib/format';
import { useLanguage } from '@/lib/i18n';
import { useGetPayslipQuery } from '../api/payslipsApi';
import { PaymentStatusChip } from './PaymentStatusChip';
import { PayslipCompare } from './PayslipCompare';
import { PayslipLinesTable } from './PayslipLinesTable';
import { PayslipPdfButton } from './PayslipPdfButton';

function parsePeriod(value: string | null): { year: number; month: number } | null {
  const m = value ? /^(\d{4})-(\d{1,2})$/.exec(value) : null;
  if (!m) return null;
  const month = Number(m[2]);
  return month >= 1 && month <= 12 ? { year: Number(m[1]), month } : null;
}

function Summary({ payslip }: { payslip: Payslip }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const money = (n: number) => formatMoney(n, payslip.currency, lang);
  const rows: [string, string, boolean?][] = [
    [t('payslips.gross'), money(payslip.grossSalary)],
    [t('payslips.totalDeductions'), money(payslip.totalDeductions)],
    [t('payslips.net'), money(payslip.netSalary), true],
    [t('payslips.paymentDate'), formatDate(payslip.paymentDate, lang)],
  ];
  return (
    <Box
      component="dl"
      sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr 1fr', sm: 'repeat(4, 1fr)' }, gap: 2, m: 0 }}
    >
      {rows.map(([label, value, strong]) => (
        <Box key={label}>
          <Typography component="dt" variant="body2" color="text.secondary">
            {label}
          </Typography>
          <Typography component="dd" sx={{ m: 0, fontSize: strong ? '1.4rem' : '1.1rem', fontWeight: strong ? 700 : 500 }}>
            {value}
          </Typography>
        </Box>
      ))}
    </Box>
  );
}

/** One month's payslip: summary, earnings, deductions, prev/next, compare with another month. */
export function PayslipMonthView({ year, month }: { year: number; month: number }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const [params, setParams] = useSearchParams();
  const { data, error, isFetching, refetch } = useGetPayslipQuery({ year, month });
  const period = formatMonthYear(year, month, lang);
  const prev = addMonths(year, month, -1);
  const next = addMonths(year, month, 1);
  const compareWith = parsePeriod(params.get('compare')) ?? prev;

  return (
    <Box sx={{ maxWidth: 1000, mx: 'auto', p: { xs: 2, sm: 3 } }}>
      <Link component={RouterLink} to={`/payslips?year=${year}`} variant="body2">
        {t('payslips.backToYear', { year })}
      </Link>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 2, mt: 1, mb: 2 }}>
        <Typography variant="h1">{t('payslips.monthTitle', { period: lang === 'en' ? capitalize(period) : period })}</Typography>
        {data && <PaymentStatusChip paymentDate={data.paymentDate} />}
        {data && !error && (
          <Box sx={{ ml: { sm: 'auto' } }}>
            <PayslipPdfButton year={year} month={month} />
          </Box>
        )}
      </Box>
      <Box component="nav" aria-label={t('payslips.title')} sx={{ display: 'flex', justifyContent: 'space-between', gap: 1, mb: 2 }}>
        <Button component={RouterLink} to={`/payslips/${prev.year}/${prev.month}`} startIcon={<ChevronLeftIcon />}>
          {t('payslips.previousMonth')}
        </Button>
        <Button component={RouterLink} to={`/payslips/${next.year}/${next.month}`} endIcon={<ChevronRightIcon />}>
          {t('payslips.nextMonth')}
        </Button>
      </Box>
      {isFetching && !data && <LoadingState label={t('app.loading')} />}
      {error && <QueryError error={error} onRetry={() => void refetch()} notFound={t('payslips.notFound', { period })} />}
      {data && !error && (
        <>
          <Paper variant="outlined" sx={{ p: 2, mb: 3 }}>
            <Summary payslip={data} />
          </Paper>
          <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, gap: 3, mb: 3 }}>
            <Paper variant="outlined" sx={{ p: 2 }}>
              <PayslipLinesTable
                title={t('payslips.earnings')}
                caption={t('payslips.earningsCaption', { period })}
                lines={data.earnings ?? []}
                total={data.grossSalary}
                totalLabel={t('payslips.gross')}
                currency={data.currency}
              />
            </Paper>
            <Paper variant="outlined" sx={{ p: 2 }}>
              <PayslipLinesTable
                title={t('payslips.deductions')}
                caption={t('payslips.deductionsCaption', { period })}
                lines={data.deductions ?? []}
                total={data.totalDeductions}
                totalLabel={t('payslips.totalDeductions')}
                currency={data.currency}
              />
            </Paper>
          </Box>
          <Divider sx={{ mb: 3 }} />
          <PayslipCompare
            current={data}
            other={compareWith}
            onOtherChange={(p) => setParams({ compare: `${p.year}-${p.month}` }, { replace: true })}
          />
        </>
      )}
    </Box>
  );
}
