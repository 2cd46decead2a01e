import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import useMediaQuery from '@mui/material/useMediaQuery';
import type { i18n as I18n } from 'i18next';
import { useEffect, useMemo, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { Provider, useSelector } from 'react-redux';
import { selectThemeMode } from '@/features/preferences/preferencesSlice';
import { createAppTheme } from '@/lib/theme';
import type { AppStore } from './store';

function Themed({ children }: { children: ReactNode }) {
  const chosen = useSelector(selectThemeMode);
  const systemDark = useMediaQuery('(prefers-color-scheme: dark)', { noSsr: true });
  const mode = chosen ?? (systemDark ? 'dark' : 'light');
  const theme = useMemo(() => createAppTheme(mode), [mode]);
  useEffect(() => {
    document.documentElement.style.colorScheme = mode;
  }, [mode]);
  return (
    <ThemeProvider theme={theme}>
      <CssBaseline enableColorScheme />
      {children}
    </ThemeProvider>
  );
}

/** <html lang> follows the UI language (screen readers pick their voice from it). */
function useDocumentLanguage(i18n: I18n): void {
  useEffect(() => {
    const apply = (lng: string) => {
      document.documentElement.lang = lng;
    };
    apply(i18n.resolvedLanguage ?? i18n.language);
    i18n.on('languageChanged', apply);
    return () => i18n.off('languageChanged', apply);
  }, [i18n]);
}

export function AppProviders({ store, i18n, children }: { store: AppStore; i18n: I18n; children: ReactNode }) {
  useDocumentLanguage(i18n);
  return (
    <Provider store={store}>
      <I18nextProvider i18n={i18n}>
        <Themed>{children}</Themed>
      </I18nextProvider>
    </Provider>
  );
}
