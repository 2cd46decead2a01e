import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser, resetRedirectGuard } from '@/lib/navigation';
import { createI18n } from '@/lib/i18n';
import { FakeSocket } from '@/test/fakeSocket';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProviders } from './AppProviders';
import { routes } from './router';
import { makeStore } from './store';

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

const user = { sub: 'u-1', email: 'ana.garcia@chatnomina.local', roles: ['employee'], expiresAt: '2030-01-01T00:00:00Z' };

const payslip = (month: number, overrides: Record<string, unknown> = {}) => ({
  userId: 'u-1',
  year: 2025,
  month,
  grossSalary: 3000,
  earnings: [{ type: 'base', label: 'Salario base', amount: 3000 }],
  deductions: [{ type: 'irpf', label: 'IRPF', amount: 450 }],
  totalDeductions: 450,
  netSalary: 2550,
  paymentDate: `2025-0${month}-28`,
  currency: 'EUR',
  ...overrides,
});

function renderApp(path: string, language: 'es' | 'en' = 'es') {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const store = makeStore();
  render(
    <AppProviders store={store} i18n={createI18n(language)}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { router, store };
}

describe('the app', () => {
  let fetchMock: ReturnType<typeof vi.fn<typeof fetch>>;
  let signedIn: boolean;

  beforeEach(() => {
    FakeSocket.reset();
    vi.stubGlobal('WebSocket', FakeSocket);
    resetRedirectGuard();
    signedIn = true;
    fetchMock = vi.fn<typeof fetch>(async (input, init) => {
      const url = String(input);
      if (url === '/bff/user') return signedIn ? json(user) : json({ status: 401 }, 401);
      if (url === '/bff/logout' && init?.method === 'POST') return new Response(null, { status: 204 });
      if (url === '/api/chat/conversations') return json([]);
      if (url === '/api/users/me')
        return json({ id: 'u-1', email: user.email, firstName: 'Ana', lastName: 'García', department: 'Finanzas', position: 'Analista', hireDate: '2019-09-02', preferredLanguage: 'es' });
      if (url === '/api/payroll/payslips/2025/3')
        return json(
          payslip(3, {
            grossSalary: 3200,
            earnings: [
              { type: 'base', label: 'Salario base', amount: 3000 },
              { type: 'bonus', label: 'Bonus', amount: 200 },
            ],
            deductions: [{ type: 'irpf', label: 'IRPF', amount: 500 }],
            totalDeductions: 500,
            netSalary: 2700,
          }),
        );
      if (url === '/api/payroll/payslips/2025/2') return json(payslip(2));
      return json({ status: 404, title: 'Not Found' }, 404);
    });
    vi.stubGlobal('fetch', fetchMock);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('sends a signed-out visitor to the BFF sign-in with the page as returnUrl', async () => {
    signedIn = false;
    const assign = vi.spyOn(browser, 'assign').mockImplementation(() => undefined);
    window.history.replaceState(null, '', '/profile');
    renderApp('/profile');
    await waitFor(() => expect(assign).toHaveBeenCalledWith('/bff/login?returnUrl=%2Fprofile&lang=es'));
    expect(screen.queryByRole('heading', { name: 'Perfil' })).not.toBeInTheDocument();
  });

  it('tells the visitor when the sign-in did not complete, in their language', async () => {
    renderApp('/signed-out?reason=sign-in-failed', 'en');
    expect(await screen.findByText('Signing in did not complete. Please try again.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Sign in again' })).toHaveAttribute('href', '/bff/login?returnUrl=%2F&lang=en');
    expect(fetchMock).not.toHaveBeenCalled(); // the public page calls no API
  });

  it('has a skip link, a named navigation and a chat page heading', async () => {
    renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Chat' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Saltar al contenido' })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Navegación principal' });
    expect(within(nav).getByRole('link', { name: /Nóminas/ })).toHaveAttribute('href', '/payslips');
    expect(within(nav).getByRole('link', { name: /Chat/ })).toHaveAttribute('aria-current', 'page');
  });

  it('switches language: labels, <html lang> and only the preference in localStorage', async () => {
    const u = userEvent.setup();
    renderApp('/');
    await screen.findByRole('textbox', { name: 'Mensaje' });
    await u.click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByRole('textbox', { name: 'Message' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByRole('button', { name: 'Español' })).toBeInTheDocument();
    await u.click(screen.getByRole('button', { name: 'Switch to dark theme' }));
    expect(screen.getByRole('button', { name: 'Switch to light theme' })).toBeInTheDocument();
    expect({ ...window.localStorage }).toEqual({ 'chatnomina.language': 'en', 'chatnomina.theme': 'dark' });
  });

  it('shows a month: lines, totals, status, and every line that changed against the previous month', async () => {
    renderApp('/payslips/2025/3');
    expect(await screen.findByRole('heading', { level: 1, name: 'Nómina de marzo de 2025' })).toBeInTheDocument();
    const earnings = await screen.findByRole('table', { name: 'Devengos de marzo de 2025' });
    expect(within(earnings).getByRole('rowheader', { name: 'Bonus' })).toBeInTheDocument();
    expect(screen.getByText('Pagada')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Mes anterior' })).toHaveAttribute('href', '/payslips/2025/2');
    expect(screen.getByRole('link', { name: 'Mes siguiente' })).toHaveAttribute('href', '/payslips/2025/4');
    expect(screen.getByRole('link', { name: 'Descargar PDF' })).toHaveAttribute('href', '/api/payroll/payslips/2025/3/pdf?lang=es');

    const changes = await screen.findByRole('table', { name: 'Cambios de marzo de 2025 respecto a febrero de 2025' });
    const rows = within(changes).getAllByRole('row').slice(1).map((row) => row.textContent?.replace(/\s/g, ' '));
    expect(rows).toEqual([
      expect.stringMatching(/^BonusDevengoNuevo—200,00 €\+200,00 €$/),
      expect.stringMatching(/^IRPFDeducciónModificado450,00 €500,00 €\+50,00 €$/),
      expect.stringMatching(/^BrutoTotalModificado3.000,00 €3.200,00 €\+200,00 €$/),
      expect.stringMatching(/^Total deduccionesTotalModificado450,00 €500,00 €\+50,00 €$/),
      expect.stringMatching(/^NetoTotalModificado2.550,00 €2.700,00 €\+150,00 €$/),
    ]);
  });

  it('says when a month has no payslip', async () => {
    renderApp('/payslips/2019/1');
    expect(await screen.findByText('No hay nómina de enero de 2019.')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Descargar PDF' })).not.toBeInTheDocument();
  });

  it('shows the profile fields that exist', async () => {
    renderApp('/profile', 'en');
    expect(await screen.findByRole('heading', { level: 1, name: 'Profile' })).toBeInTheDocument();
    expect(await screen.findByText('Ana García')).toBeInTheDocument();
    expect(screen.getByText('2 September 2019')).toBeInTheDocument();
    expect(screen.getByText('Employee')).toBeInTheDocument();
  });

  it('signs out through the BFF, forgets the data and lands on the public page', async () => {
    const u = userEvent.setup();
    const { router, store } = renderApp('/profile');
    await screen.findByText('Ana García');
    await u.click(screen.getByRole('button', { name: 'Cerrar sesión' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Has cerrado sesión' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/signed-out');
    const logout = fetchMock.mock.calls.find(([url]) => url === '/bff/logout')!;
    expect(new Headers(logout[1]!.headers).get('X-CSRF')).toBe('1');
    expect(screen.getByRole('link', { name: 'Volver a entrar' })).toHaveAttribute('href', '/bff/login?returnUrl=%2F&lang=es');
    expect(JSON.stringify(store.getState().api.queries)).not.toContain('García');
  });
});
