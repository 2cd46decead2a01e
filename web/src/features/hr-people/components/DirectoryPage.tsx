import PersonAddIcon from '@mui/icons-material/PersonAdd';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TablePagination from '@mui/material/TablePagination';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { LoadingState } from '@/components/LoadingState';
import { QueryError } from '@/components/QueryError';
import { visuallyHidden } from '@/lib/a11y';
import { formatCount } from '@/lib/format';
import { useLanguage } from '@/lib/i18n';
import { useListEmployeesQuery } from '../api/peopleApi';
import type { EmployeeStatus } from '@/api/types';
import { EmployeeStatusChip } from './EmployeeStatusChip';
import { NewEmployeeDialog } from './NewEmployeeDialog';

export const DIRECTORY_PAGE_SIZE = 25;
const STATUSES: EmployeeStatus[] = ['active', 'pending', 'deactivated'];
const isStatus = (value: string | null): value is EmployeeStatus => STATUSES.includes(value as EmployeeStatus);

/** `/hr/employees?search=&status=&page=`: the directory, searched and paged by the server. */
export function DirectoryPage() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const captionId = useId();
  const [params, setParams] = useSearchParams();
  const search = params.get('search') ?? '';
  const statusParam = params.get('status');
  const status = isStatus(statusParam) ? statusParam : undefined;
  const page = Math.max(1, Number(params.get('page')) || 1);
  const [typed, setTyped] = useState(search);
  const [creating, setCreating] = useState(false);
  const { data, error, isFetching, refetch } = useListEmployeesQuery({ page, pageSize: DIRECTORY_PAGE_SIZE, search, status });

  const update = (patch: Record<string, string | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(patch)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next, { replace: true });
  };

  // search as the user types, once they pause
  useEffect(() => {
    if (typed.trim() === search) return;
    const timer = window.setTimeout(() => update({ search: typed.trim() || undefined, page: undefined }), 350);
    return () => window.clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only the typed text starts a search
  }, [typed]);

  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: 2 }}>
        <Typography variant="h1">{t('hr.people.title')}</Typography>
        <Button variant="contained" startIcon={<PersonAddIcon />} onClick={() => setCreating(true)}>
          {t('hr.people.newEmployee')}
        </Button>
      </Box>
      <Box
        component="form"
        role="search"
        aria-label={t('hr.people.searchLabel')}
        onSubmit={(event) => {
          event.preventDefault();
          update({ search: typed.trim() || undefined, page: undefined });
        }}
        sx={{ display: 'flex', flexWrap: 'wrap', gap: 2 }}
      >
        <TextField
          size="small"
          type="search"
          label={t('hr.people.search')}
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
          helperText={t('hr.people.searchHint')}
          sx={{ flex: '1 1 280px', maxWidth: 480 }}
        />
        <TextField
          size="small"
          select
          label={t('hr.people.statusFilter')}
          value={status ?? ''}
          onChange={(event) => update({ status: event.target.value || undefined, page: undefined })}
          sx={{ minWidth: 180 }}
        >
          <MenuItem value="">{t('hr.people.anyStatus')}</MenuItem>
          {STATUSES.map((s) => (
            <MenuItem key={s} value={s}>
              {t(`hr.people.status.${s}`)}
            </MenuItem>
          ))}
        </TextField>
      </Box>

      <Box role="status" aria-live="polite" sx={visuallyHidden}>
        {data ? t('hr.people.found', { count: data.totalCount, formatted: formatCount(data.totalCount, lang) }) : ''}
      </Box>
      {isFetching && !data && <LoadingState label={t('app.loading')} />}
      {error && <QueryError error={error} onRetry={() => void refetch()} />}
      {data && data.items.length === 0 && <Typography>{t('hr.people.none')}</Typography>}
      {data && data.items.length > 0 && (
        <Paper variant="outlined">
          <TableContainer role="region" aria-labelledby={captionId} tabIndex={0} sx={{ overflowX: 'auto' }}>
            <Table size="small">
              <Box component="caption" id={captionId} sx={visuallyHidden}>
                {t('hr.people.caption')}
              </Box>
              <TableHead>
                <TableRow>
                  <TableCell scope="col">{t('hr.people.name')}</TableCell>
                  <TableCell scope="col">{t('hr.people.employeeNumber')}</TableCell>
                  <TableCell scope="col">{t('hr.people.email')}</TableCell>
                  <TableCell scope="col">{t('hr.people.department')}</TableCell>
                  <TableCell scope="col">{t('hr.people.position')}</TableCell>
                  <TableCell scope="col">{t('hr.people.statusLabel')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {data.items.map((e) => (
                  <TableRow key={e.id} hover>
                    <TableCell component="th" scope="row">
                      <Link component={RouterLink} to={`/hr/employees/${e.id}`}>
                        {`${e.firstName} ${e.lastName}`.trim() || e.email}
                      </Link>
                    </TableCell>
                    <TableCell sx={{ fontFamily: 'monospace' }}>{e.employeeNumber}</TableCell>
                    <TableCell sx={{ overflowWrap: 'anywhere' }}>{e.email}</TableCell>
                    <TableCell>{e.department}</TableCell>
                    <TableCell>{e.position}</TableCell>
                    <TableCell>
                      <EmployeeStatusChip status={e.status} />
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
          <TablePagination
            component="div"
            count={data.totalCount}
            page={Math.max(0, data.page - 1)}
            rowsPerPage={DIRECTORY_PAGE_SIZE}
            rowsPerPageOptions={[]}
            onPageChange={(_event, next) => update({ page: next > 0 ? String(next + 1) : undefined })}
            labelDisplayedRows={({ from, to, count }) => t('hr.rangeOf', { from, to, count })}
            getItemAriaLabel={(type) => (type === 'next' ? t('hr.nextPage') : type === 'previous' ? t('hr.previousPage') : type)}
          />
        </Paper>
      )}
      <NewEmployeeDialog open={creating} onClose={() => setCreating(false)} />
    </Box>
  );
}
