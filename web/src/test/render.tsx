import { render, type RenderOptions } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import type { Language } from '@/api/types';
import { AppProviders } from '@/app/AppProviders';
import { makeStore, type AppStore } from '@/app/store';
import { createI18n } from '@/lib/i18n';

interface Options extends Omit<RenderOptions, 'wrapper'> {
  language?: Language;
  store?: AppStore;
  route?: string;
}

/** Renders with the app's providers (store, i18n, theme) and a memory router. */
export function renderWithProviders(ui: ReactElement, { language = 'es', store = makeStore(), route = '/', ...options }: Options = {}) {
  const i18n = createI18n(language);
  const Wrapper = ({ children }: { children: ReactNode }) => (
    <AppProviders store={store} i18n={i18n}>
      <MemoryRouter initialEntries={[route]}>{children}</MemoryRouter>
    </AppProviders>
  );
  return { store, i18n, ...render(ui, { wrapper: Wrapper, ...options }) };
}
