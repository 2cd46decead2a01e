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
import type { ImportRowError } from '@/api/types';
import { visuallyHidden } from '@/lib/a11y';

const SHOWN = 500;

/**
 * A refused file's problems, one row each: the file's physical line (header = 1), the column, what is wrong.
 * With `kind="warnings"`, the same for an accepted file's warnings (month-to-month jumps).
 */
export function ImportErrorTable({ errors, fileName, kind = 'errors' }: { errors: ImportRowError[]; fileName: string; kind?: 'errors' | 'warnings' }) {
  const { t } = useTranslation();
  const captionId = useId();
  const shown = errors.slice(0, SHOWN);
  return (
    <TableContainer role="region" aria-labelledby={captionId} tabIndex={0} sx={{ maxHeight: 480, overflow: 'auto' }}>
      <Table size="small" stickyHeader>
        <Box component="caption" id={captionId} sx={visuallyHidden}>
          {t(kind === 'warnings' ? 'hr.imports.warningsCaption' : 'hr.imports.errorsCaption', { name: fileName })}
        </Box>
        <TableHead>
          <TableRow>
            <TableCell scope="col" sx={{ width: 80 }}>
              {t('hr.imports.line')}
            </TableCell>
            <TableCell scope="col" sx={{ width: 200 }}>
              {t('hr.imports.column')}
            </TableCell>
            <TableCell scope="col">{t(kind === 'warnings' ? 'hr.imports.warning' : 'hr.imports.problem')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {shown.map((error, index) => (
            <TableRow key={`${error.line}-${error.column ?? ''}-${index}`}>
              <TableCell component="th" scope="row" sx={{ fontVariantNumeric: 'tabular-nums' }}>
                {error.line}
              </TableCell>
              <TableCell sx={{ fontFamily: 'monospace', overflowWrap: 'anywhere' }}>{error.column ?? '—'}</TableCell>
              <TableCell sx={{ overflowWrap: 'anywhere' }}>{error.message}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {errors.length > SHOWN && (
        <Typography variant="body2" sx={{ p: 1 }}>
          {t('hr.imports.moreErrors', { count: errors.length - SHOWN })}
        </Typography>
      )}
    </TableContainer>
  );
}
