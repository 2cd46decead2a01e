import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/api/errors';
import { QueryError } from '@/components/QueryError';
import { problemText } from '@/lib/problems';

interface Props {
  /** The save mutation's error (nothing shows without one). */
  error: unknown;
  /** The server named the fields it refused: they say it beside each field, so no alert here. */
  hasFieldErrors: boolean;
  /** When given, a 409 shows these words before the server's own (e.g. "that employee number is taken"). */
  conflictLabel?: string;
}

/**
 * Why an employee form's save failed, across the form's whole grid row: a 409 (with `conflictLabel`),
 * a refusal that names no field (the server's words, else "refused"), or any other failure as {@link QueryError}.
 */
export function EmployeeSaveError({ error, hasFieldErrors, conflictLabel }: Props) {
  const { t } = useTranslation();
  if (!isApiError(error)) return null;
  if (error.kind !== 'invalid') {
    return (
      <Box sx={{ gridColumn: '1 / -1' }}>
        <QueryError error={error} />
      </Box>
    );
  }
  if (conflictLabel !== undefined && error.status === 409) {
    return (
      <Alert severity="error" sx={{ gridColumn: '1 / -1' }}>
        {conflictLabel} {problemText(error) ?? ''}
      </Alert>
    );
  }
  if (hasFieldErrors) return null;
  return (
    <Alert severity="error" sx={{ gridColumn: '1 / -1' }}>
      {problemText(error) ?? t('hr.people.refused')}
    </Alert>
  );
}
