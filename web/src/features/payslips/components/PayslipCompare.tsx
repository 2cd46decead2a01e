import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Payslip } from '@/api/types';
import { LabelledSelect } from '@/components/LabelledSelect';
import { LoadingState } from '@/components/LoadingState';
import { QueryError } from '@/components/QueryError';
import { capitalize, formatMoney, formatMoneyDifference, formatMonthName, formatMonthYear } from '@/lib/format';
import { useLanguage } from '@/lib/i18n';
import { useGetPayslipQuery } from '../api/payslipsApi';
import { comparePayslips, type ChangeKind, type LineKind, type TotalName } from '../lib/comparePayslips';

interface Props {
  current: Payslip;
  other: { year: number; month: number };
  onOtherChange(period: { year: number; month: number }): void;
}

/** "Compare with": a month picker and every line that changed between the two payslips. */
export function PayslipCompare({ current, other, onOtherChange }: Props) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const id = useId();
  const { data, error, isFetching, refetch } = useGetPayslipQuery(other);
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: 10 }, (_, i) => thisYear - i);
  if (!years.includes(other.year)) years.push(other.year);
  const currentLabel = formatMonthYear(current.year, current.month, lang);
  const otherLabel = formatMonthYear(other.year, other.month, lang);
  const comparison = data ? comparePayslips(current, data) : undefined;
  const num = { textAlign: 'right', whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' } as const;
  const changeLabel: Record<ChangeKind, string> = {
    added: t('payslips.changeAdded'),
    removed: t('payslips.changeRemoved'),
    changed: t('payslips.changeChanged'),
  };
  const kindLabel: Record<LineKind, string> = { earning: t('payslips.kindEarning'), deduction: t('payslips.kindDeduction') };
  const totalLabel: Record<TotalName, string> = {
    gross: t('payslips.totalsGross'),
    totalDeductions: t('payslips.totalsDeductions'),
    net: t('payslips.totalsNet'),
  };
  const money = (n: number | undefined) => (n === undefined ? '—' : formatMoney(n, current.currency, lang));

  return (
    <Box component="section" aria-labelledby={`${id}-title`}>
      <Typography variant="h2" id={`${id}-title`} sx={{ mb: 2 }}>
        {t('payslips.compareTitle')}
      </Typography>
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', mb: 2 }}>
        <LabelledSelect
          label={t('payslips.compareMonth')}
          value={other.month}
          minWidth={220}
          options={Array.from({ length: 12 }, (_, i) => ({ value: i + 1, label: capitalize(formatMonthName(i + 1, lang)) }))}
          onChange={(month) => onOtherChange({ year: other.year, month })}
        />
        <LabelledSelect
          label={t('payslips.compareYear')}
          value={other.year}
          minWidth={200}
          options={years.map((y) => ({ value: y, label: String(y) }))}
          onChange={(year) => onOtherChange({ year, month: other.month })}
        />
      </Box>
      {isFetching && !data && <LoadingState label={t('app.loading')} />}
      {error && (
        <QueryError error={error} onRetry={() => void refetch()} notFound={t('payslips.compareMissing', { period: otherLabel })} />
      )}
      {comparison && comparison.lines.length === 0 && comparison.totals.length === 0 && (
        <Alert severity="info">{t('payslips.compareNone', { current: currentLabel, other: otherLabel })}</Alert>
      )}
      {comparison && (comparison.lines.length > 0 || comparison.totals.length > 0) && (
        <TableContainer role="region" aria-labelledby={`${id}-caption`} tabIndex={0} sx={{ overflowX: 'auto' }}>
          <Table size="small">
            <caption id={`${id}-caption`} style={{ captionSide: 'top', padding: '0 0 8px', textAlign: 'left' }}>
              {t('payslips.compareCaption', { current: currentLabel, other: otherLabel })}
            </caption>
            <TableHead>
              <TableRow>
                <TableCell scope="col">{t('payslips.concept')}</TableCell>
                <TableCell scope="col">{t('payslips.kind')}</TableCell>
                <TableCell scope="col">{t('payslips.change')}</TableCell>
                <TableCell scope="col" sx={num}>
                  {capitalize(otherLabel)}
                </TableCell>
                <TableCell scope="col" sx={num}>
                  {capitalize(currentLabel)}
                </TableCell>
                <TableCell scope="col" sx={num}>
                  {t('payslips.difference')}
                </TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {comparison.lines.map((line) => (
                <TableRow key={`${line.kind}-${line.type}-${line.label}-${line.change}`}>
                  <TableCell component="th" scope="row">
                    {line.label}
                  </TableCell>
                  <TableCell>{kindLabel[line.kind]}</TableCell>
                  <TableCell>{changeLabel[line.change]}</TableCell>
                  <TableCell sx={num}>{money(line.before)}</TableCell>
                  <TableCell sx={num}>{money(line.after)}</TableCell>
                  <TableCell sx={num}>{formatMoneyDifference(line.difference, current.currency, lang)}</TableCell>
                </TableRow>
              ))}
              {comparison.totals.map((total) => (
                <TableRow key={total.name}>
                  <TableCell component="th" scope="row" sx={{ fontWeight: 600 }}>
                    {totalLabel[total.name]}
                  </TableCell>
                  <TableCell>{t('payslips.kindTotal')}</TableCell>
                  <TableCell>{changeLabel.changed}</TableCell>
                  <TableCell sx={num}>{money(total.before)}</TableCell>
                  <TableCell sx={num}>{money(total.after)}</TableCell>
                  <TableCell sx={{ ...num, fontWeight: 600 }}>
                    {formatMoneyDifference(total.difference, current.currency, lang)}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {comparison.unchangedCount > 0 && (
            <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
              {t('payslips.unchangedCount', { count: comparison.unchangedCount })}
            </Typography>
          )}
        </TableContainer>
      )}
    </Box>
  );
}
