import { setupListeners } from '@reduxjs/toolkit/query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { AppProviders } from './app/AppProviders';
import { createAppRouter } from './app/router';
import { makeStore } from './app/store';
import { createI18n } from './lib/i18n';
import { initialLanguage, storedThemeMode } from './lib/preferences';

const language = initialLanguage();
document.documentElement.lang = language;
const i18n = createI18n(language);
const store = makeStore({ preferences: { themeMode: storedThemeMode() } });
setupListeners(store.dispatch); // refetch on reconnect
const router = createAppRouter();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppProviders store={store} i18n={i18n}>
      <RouterProvider router={router} />
    </AppProviders>
  </StrictMode>,
);
