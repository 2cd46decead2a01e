import DownloadIcon from '@mui/icons-material/Download';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router';
import type { ApiError } from '@/api/errors';
import { downloadFile } from '@/api/download';
import { CursorPagerNav } from '@/components/CursorPagerNav';
import { LoadingState } from '@/components/LoadingState';
import { QueryError } from '@/components/QueryError';
import { visuallyHidden } from '@/lib/a11y';
import { formatDateTime, formatMonthYear } from '@/lib/format';
import { useLanguage } from '@/lib/i18n';
import { fieldErrors } from '@/lib/problems';
import { useCursorPager } from '@/lib/useCursorPager';
import { auditExportUrl, useGetAuditQuery, type AuditFilters } from '../api/auditApi';
import { actionLabel } from './actionLabel';
import { AuditFiltersForm } from './AuditFiltersForm';

const FILTER_KEYS = ['subject', 'reader', 'from', 'to', 'action'] as const;

function filtersOf(params: URLSearchParams): AuditFilters {
  const filters: AuditFilters = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key);
    if (value) filters[key] = value;
  }
  if (params.get('includeOwn') === 'true') filters.includeOwn = true;
  return filters;
}

function paramsOf(filters: AuditFilters): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of FILTER_KEYS) {
    const value = filters[key];
    if (value) out[key] = value;
  }
  if (filters.includeOwn) out.includeOwn = 'true';
  return out;
}

function PersonLink({ id }: { id: string }) {
  return (
    <Link component={RouterLink} to={`/hr/employees/${id}`} sx={{ fontFamily: 'monospace', fontSize: '0.8rem', overflowWrap: 'anywhere' }}>
      {id}
    </Link>
  );
}

/** `/hr/audit?subject=&reader=&from=&to=&action=&includeOwn=`: who read whose pay data, and its CSV export. */
export function AuditPage() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const captionId = useId();
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => filtersOf(params), [params]);
  const pager = useCursorPager();
  const { data, error, isFetching, refetch } = useGetAuditQuery({ ...filters, before: pager.cursor });
  const [exporting, setExporting] = useState(false);
  const [exportError, setExportError] = useState<ApiError | null>(null);
  const [exported, setExported] = useState(false);

  const apply = (next: AuditFilters) => {
    pager.reset();
    setExported(false);
    setParams(paramsOf(next));
  };

  const exportCsv = async () => {
    setExporting(true);
    setExportError(null);
    setExported(false);
    const result = await downloadFile(auditExportUrl(filters), 'payslip-audit.csv');
    setExporting(false);
    if (result.ok) setExported(true);
    else setExportError(result.error);
  };

  return (
    <Box sx={{ display: 'grid', gap: 3 }}>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: 2 }}>
        <Typography variant="h1">{t('hr.audit.title')}</Typography>
        <Button variant="outlined" startIcon={<DownloadIcon />} onClick={() => void exportCsv()} disabled={exporting}>
          {exporting ? t('hr.audit.exporting') : t('hr.audit.export')}
        </Button>
      </Box>
      <Typography color="text.secondary">{t('hr.audit.intro')}</Typography>
      <Box aria-live="polite">
        {exported && <Alert severity="success">{t('hr.audit.exported')}</Alert>}
      </Box>
      {exportError && <QueryError error={exportError} onRetry={() => void exportCsv()} />}

      <Paper variant="outlined" sx={{ p: { xs: 2, sm: 3 } }}>
        <AuditFiltersForm key={params.toString()} value={filters} onApply={apply} serverErrors={fieldErrors(error)} />
      </Paper>

      <Box role="status" aria-live="polite" sx={visuallyHidden}>
        {data ? t('hr.audit.shown', { count: data.items.length }) : ''}
      </Box>
      {isFetching && !data && <LoadingState label={t('app.loading')} />}
      {error && <QueryError error={error} onRetry={() => void refetch()} />}
      {data && data.items.length === 0 && <Typography>{t('hr.audit.empty')}</Typography>}
      {data && data.items.length > 0 && (
        <Paper variant="outlined">
          <TableContainer role="region" aria-labelledby={captionId} tabIndex={0} sx={{ overflowX: 'auto' }}>
            <Table size="small">
              <Box component="caption" id={captionId} sx={visuallyHidden}>
                {t('hr.audit.caption', { page: pager.page })}
              </Box>
              <TableHead>
                <TableRow>
                  <TableCell scope="col">{t('hr.audit.when')}</TableCell>
                  <TableCell scope="col">{t('hr.audit.reader')}</TableCell>
                  <TableCell scope="col">{t('hr.audit.subject')}</TableCell>
                  <TableCell scope="col">{t('hr.audit.action')}</TableCell>
                  <TableCell scope="col">{t('hr.audit.period')}</TableCell>
                  <TableCell scope="col">{t('hr.audit.ownData')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {data.items.map((item) => (
                  <TableRow key={item.id} sx={item.ownData ? { bgcolor: 'action.hover' } : undefined}>
                    <TableCell component="th" scope="row" sx={{ whiteSpace: 'nowrap' }}>
                      {formatDateTime(item.accessedAt, lang)}
                    </TableCell>
                    <TableCell>
                      <PersonLink id={item.readerId} />
                    </TableCell>
                    <TableCell>
                      <PersonLink id={item.subjectUserId} />
                    </TableCell>
                    <TableCell>{actionLabel(t, item.action)}</TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>
                      {item.year !== null && item.month !== null
                        ? formatMonthYear(item.year, item.month, lang)
                        : item.year !== null
                          ? String(item.year)
                          : '—'}
                    </TableCell>
                    <TableCell>
                      {item.ownData ? <Chip size="small" color="info" variant="outlined" label={t('hr.audit.ownRead')} /> : t('hr.audit.otherRead')}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
        </Paper>
      )}
      {data && <CursorPagerNav pager={pager} next={data.next} isFetching={isFetching} />}
    </Box>
  );
}
