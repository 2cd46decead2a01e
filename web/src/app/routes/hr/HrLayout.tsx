import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, Link as RouterLink } from 'react-router';
import { LoadingState } from '@/components/LoadingState';
import { useGetSessionQuery } from '@/features/session/api/sessionApi';
import { isHr } from '@/lib/roles';
import { usePageTitle } from '@/lib/usePageTitle';

const areas = [
  { to: '/hr/employees', key: 'hr.nav.employees' },
  { to: '/hr/imports', key: 'hr.nav.imports' },
  { to: '/hr/analytics', key: 'hr.nav.analytics' },
  { to: '/hr/audit', key: 'hr.nav.audit' },
] as const;

/** The 403 page: what an employee sees at an HR address. */
export function ForbiddenPage() {
  const { t } = useTranslation();
  usePageTitle(t('hr.forbidden.title'));
  return (
    <Box sx={{ p: 3, maxWidth: 720, mx: 'auto' }}>
      <Typography variant="h1" gutterBottom>
        {t('hr.forbidden.title')}
      </Typography>
      <Typography sx={{ mb: 2 }}>{t('hr.forbidden.body')}</Typography>
      <Button component={RouterLink} to="/" variant="contained">
        {t('app.backHome')}
      </Button>
    </Box>
  );
}

/** `/hr/*` (lazy): HR and admins get the console's own navigation and the area; anyone else the 403 page. */
export default function HrLayout() {
  const { t } = useTranslation();
  const { data: session } = useGetSessionQuery();
  if (!isHr(session)) return <ForbiddenPage />;
  return (
    <Box sx={{ maxWidth: 1280, mx: 'auto', p: { xs: 2, sm: 3 } }}>
      <Box
        component="nav"
        aria-label={t('hr.nav.label')}
        sx={{ display: 'flex', gap: 0.5, mb: 3, overflowX: 'auto', borderBottom: 1, borderColor: 'divider' }}
      >
        {areas.map((area) => (
          <Button
            key={area.to}
            component={NavLink}
            to={area.to}
            sx={{
              flexShrink: 0,
              borderRadius: 0,
              color: 'text.secondary',
              '&.active': { color: 'primary.main', boxShadow: 'inset 0 -3px 0 currentColor', fontWeight: 700 },
            }}
          >
            {t(area.key)}
          </Button>
        ))}
      </Box>
      <Suspense fallback={<LoadingState label={t('app.loading')} />}>
        <Outlet />
      </Suspense>
    </Box>
  );
}
