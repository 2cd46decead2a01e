import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import type { BffUser, UserProfile } from '@/api/types';
import { LoadingState } from '@/components/LoadingState';
import { QueryError } from '@/components/QueryError';
import { formatDate, formatDateTime } from '@/lib/format';
import { useLanguage } from '@/lib/i18n';
import { isLanguage } from '@/lib/preferences';
import { useGetProfileQuery } from '../api/profileApi';

function fullName(p: UserProfile): string | undefined {
  const name = [p.firstName, p.lastName].filter(Boolean).join(' ');
  return name || undefined;
}

/** The employee's profile: only the fields the server sent. */
export function ProfileDetails({ session }: { session?: BffUser | undefined }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { data, error, isFetching, refetch } = useGetProfileQuery();

  const rows: [string, string | undefined][] = data
    ? [
        [t('profile.name'), fullName(data)],
        [t('profile.email'), data.email],
        [t('profile.employeeNumber'), data.employeeNumber],
        [t('profile.department'), data.department],
        [t('profile.position'), data.position],
        [t('profile.hireDate'), data.hireDate ? formatDate(data.hireDate, lang) : undefined],
        [
          t('profile.preferredLanguage'),
          data.preferredLanguage
            ? isLanguage(data.preferredLanguage)
              ? t(`languages.${data.preferredLanguage}`)
              : data.preferredLanguage
            : undefined,
        ],
      ]
    : [];
  if (session) {
    const roleName = (role: string) =>
      role === 'employee' || role === 'hr' || role === 'admin' ? t(`profile.role_${role}`) : role;
    rows.push([t('profile.roles'), session.roles.map(roleName).join(', ') || undefined]);
    rows.push([t('profile.sessionExpires'), session.expiresAt ? formatDateTime(session.expiresAt, lang) : undefined]);
  }

  return (
    <Box sx={{ maxWidth: 720, mx: 'auto', p: { xs: 2, sm: 3 } }}>
      <Typography variant="h1" sx={{ mb: 2 }}>
        {t('profile.title')}
      </Typography>
      {isFetching && !data && <LoadingState label={t('app.loading')} />}
      {error && <QueryError error={error} onRetry={() => void refetch()} />}
      {rows.length > 0 && (
        <Paper variant="outlined" sx={{ p: { xs: 2, sm: 3 } }}>
          <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '220px 1fr' }, gap: { xs: 0.5, sm: 2 }, m: 0 }}>
            {rows
              .filter(([, value]) => value !== undefined && value !== '')
              .map(([label, value]) => (
                <Box key={label} sx={{ display: 'contents' }}>
                  <Typography component="dt" color="text.secondary" sx={{ mt: { xs: 1, sm: 0 } }}>
                    {label}
                  </Typography>
                  <Typography component="dd" sx={{ m: 0, overflowWrap: 'anywhere' }}>
                    {value}
                  </Typography>
                </Box>
              ))}
          </Box>
        </Paper>
      )}
    </Box>
  );
}
