import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { createI18n } from '@/lib/i18n';
import { resetRedirectGuard } from '@/lib/navigation';
import { FakeSocket } from '@/test/fakeSocket';
import { json, mockFetch } from '@/test/fetchMock';
import { AppProviders } from './AppProviders';
import { routes } from './router';
import { makeStore } from './store';

function renderApp(path: string, roles: string[], language: 'es' | 'en' = 'es') {
  mockFetch((url) => {
    if (url.pathname === '/bff/user') return json({ sub: 'u-1', email: 'x@chatnomina.local', roles, expiresAt: '2030-01-01T00:00:00Z' });
    if (url.pathname === '/api/chat/conversations') return json([]);
    if (url.pathname === '/api/users') return json({ items: [], page: 1, pageSize: 25, totalCount: 0 });
    return undefined;
  });
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(
    <AppProviders store={makeStore()} i18n={createI18n(language)}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return router;
}

describe('the HR console’s door', () => {
  beforeEach(() => {
    FakeSocket.reset();
    vi.stubGlobal('WebSocket', FakeSocket);
    resetRedirectGuard();
  });
  afterEach(() => vi.unstubAllGlobals());

  it('shows an employee the 403 page at every HR address, and no HR entry in the navigation', async () => {
    for (const path of ['/hr/employees', '/hr/imports', '/hr/analytics', '/hr/audit', '/hr/employees/abc']) {
      renderApp(path, ['employee']);
      expect(await screen.findByRole('heading', { level: 1, name: 'Acceso restringido' })).toBeInTheDocument();
      const nav = screen.getByRole('navigation', { name: 'Navegación principal' });
      expect(within(nav).queryByRole('link', { name: /RR\. HH\./ })).not.toBeInTheDocument();
      expect(screen.queryByRole('navigation', { name: 'Consola de RR. HH.' })).not.toBeInTheDocument();
      cleanup();
    }
  });

  it('gives HR a navigation entry, and /hr opens the directory with the console’s own navigation', async () => {
    const router = renderApp('/hr', ['hr']);
    expect(await screen.findByRole('heading', { level: 1, name: 'Empleados' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/hr/employees');
    const main = screen.getByRole('navigation', { name: 'Navegación principal' });
    expect(within(main).getByRole('link', { name: /RR\. HH\./ })).toHaveAttribute('href', '/hr');
    const console = screen.getByRole('navigation', { name: 'Consola de RR. HH.' });
    expect(within(console).getAllByRole('link').map((a) => a.getAttribute('href'))).toEqual([
      '/hr/employees',
      '/hr/imports',
      '/hr/analytics',
      '/hr/audit',
    ]);
    expect(within(console).getByRole('link', { name: 'Empleados' })).toHaveAttribute('aria-current', 'page');
  });

  it('opens for admins too, in English', async () => {
    renderApp('/hr/employees', ['admin'], 'en');
    expect(await screen.findByRole('heading', { level: 1, name: 'Employees' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'HR console' })).toBeInTheDocument();
  });
});
