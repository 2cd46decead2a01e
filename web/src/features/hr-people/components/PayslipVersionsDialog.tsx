import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useTheme } from '@mui/material/styles';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { PayslipVersion } from '@/api/types';
import { LoadingState } from '@/components/LoadingState';
import { QueryError } from '@/components/QueryError';
import { formatDateTime, formatMoney, formatMonthYear } from '@/lib/format';
import { useLanguage } from '@/lib/i18n';
import { useGetPayslipVersionsQuery } from '../api/employeePayslipsApi';

export interface VersionsTarget {
  year: number;
  month: number;
}


function VersionCard({ version, currency }: { version: PayslipVersion; currency: string }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const headingId = useId();
  const money = (amount: number) => formatMoney(amount, currency, lang);
  return (
    <Box component="article" aria-labelledby={headingId} sx={{ display: 'grid', gap: 1, py: 2, borderTop: 1, borderColor: 'divider' }}>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1 }}>
        <Typography variant="h3" id={headingId} sx={{ fontSize: '1.1rem', fontWeight: 600 }}>
          {t('hr.employee.versions.version', { version: version.version })}
        </Typography>
        {version.shownToEmployee && <Chip size="small" variant="outlined" color="success" label={t('hr.employee.versions.shown')} />}
        <Chip
          size="small"
          variant="outlined"
          color={version.published ? 'success' : version.publishedAt ? 'info' : 'warning'}
          label={version.published ? t('hr.employee.versions.published') : version.publishedAt ? t('hr.employee.versions.scheduled', { when: formatDateTime(version.publishedAt, lang) }) : t('hr.employee.versions.unpublished')}
        />
      </Box>
      <Typography variant="body2">
        {t('hr.employee.versions.importedAt', { when: formatDateTime(version.importedAt, lang) })}
        {version.importedBy && (
          <>
            {' '}
            {t('hr.employee.versions.importedBy', { who: '' })}
            <Link component={RouterLink} to={`/hr/employees/${version.importedBy}`} sx={{ fontFamily: 'monospace' }}>
              {version.importedBy.slice(0, 8)}
            </Link>
          </>
        )}
        {' · '}
        {version.importId != null ? t('hr.employee.versions.fromImport', { id: version.importId }) : t('hr.employee.versions.noImport')}
        {' · '}
        {version.published && version.publishedAt
          ? t('hr.employee.versions.publishedAt', { when: formatDateTime(version.publishedAt, lang) })
          : version.publishedAt
            ? t('hr.employee.versions.scheduledAt', { when: formatDateTime(version.publishedAt, lang) })
            : t('hr.employee.versions.notPublished')}
      </Typography>
      <Typography variant="body2">
        {t('hr.employee.versions.figures', { gross: money(version.grossSalary), deductions: money(version.totalDeductions), net: money(version.netSalary) })}
      </Typography>
      {version.changes.length > 0 ? (
        <Box sx={{ overflowX: 'auto' }}>
          <Table size="small">
            <caption>{t('hr.employee.versions.changes')}</caption>
            <TableHead>
              <TableRow>
                <TableCell scope="col">{t('hr.employee.versions.field')}</TableCell>
                <TableCell scope="col" sx={{ textAlign: 'right' }}>
                  {t('hr.employee.versions.previous')}
                </TableCell>
                <TableCell scope="col" sx={{ textAlign: 'right' }}>
                  {t('hr.employee.versions.current')}
                </TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {version.changes.map((change) => (
                <TableRow key={change.field}>
                  <TableCell component="th" scope="row" sx={{ fontFamily: 'monospace', overflowWrap: 'anywhere' }}>
                    {change.field}
                  </TableCell>
                  <TableCell sx={{ textAlign: 'right', fontVariantNumeric: 'tabular-nums' }}>{change.previous ?? '—'}</TableCell>
                  <TableCell sx={{ textAlign: 'right', fontVariantNumeric: 'tabular-nums' }}>{change.current ?? '—'}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      ) : (
        <Typography variant="body2" color="text.secondary">
          {version.version === 1 ? t('hr.employee.versions.firstVersion') : t('hr.employee.versions.noFigureChanges')}
        </Typography>
      )}
    </Box>
  );
}

function VersionsList({ userId, target }: { userId: string; target: VersionsTarget }) {
  const { t } = useTranslation();
  const { data, error, isFetching, refetch } = useGetPayslipVersionsQuery({ userId, ...target });
  if (isFetching && !data) return <LoadingState label={t('hr.employee.versions.loading')} />;
  if (error) return <QueryError error={error} onRetry={() => void refetch()} notFound={t('hr.employee.versions.none')} />;
  if (!data || data.versions.length === 0) return <Typography>{t('hr.employee.versions.none')}</Typography>;
  return (
    <Box>
      {data.versions.map((version) => (
        <VersionCard key={version.version} version={version} currency={version.currency} />
      ))}
    </Box>
  );
}

/** A payslip's history (`…/versions`, newest first): who imported each version when, its publication, what changed. */
export function PayslipVersionsDialog({ userId, target, onClose }: { userId: string; target: VersionsTarget | null; onClose(): void }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const theme = useTheme();
  const fullScreen = useMediaQuery(theme.breakpoints.down('sm'));
  const titleId = useId();
  return (
    <Dialog open={target !== null} onClose={onClose} aria-labelledby={titleId} fullScreen={fullScreen} maxWidth="md" fullWidth>
      <DialogTitle id={titleId}>
        {target ? t('hr.employee.versions.title', { period: formatMonthYear(target.year, target.month, lang) }) : ''}
      </DialogTitle>
      <DialogContent>{target && <VersionsList userId={userId} target={target} />}</DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('hr.employee.versions.close')}</Button>
      </DialogActions>
    </Dialog>
  );
}
