import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableFooter from '@mui/material/TableFooter';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { Payslip } from '@/api/types';
import { visuallyHidden } from '@/lib/a11y';
import { capitalize, formatDate, formatMoney, formatMonthName } from '@/lib/format';
import { useLanguage } from '@/lib/i18n';
import { PaymentStatusChip } from './PaymentStatusChip';

const cents = (n: number) => Math.round(n * 100);

/** A year's payslips, one row per month, each linking to the month's page; totals at the foot. */
export function PayslipYearTable({ year, payslips }: { year: number; payslips: Payslip[] }) {
  const { t } = useTranslation();
  const captionId = useId();
  const lang = useLanguage();
  const currency = payslips[0]?.currency ?? 'EUR';
  const sum = (pick: (p: Payslip) => number) => payslips.reduce((acc, p) => acc + cents(pick(p)), 0) / 100;
  const num = { textAlign: 'right', whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' } as const;
  return (
    // scrolls sideways on narrow screens: focusable so the keyboard can scroll it too
    <TableContainer role="region" aria-labelledby={captionId} tabIndex={0} sx={{ overflowX: 'auto' }}>
      <Table size="small">
        <Box component="caption" id={captionId} sx={visuallyHidden}>
          {t('payslips.tableCaption', { year })}
        </Box>
        <TableHead>
          <TableRow>
            <TableCell scope="col">{t('payslips.month')}</TableCell>
            <TableCell scope="col" sx={num}>
              {t('payslips.gross')}
            </TableCell>
            <TableCell scope="col" sx={num}>
              {t('payslips.deductions')}
            </TableCell>
            <TableCell scope="col" sx={num}>
              {t('payslips.net')}
            </TableCell>
            <TableCell scope="col">{t('payslips.paymentDate')}</TableCell>
            <TableCell scope="col">{t('payslips.status')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {payslips.map((p) => (
            <TableRow key={`${p.year}-${p.month}`} hover>
              <TableCell component="th" scope="row">
                <Link component={RouterLink} to={`/payslips/${p.year}/${p.month}`}>
                  {capitalize(formatMonthName(p.month, lang))}
                </Link>
              </TableCell>
              <TableCell sx={num}>{formatMoney(p.grossSalary, p.currency, lang)}</TableCell>
              <TableCell sx={num}>{formatMoney(p.totalDeductions, p.currency, lang)}</TableCell>
              <TableCell sx={{ ...num, fontWeight: 600 }}>{formatMoney(p.netSalary, p.currency, lang)}</TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDate(p.paymentDate, lang)}</TableCell>
              <TableCell>
                <PaymentStatusChip paymentDate={p.paymentDate} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
        <TableFooter sx={{ '& td, & th': { color: 'text.primary', fontSize: '0.875rem', fontWeight: 600 } }}>
          <TableRow>
            <TableCell component="th" scope="row">
              {t('payslips.total')}
            </TableCell>
            <TableCell sx={num}>{formatMoney(sum((p) => p.grossSalary), currency, lang)}</TableCell>
            <TableCell sx={num}>{formatMoney(sum((p) => p.totalDeductions), currency, lang)}</TableCell>
            <TableCell sx={{ ...num, fontWeight: 600 }}>{formatMoney(sum((p) => p.netSalary), currency, lang)}</TableCell>
            <TableCell colSpan={2} />
          </TableRow>
        </TableFooter>
      </Table>
    </TableContainer>
  );
}
