import Box from '@mui/material/Box';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/api/errors';
import { LoadingState } from '@/components/LoadingState';
import { QueryError } from '@/components/QueryError';
import { useGetSessionQuery } from '../api/sessionApi';

/**
 * Renders its children once `GET /bff/user` says who is signed in. A 401 has already sent the
 * browser to `/bff/login?returnUrl=…` (the base query does it); offline or busy shows why and
 * lets the user retry.
 */
export function AuthGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { data, error, isLoading, refetch } = useGetSessionQuery();
  if (data) return <>{children}</>;
  if (isLoading) return <LoadingState label={t('app.checkingSession')} />;
  if (isApiError(error) && error.kind === 'unauthorized') return <LoadingState label={t('app.redirectingToSignIn')} />;
  return (
    <Box sx={{ p: 3 }}>
      <QueryError error={error} onRetry={() => void refetch()} />
    </Box>
  );
}
