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
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink } from 'react-router';
import type { ImportHistoryItem } from '@/api/types';
import { CursorPagerNav } from '@/components/CursorPagerNav';
import { LoadingState } from '@/components/LoadingState';
import { QueryError } from '@/components/QueryError';
import { visuallyHidden } from '@/lib/a11y';
import { formatBytes, formatCount, formatDateTime } from '@/lib/format';
import { useLanguage } from '@/lib/i18n';
import { useCursorPager } from '@/lib/useCursorPager';
import { useGetImportHistoryQuery } from '../api/importsApi';
import type { Publication, Publications } from './publication';

const RESULTS = ['applied', 'dry_run', 'invalid', 'own_payslip', 'unknown_employees', 'employees_unchecked'] as const;
type KnownResult = (typeof RESULTS)[number];
const isKnown = (result: string): result is KnownResult => (RESULTS as readonly string[]).includes(result);
const colorOf = (result: string) => (result === 'applied' ? 'success' : result === 'dry_run' ? 'info' : 'error');

function ResultChip({ item }: { item: ImportHistoryItem }) {
  const { t } = useTranslation();
  return (
    <Chip
      size="small"
      variant="outlined"
      color={colorOf(item.result)}
      label={isKnown(item.result) ? t(`hr.imports.result.${item.result}`) : item.result}
    />
  );
}

function PublicationCell({ item, publication, onPublish }: { item: ImportHistoryItem; publication?: Publication; onPublish(id: number): void }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  if (item.result !== 'applied' || item.dryRun) return <>—</>;
  // What this page just did wins (the history refetches after it); else what the history says.
  const published = publication?.published ?? (item.versions > 0 && item.publishedVersions === item.versions);
  const publishedAt = publication?.publishedAt ?? item.publishedAt;
  if (!publication && item.versions === 0) return <>—</>;
  if (published) {
    return (
      <Chip
        size="small"
        variant="outlined"
        color="success"
        label={t('hr.imports.publicationPublished', { when: publishedAt ? formatDateTime(publishedAt, lang) : '' }).trim()}
      />
    );
  }
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
      {publishedAt && (
        <Chip size="small" variant="outlined" color="info" label={t('hr.imports.publicationScheduled', { when: formatDateTime(publishedAt, lang) })} />
      )}
      <Button size="small" variant="outlined" onClick={() => onPublish(item.id)} aria-label={t('hr.imports.publishOf', { id: item.id })}>
        {t('hr.imports.publish')}
      </Button>
    </Box>
  );
}

/**
 * Every import attempt, newest first (`GET /api/payroll/imports`, cursor paging). An applied import shows
 * its publication (the history counts its versions published) and, until all are, a "Publish" button;
 * an import that changed nothing has nothing to publish.
 */
export function ImportHistoryTable({ publications, onPublish }: { publications: Publications; onPublish(id: number): void }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const captionId = useId();
  const pager = useCursorPager();
  const { data, error, isFetching, refetch } = useGetImportHistoryQuery({ before: pager.cursor });
  const num = { textAlign: 'right', fontVariantNumeric: 'tabular-nums' } as const;

  return (
    <Box>
      {isFetching && !data && <LoadingState label={t('app.loading')} />}
      {error && <QueryError error={error} onRetry={() => void refetch()} />}
      {data && data.items.length === 0 && <Typography>{t('hr.imports.historyEmpty')}</Typography>}
      {data && data.items.length > 0 && (
        <TableContainer role="region" aria-labelledby={captionId} tabIndex={0} sx={{ overflowX: 'auto' }}>
          <Table size="small">
            <Box component="caption" id={captionId} sx={visuallyHidden}>
              {t('hr.imports.historyCaption', { page: pager.page })}
            </Box>
            <TableHead>
              <TableRow>
                <TableCell scope="col">{t('hr.imports.when')}</TableCell>
                <TableCell scope="col" sx={num}>
                  {t('hr.imports.id')}
                </TableCell>
                <TableCell scope="col">{t('hr.imports.resultLabel')}</TableCell>
                <TableCell scope="col">{t('hr.imports.publication')}</TableCell>
                <TableCell scope="col" sx={num}>
                  {t('hr.imports.rows')}
                </TableCell>
                <TableCell scope="col" sx={num}>
                  {t('hr.imports.created')}
                </TableCell>
                <TableCell scope="col" sx={num}>
                  {t('hr.imports.updated')}
                </TableCell>
                <TableCell scope="col" sx={num}>
                  {t('hr.imports.unchanged')}
                </TableCell>
                <TableCell scope="col" sx={num}>
                  {t('hr.imports.errors')}
                </TableCell>
                <TableCell scope="col">{t('hr.imports.dialect')}</TableCell>
                <TableCell scope="col">{t('hr.imports.file')}</TableCell>
                <TableCell scope="col">{t('hr.imports.by')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {data.items.map((item) => (
                <TableRow key={item.id}>
                  <TableCell component="th" scope="row" sx={{ whiteSpace: 'nowrap' }}>
                    {formatDateTime(item.importedAt, lang)}
                  </TableCell>
                  <TableCell sx={num}>{item.id}</TableCell>
                  <TableCell>
                    <ResultChip item={item} />
                  </TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    <PublicationCell item={item} publication={publications[item.id]} onPublish={onPublish} />
                  </TableCell>
                  <TableCell sx={num}>{formatCount(item.rows, lang)}</TableCell>
                  <TableCell sx={num}>{formatCount(item.created, lang)}</TableCell>
                  <TableCell sx={num}>{formatCount(item.updated, lang)}</TableCell>
                  <TableCell sx={num}>{formatCount(item.unchanged, lang)}</TableCell>
                  <TableCell sx={num}>{formatCount(item.errors, lang)}</TableCell>
                  <TableCell>
                    {item.dialect === 'spanish' ? t('hr.imports.dialectSpanish') : item.dialect === 'standard' ? t('hr.imports.dialectStandard') : item.dialect}
                  </TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    <Box component="span" title={item.fileSha256} sx={{ fontFamily: 'monospace' }}>
                      {item.fileSha256.slice(0, 12)}…
                    </Box>{' '}
                    ({formatBytes(item.fileBytes, lang)})
                  </TableCell>
                  <TableCell>
                    <Link component={RouterLink} to={`/hr/employees/${item.importedBy}`} sx={{ fontFamily: 'monospace', fontSize: '0.8rem' }}>
                      {item.importedBy.slice(0, 8)}
                    </Link>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
      {data && <CursorPagerNav pager={pager} next={data.next} isFetching={isFetching} sx={{ mt: 1 }} />}
    </Box>
  );
}
