import BadgeIcon from '@mui/icons-material/Badge';
import ChatIcon from '@mui/icons-material/Chat';
import PersonIcon from '@mui/icons-material/Person';
import ReceiptLongIcon from '@mui/icons-material/ReceiptLong';
import Alert from '@mui/material/Alert';
import AppBar from '@mui/material/AppBar';
import BottomNavigation from '@mui/material/BottomNavigation';
import BottomNavigationAction from '@mui/material/BottomNavigationAction';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useTheme } from '@mui/material/styles';
import { Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, Link as RouterLink, useLocation } from 'react-router';
import { LoadingState } from '@/components/LoadingState';
import { OfflineBanner } from '@/components/OfflineBanner';
import { ChatConnectionProvider } from '@/features/chat/hooks/ChatConnectionProvider';
import { LanguageSwitch } from '@/features/preferences/components/LanguageSwitch';
import { ThemeToggle } from '@/features/preferences/components/ThemeToggle';
import { AuthGate } from '@/features/session/components/AuthGate';
import { SignOutButton } from '@/features/session/components/SignOutButton';
import { useGetSessionQuery } from '@/features/session/api/sessionApi';
import { isHr } from '@/lib/roles';
import { UpdatePrompt } from './UpdatePrompt';

const employeeSections = [
  { to: '/', key: 'nav.chat', icon: <ChatIcon />, match: (path: string) => path === '/' },
  { to: '/payslips', key: 'nav.payslips', icon: <ReceiptLongIcon />, match: (path: string) => path.startsWith('/payslips') },
  { to: '/profile', key: 'nav.profile', icon: <PersonIcon />, match: (path: string) => path.startsWith('/profile') },
] as const;
// Only for hr and admin: the console.
const hrSection = { to: '/hr', key: 'nav.hr', icon: <BadgeIcon />, match: (path: string) => path.startsWith('/hr') } as const;

/** The signed-in app's frame: skip link, app bar with navigation and settings, the page, bottom navigation on phones. */
export function AppLayout() {
  const { t } = useTranslation();
  const theme = useTheme();
  const wide = useMediaQuery(theme.breakpoints.up('sm'));
  const { pathname } = useLocation();
  const { data: session } = useGetSessionQuery();
  const sections = isHr(session) ? [...employeeSections, hrSection] : employeeSections;
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);
  const current = sections.find((s) => s.match(pathname));
  const [signOutFailed, setSignOutFailed] = useState(false);

  // After a client-side navigation, move focus to the new page (like a page load would).
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    mainRef.current?.focus({ preventScroll: true });
  }, [pathname]);

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', height: '100dvh' }}>
      <Link
        href="#main"
        onClick={(event) => {
          event.preventDefault();
          mainRef.current?.focus();
        }}
        sx={{
          position: 'absolute',
          left: 8,
          top: -48,
          zIndex: (th) => th.zIndex.tooltip + 1,
          bgcolor: 'background.paper',
          p: 1,
          borderRadius: 1,
          '&:focus': { top: 8 },
        }}
      >
        {t('app.skipToContent')}
      </Link>
      <AppBar position="static" enableColorOnDark>
        <Toolbar sx={{ gap: 1 }} variant={wide ? 'regular' : 'dense'}>
          <Typography
            component={RouterLink}
            to="/"
            variant="h6"
            sx={{ color: 'inherit', textDecoration: 'none', fontWeight: 700, mr: 2 }}
          >
            {t('app.name')}
          </Typography>
          {wide && (
            <Box component="nav" aria-label={t('app.mainNav')} sx={{ display: 'flex', gap: 0.5 }}>
              {sections.map((section) => (
                <Button
                  key={section.to}
                  component={NavLink}
                  to={section.to}
                  end={section.to === '/'}
                  color="inherit"
                  startIcon={section.icon}
                  sx={{ '&.active': { boxShadow: 'inset 0 -3px 0 currentColor' } }}
                >
                  {t(section.key)}
                </Button>
              ))}
            </Box>
          )}
          <Box sx={{ flex: 1 }} />
          <LanguageSwitch compact={!wide} />
          <ThemeToggle mode={theme.palette.mode} />
          <SignOutButton compact={!wide} onFailed={setSignOutFailed} />
        </Toolbar>
      </AppBar>
      <OfflineBanner />
      <UpdatePrompt />
      {signOutFailed && (
        <Alert severity="error" sx={{ borderRadius: 0 }} onClose={() => setSignOutFailed(false)}>
          {t('app.signOutFailed')}
        </Alert>
      )}
      <Box
        component="main"
        id="main"
        ref={mainRef}
        // The page scrolls inside <main>: a keyboard stop of its own lets keyboard users scroll
        // pages without controls (the profile), as WCAG's scrollable-region rule asks.
        tabIndex={0}
        sx={{ flex: 1, minHeight: 0, overflowY: 'auto', '&:focus:not(:focus-visible)': { outline: 'none' } }}
      >
        <AuthGate>
          <ChatConnectionProvider>
            <Suspense fallback={<LoadingState label={t('app.loading')} />}>
              <Outlet />
            </Suspense>
          </ChatConnectionProvider>
        </AuthGate>
      </Box>
      {!wide && (
        <Paper component="nav" aria-label={t('app.mainNav')} elevation={3} square>
          <BottomNavigation showLabels value={current?.to ?? false}>
            {sections.map((section) => (
              <BottomNavigationAction
                key={section.to}
                component={RouterLink}
                to={section.to}
                value={section.to}
                label={t(section.key)}
                icon={section.icon}
                aria-current={current?.to === section.to ? 'page' : undefined}
              />
            ))}
          </BottomNavigation>
        </Paper>
      )}
    </Box>
  );
}
