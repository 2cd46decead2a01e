import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
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
import { capitalize, formatDate, formatDateTime, formatMoney, formatMonthName, formatMonthYear } from '@/lib/format';
import { useLanguage } from '@/lib/i18n';
import { employeePayslipPdfUrl, useGetEmployeePayslipsQuery } from '../api/employeePayslipsApi';
import { PayslipVersionsDialog, type VersionsTarget } from './PayslipVersionsDialog';

const YEARS_BACK = 6;

/** An employee's payslips of a year (HR route, audited), each with its version, publication, history and PDF. */
export function EmployeePayslips({ userId, name }: { userId: string; name: string }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const captionId = useId();
  const currentYear = new Date().getFullYear();
  const [year, setYear] = useState(currentYear);
  const { data, error, isFetching, refetch } = useGetEmployeePayslipsQuery({ userId, year });
  const [versionsOf, setVersionsOf] = useState<VersionsTarget | null>(null);
  const num = { textAlign: 'right', whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' } as const;
  // the HR read says each payslip's version and publication (older services did not)
  const versioned = !!data?.some((p) => p.version != null);

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
                {versioned && (
                  <>
                    <TableCell scope="col" sx={num}>
                      {t('hr.employee.versions.column')}
                    </TableCell>
                    <TableCell scope="col">{t('hr.employee.versions.publication')}</TableCell>
                  </>
                )}
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
                    {versioned && (
                      <>
                        <TableCell sx={num}>{p.version ?? '—'}</TableCell>
                        <TableCell sx={{ whiteSpace: 'nowrap' }}>
                          <PublicationChip published={p.published} publishedAt={p.publishedAt} />
                        </TableCell>
                      </>
                    )}
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>
                      {versioned && (
                        <Button
                          size="small"
                          onClick={() => setVersionsOf({ year: p.year, month: p.month })}
                          aria-label={t('hr.employee.versions.openOf', { period })}
                          sx={{ mr: 1 }}
                        >
                          {t('hr.employee.versions.open')}
                        </Button>
                      )}
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
      <PayslipVersionsDialog userId={userId} target={versionsOf} onClose={() => setVersionsOf(null)} />
    </Box>
  );
}

/** Whether the employee sees this version: published, scheduled for a moment, or not yet. */
function PublicationChip({ published, publishedAt }: { published?: boolean | null; publishedAt?: string | null }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  if (published == null) return <>—</>;
  if (published) return <Chip size="small" variant="outlined" color="success" label={t('hr.employee.versions.published')} />;
  if (publishedAt)
    return <Chip size="small" variant="outlined" color="info" label={t('hr.employee.versions.scheduled', { when: formatDateTime(publishedAt, lang) })} />;
  return <Chip size="small" variant="outlined" color="warning" label={t('hr.employee.versions.unpublished')} />;
}
