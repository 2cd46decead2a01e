import Box from '@mui/material/Box';
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
import { LoadingState } from '@/components/LoadingState';
import { QueryError } from '@/components/QueryError';
import { visuallyHidden } from '@/lib/a11y';
import { formatDateTime } from '@/lib/format';
import { useLanguage } from '@/lib/i18n';
import { useGetEmployeeChangesQuery } from '../api/peopleApi';

const ACTIONS = ['created', 'updated', 'deactivated', 'reactivated', 'set_password_link', 'role_changed', 'second_factor_reset'] as const;
type KnownAction = (typeof ACTIONS)[number];
const isKnown = (action: string): action is KnownAction => (ACTIONS as readonly string[]).includes(action);

/** `details` is any JSON (the document says JsonElement): an object's fields as `key: value`, anything else as JSON. */
function detailText(details: unknown): string {
  if (details === null || details === undefined) return '';
  if (typeof details !== 'object' || Array.isArray(details)) return JSON.stringify(details);
  return Object.entries(details as Record<string, unknown>)
    .map(([key, value]) => `${key}: ${typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value)}`)
    .join(' · ');
}

/** Who changed what of the employee, and when (`GET /api/users/{id}/changes`). */
export function EmployeeChanges({ userId }: { userId: string }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const captionId = useId();
  const { data, error, isFetching, refetch } = useGetEmployeeChangesQuery(userId);
  return (
    <Box>
      {isFetching && !data && <LoadingState label={t('app.loading')} />}
      {error && <QueryError error={error} onRetry={() => void refetch()} notFound={t('hr.employee.changesUnavailable')} />}
      {data && data.length === 0 && <Typography>{t('hr.employee.noChanges')}</Typography>}
      {data && data.length > 0 && (
        <TableContainer role="region" aria-labelledby={captionId} tabIndex={0} sx={{ overflowX: 'auto' }}>
          <Table size="small">
            <Box component="caption" id={captionId} sx={visuallyHidden}>
              {t('hr.employee.changesCaption')}
            </Box>
            <TableHead>
              <TableRow>
                <TableCell scope="col">{t('hr.employee.when')}</TableCell>
                <TableCell scope="col">{t('hr.employee.action')}</TableCell>
                <TableCell scope="col">{t('hr.employee.by')}</TableCell>
                <TableCell scope="col">{t('hr.employee.details')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {[...data]
                .sort((a, b) => b.at.localeCompare(a.at))
                .map((change, index) => (
                  <TableRow key={`${change.at}-${index}`}>
                    <TableCell component="th" scope="row" sx={{ whiteSpace: 'nowrap' }}>
                      {formatDateTime(change.at, lang)}
                    </TableCell>
                    <TableCell>{isKnown(change.action) ? t(`hr.employee.actions.${change.action}`) : change.action}</TableCell>
                    <TableCell>
                      <Link component={RouterLink} to={`/hr/employees/${change.actorId}`} sx={{ fontFamily: 'monospace', fontSize: '0.8rem' }}>
                        {change.actorId.slice(0, 8)}
                      </Link>
                    </TableCell>
                    <TableCell sx={{ overflowWrap: 'anywhere' }}>{detailText(change.details)}</TableCell>
                  </TableRow>
                ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
    </Box>
  );
}
