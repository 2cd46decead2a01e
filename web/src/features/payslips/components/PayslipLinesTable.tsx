import Box from '@mui/material/Box';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableFooter from '@mui/material/TableFooter';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { PayslipLine } from '@/api/types';
import { formatMoney } from '@/lib/format';
import { useLanguage } from '@/lib/i18n';

interface Props {
  title: string;
  caption: string;
  lines: PayslipLine[];
  total: number;
  totalLabel: string;
  currency: string;
}

/** Earnings or deductions of one payslip with their total. */
export function PayslipLinesTable({ title, caption, lines, total, totalLabel, currency }: Props) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const headingId = useId();
  const num = { textAlign: 'right', whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' } as const;
  return (
    <Box component="section" aria-labelledby={headingId}>
      <Typography variant="h2" id={headingId} sx={{ mb: 1 }}>
        {title}
      </Typography>
      {lines.length === 0 ? (
        <Typography color="text.secondary">{t('payslips.noLines')}</Typography>
      ) : (
        <Table size="small">
          <caption style={{ captionSide: 'top', padding: '0 0 8px', textAlign: 'left' }}>{caption}</caption>
          <TableHead>
            <TableRow>
              <TableCell scope="col">{t('payslips.concept')}</TableCell>
              <TableCell scope="col" sx={num}>
                {t('payslips.amount')}
              </TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {lines.map((line, i) => (
              <TableRow key={`${line.type}-${i}`}>
                <TableCell component="th" scope="row">
                  {line.label}
                </TableCell>
                <TableCell sx={num}>{formatMoney(line.amount, currency, lang)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
          <TableFooter>
            <TableRow>
              <TableCell component="th" scope="row" sx={{ fontWeight: 600, color: 'text.primary' }}>
                {totalLabel}
              </TableCell>
              <TableCell sx={{ ...num, fontWeight: 600, color: 'text.primary' }}>{formatMoney(total, currency, lang)}</TableCell>
            </TableRow>
          </TableFooter>
        </Table>
      )}
    </Box>
  );
}
