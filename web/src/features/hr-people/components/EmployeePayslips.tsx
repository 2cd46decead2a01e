import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LabelledSelect } from '@/components/LabelledSelect';
import { LoadingState } from '@/components/LoadingState';
import { QueryError } from '@/components/QueryError';
import { visuallyHidden } from '@/lib/a11y';
import { capitalize, formatDate, formatMoney, formatMonthName, formatMonthYear } from '@/lib/format';
import { useLanguage } from '@/lib/i18n';
import { employeePayslipPdfUrl, useGetEmployeePayslipsQuery } from '../api/employeePayslipsApi';

const YEARS_BACK = 6;

/** An employee's payslips of a year (HR route, audited), each with its PDF. */
export function EmployeePayslips({ userId, name }: { userId: string; name: string }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const captionId = useId();
  const currentYear = new Date().getFullYear();
  const [year, setYear] = useState(currentYear);
  const { data, error, isFetching, refetch } = useGetEmployeePayslipsQuery({ userId, year });
  const num = { textAlign: 'right', whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' } as const;

  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <Box>
        <LabelledSelect
          label={t('payslips.year')}
          value={year}
          options={Array.from({ length: YEARS_BACK }, (_, i) => ({ value: currentYear - i, label: String(currentYear - i) }))}
          onChange={setYear}
        />
      </Box>
      {isFetching && !data && <LoadingState label={t('app.loading')} />}
      {error && <QueryError error={error} onRetry={() => void refetch()} />}
      {data && data.length === 0 && <Typography>{t('payslips.none', { year })}</Typography>}
      {data && data.length > 0 && (
        <TableContainer role="region" aria-labelledby={captionId} tabIndex={0} sx={{ overflowX: 'auto' }}>
          <Table size="small">
            <Box component="caption" id={captionId} sx={visuallyHidden}>
              {t('hr.employee.payslipsCaption', { name, year })}
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
                <TableCell scope="col">
                  <Box component="span" sx={visuallyHidden}>
                    {t('hr.employee.pdf')}
                  </Box>
                </TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {data.map((p) => {
                const period = formatMonthYear(p.year, p.month, lang);
                return (
                  <TableRow key={p.month}>
                    <TableCell component="th" scope="row">
                      {capitalize(formatMonthName(p.month, lang))}
                    </TableCell>
                    <TableCell sx={num}>{formatMoney(p.grossSalary, p.currency, lang)}</TableCell>
                    <TableCell sx={num}>{formatMoney(p.totalDeductions, p.currency, lang)}</TableCell>
                    <TableCell sx={{ ...num, fontWeight: 600 }}>{formatMoney(p.netSalary, p.currency, lang)}</TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDate(p.paymentDate, lang)}</TableCell>
                    <TableCell>
                      <Link
                        href={employeePayslipPdfUrl(userId, p.year, p.month, lang)}
                        download
                        aria-label={t('hr.employee.pdfOf', { period })}
                      >
                        PDF
                      </Link>
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </TableContainer>
      )}
    </Box>
  );
}
