import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/api/errors';
import { useCountdown } from '@/lib/hooks';

interface Props {
  error: unknown;
  onRetry?: () => void;
  /** What to say for a 404 (e.g. "no payslip for March 2025"). */
  notFound?: ReactNode;
}

/** A failed query in words: busy (with a countdown from Retry-After), offline, not found, failed. */
export function QueryError({ error, onRetry, notFound }: Props) {
  const { t } = useTranslation();
  const apiError = isApiError(error) ? error : undefined;
  const [since] = useState(() => Date.now());
  const left = useCountdown(apiError?.kind === 'busy' ? since : undefined, apiError?.retryAfter);

  if (apiError?.kind === 'unauthorized') return null; // the sign-in redirect is under way
  if (apiError?.kind === 'notFound' && notFound) {
    return <Alert severity="info">{notFound}</Alert>;
  }
  let message: string;
  let severity: 'warning' | 'error' = 'error';
  if (apiError?.kind === 'busy') {
    severity = 'warning';
    message = left > 0 ? t('status.busy', { seconds: left }) : t('status.busyNow');
  } else if (apiError?.kind === 'offline') {
    severity = 'warning';
    message = t('status.offline');
  } else {
    message = t('status.failed');
  }
  return (
    <Alert
      severity={severity}
      action={
        onRetry ? (
          <Button color="inherit" size="small" onClick={onRetry} disabled={left > 0}>
            {t('status.retry')}
          </Button>
        ) : undefined
      }
    >
      {message}
    </Alert>
  );
}
