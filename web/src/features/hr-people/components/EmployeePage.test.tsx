import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { json, mockFetch } from '@/test/fetchMock';
import { renderWithProviders } from '@/test/render';
import { EmployeePage } from './EmployeePage';

const ANA = '1f670925-b2ed-5d0d-8b1e-9c903e34d0c1';
const HR = '37286a1c-1f2f-5853-b65c-631304b52ccf';
const year = new Date().getFullYear();

describe('EmployeePage', () => {
  let fetchMock: ReturnType<typeof mockFetch>;
  let ana: Record<string, unknown>;
  let changes: () => Response;
  let versioned: boolean;
  let viewerRoles: string[];
  let viewerSub: string;
  let account: { role: string; secondFactor: { enrolled: boolean; recoveryCodesLeft: number } };
  beforeEach(() => {
    versioned = false;
    viewerRoles = ['hr'];
    viewerSub = HR;
    account = { role: 'employee', secondFactor: { enrolled: false, recoveryCodesLeft: 0 } };
    ana = {
      id: ANA,
      email: 'ana.garcia@chatnomina.local',
      employeeNumber: 'E00001',
      firstName: 'Ana',
      lastName: 'García',
      department: 'Ingeniería',
      position: 'Desarrolladora',
      hireDate: '2019-09-02',
      preferredLanguage: 'es',
      status: 'active',
      deactivatedAt: null,
    };
    changes = () => json([{ at: '2026-12-01T10:00:00Z', actorId: HR, action: 'updated', details: { position: 'Desarrolladora' } }]);
    fetchMock = mockFetch((url, init) => {
      const method = init?.method ?? 'GET';
      if (url.pathname === `/api/users/${ANA}` && method === 'GET') return json(ana);
      if (url.pathname === `/api/users/${ANA}` && method === 'PUT') {
        ana = { ...ana, ...(JSON.parse(String(init!.body)) as object) };
        return json(ana);
      }
      if (url.pathname === `/api/users/${ANA}/deactivate` && method === 'POST') {
        ana = { ...ana, status: 'deactivated', deactivatedAt: '2026-12-07T11:00:00Z' };
        return json(ana);
      }
      if (url.pathname === `/api/users/${ANA}/set-password-link` && method === 'POST')
        return json({ setPasswordUrl: 'https://app.example/account/set-password?token=t', setPasswordExpiresAt: '2026-12-10T12:00:00Z' });
      if (url.pathname === `/api/users/${ANA}/sign-out-everywhere` && method === 'POST') return new Response(null, { status: 204 });
      if (url.pathname === `/api/users/${ANA}/changes`) return changes();
      if (url.pathname === '/bff/user') return json({ sub: viewerSub, email: 'rrhh@chatnomina.local', roles: viewerRoles, expiresAt: '2030-01-01T00:00:00Z' });
      if (url.pathname === `/api/users/${ANA}/account`) return json(account);
      if (url.pathname === `/api/users/${ANA}/role` && method === 'PUT') {
        const previousRole = account.role;
        account = { ...account, role: (JSON.parse(String(init!.body)) as { role: string }).role };
        return json({ changed: true, previousRole, role: account.role });
      }
      if (url.pathname === `/api/users/${ANA}/second-factor/reset` && method === 'POST') {
        account = { ...account, secondFactor: { enrolled: false, recoveryCodesLeft: 0 } };
        return new Response(null, { status: 204 });
      }
      if (url.pathname === `/api/payroll/employees/${ANA}/payslips`)
        return json({
          userId: ANA,
          year,
          payslips: [2, 1].map((month) => ({
            userId: ANA,
            year,
            month,
            grossSalary: 3000,
            earnings: [],
            deductions: [],
            totalDeductions: 600,
            netSalary: 2400,
            paymentDate: `${year}-0${month}-28`,
            currency: 'EUR',
            ...(versioned
              ? month === 2
                ? { version: 2, published: false, publishedAt: null }
                : { version: 1, published: true, publishedAt: `${year}-01-28T08:00:00Z` }
              : {}),
          })),
        });
      if (url.pathname === `/api/payroll/employees/${ANA}/payslips/${year}/2/versions`)
        return json({
          userId: ANA,
          year,
          month: 2,
          versions: [
            {
              version: 2,
              grossSalary: 3100,
              totalDeductions: 620,
              netSalary: 2480,
              paymentDate: `${year}-02-28`,
              currency: 'EUR',
              earnings: [],
              deductions: [],
              importId: 41,
              importedBy: HR,
              importedAt: `${year}-02-20T09:00:00Z`,
              fileSha256: 'ab'.repeat(32),
              published: false,
              publishedAt: null,
              publishedBy: null,
              shownToEmployee: false,
              changes: [
                { field: 'grossSalary', previous: '3000.00', current: '3100.00' },
                { field: 'earnings.bonus', previous: null, current: '100.00' },
              ],
            },
            {
              version: 1,
              grossSalary: 3000,
              totalDeductions: 600,
              netSalary: 2400,
              paymentDate: `${year}-02-28`,
              currency: 'EUR',
              earnings: [],
              deductions: [],
              importId: null,
              importedBy: null,
              importedAt: `${year}-02-01T09:00:00Z`,
              fileSha256: null,
              published: true,
              publishedAt: `${year}-02-01T09:00:00Z`,
              publishedBy: null,
              shownToEmployee: true,
              changes: [],
            },
          ],
        });
      return undefined;
    });
  });
  afterEach(() => vi.unstubAllGlobals());

  it('shows the profile, the payslips with their PDFs and the change history', async () => {
    renderWithProviders(<EmployeePage id={ANA} />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Ana García' })).toBeInTheDocument();
    expect(screen.getByText('Activo')).toBeInTheDocument();
    expect(screen.getByText('E00001')).toBeInTheDocument();
    expect(screen.getByText('2 de septiembre de 2019')).toBeInTheDocument();

    const payslips = await screen.findByRole('table', { name: `Nóminas de Ana García de ${year}` });
    const rows = within(payslips).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['Enero', 'Febrero']);
    expect(within(rows[0]).getByRole('link', { name: `PDF de la nómina de enero de ${year}` })).toHaveAttribute(
      'href',
      `/api/payroll/employees/${ANA}/payslips/${year}/1/pdf?lang=es`,
    );
    expect(screen.getByRole('link', { name: 'Ver quién las ha consultado' })).toHaveAttribute('href', `/hr/audit?subject=${ANA}&includeOwn=true`);

    const history = await screen.findByRole('table', { name: 'Cambios de la ficha, del más reciente al más antiguo' });
    expect(within(history).getAllByRole('row')[1]).toHaveTextContent('Ficha modificada');
    expect(within(history).getAllByRole('row')[1]).toHaveTextContent('position: Desarrolladora');
  });

  it('shows each payslip’s version and publication, and a payslip’s versions with what changed', async () => {
    versioned = true;
    const u = userEvent.setup();
    renderWithProviders(<EmployeePage id={ANA} />, { language: 'en' });
    const payslips = await screen.findByRole('table', { name: `Ana García’s payslips for ${year}` });
    expect(within(payslips).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(
      expect.arrayContaining(['Version', 'Publication']),
    );
    const [january, february] = within(payslips).getAllByRole('row').slice(1);
    expect(january).toHaveTextContent('Published');
    expect(february).toHaveTextContent('Unpublished');

    await u.click(within(february).getByRole('button', { name: `Versions of the February ${year} payslip` }));
    const dialog = await screen.findByRole('dialog', { name: `Versions of the February ${year} payslip` });
    const versions = await within(dialog).findAllByRole('article');
    expect(versions).toHaveLength(2);
    expect(within(versions[0]).getByRole('heading', { name: 'Version 2' })).toBeInTheDocument();
    expect(versions[0]).toHaveTextContent('import no. 41');
    expect(versions[0]).toHaveTextContent('Unpublished: the employee does not see it');
    const changed = within(versions[0]).getByRole('table', { name: 'What changed from the previous version' });
    expect(within(changed).getAllByRole('row').slice(1).map((r) => r.textContent)).toEqual(['grossSalary3000.003100.00', 'earnings.bonus—100.00']);
    expect(versions[1]).toHaveTextContent('The one the employee sees');
    expect(versions[1]).toHaveTextContent('no import (initial data)');
    expect(versions[1]).toHaveTextContent('First version.');
    await u.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('saves department, position and language with PUT', async () => {
    const u = userEvent.setup();
    renderWithProviders(<EmployeePage id={ANA} />);
    const position = await screen.findByRole('textbox', { name: 'Puesto' });
    expect(screen.getByRole('button', { name: 'Guardar cambios' })).toBeDisabled();
    await u.clear(position);
    await u.type(position, 'Jefa de equipo');
    await u.click(screen.getByRole('button', { name: 'Guardar cambios' }));
    expect(await screen.findByText('Cambios guardados.')).toBeInTheDocument();
    const put = fetchMock.mock.calls.find(([, init]) => init?.method === 'PUT')!;
    expect(JSON.parse(String(put[1]!.body))).toEqual({ department: 'Ingeniería', position: 'Jefa de equipo', preferredLanguage: 'es' });
    expect(new Headers(put[1]!.headers).get('X-CSRF')).toBe('1');
  });

  it('deactivates only after confirming, then offers to reactivate', async () => {
    const u = userEvent.setup();
    renderWithProviders(<EmployeePage id={ANA} />);
    await u.click(await screen.findByRole('button', { name: 'Dar de baja' }));
    const dialog = await screen.findByRole('dialog', { name: '¿Dar de baja a Ana García?' });
    expect(within(dialog).getByRole('button', { name: 'Cancelar' })).toHaveFocus();
    await u.click(within(dialog).getByRole('button', { name: 'Cancelar' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(fetchMock.mock.calls.some(([url]) => String(url).endsWith('/deactivate'))).toBe(false);

    await u.click(screen.getByRole('button', { name: 'Dar de baja' }));
    await u.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Dar de baja' }));
    expect(await screen.findByText('Ana García está dado de baja.')).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Reactivar' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getAllByText('Dado de baja').length).toBeGreaterThan(0));
  });

  it('hands out a new set-password link and signs the employee out everywhere', async () => {
    const u = userEvent.setup();
    renderWithProviders(<EmployeePage id={ANA} />, { language: 'en' });
    await u.click(await screen.findByRole('button', { name: 'New set-password link' }));
    expect(await screen.findByRole('textbox', { name: 'Set-password link' })).toHaveValue('https://app.example/account/set-password?token=t');

    await u.click(screen.getByRole('button', { name: 'Sign out everywhere' }));
    const dialog = await screen.findByRole('dialog', { name: 'End every session of Ana García?' });
    await u.click(within(dialog).getByRole('button', { name: 'Sign out everywhere' }));
    expect(await screen.findByText('Every session of Ana García has ended.')).toBeInTheDocument();
  });

  it('shows HR the role and second factor read-only', async () => {
    account = { role: 'hr', secondFactor: { enrolled: true, recoveryCodesLeft: 7 } };
    renderWithProviders(<EmployeePage id={ANA} />, { language: 'en' });
    const section = await screen.findByRole('region', { name: 'Role and second factor' });
    expect((await within(section).findAllByRole('definition'))[0]).toHaveTextContent('HR');
    expect(within(section).getByText('Set up')).toBeInTheDocument();
    expect(within(section).getByText('7 recovery codes left')).toBeInTheDocument();
    expect(within(section).queryByRole('button', { name: 'Change role' })).not.toBeInTheDocument();
    expect(within(section).queryByRole('button', { name: 'Reset second factor' })).not.toBeInTheDocument();
  });

  it('lets an admin change the role after confirming', async () => {
    viewerRoles = ['admin'];
    const u = userEvent.setup();
    renderWithProviders(<EmployeePage id={ANA} />, { language: 'en' });
    const section = await screen.findByRole('region', { name: 'Role and second factor' });
    expect((await within(section).findAllByRole('definition'))[0]).toHaveTextContent('Employee');
    const change = within(section).getByRole('button', { name: 'Change role' });
    expect(change).toBeDisabled(); // the role it already has
    expect(within(section).getByRole('button', { name: 'Reset second factor' })).toBeDisabled(); // nothing to reset

    await u.click(within(section).getByRole('combobox', { name: 'New role' }));
    await u.click(await screen.findByRole('option', { name: 'HR' }));
    await u.click(change);
    const dialog = await screen.findByRole('dialog', { name: 'Make Ana García HR?' });
    await u.click(within(dialog).getByRole('button', { name: 'Change role' }));
    expect(await screen.findByText('Ana García is now HR. Every session of theirs has ended.')).toBeInTheDocument();
    const put = fetchMock.mock.calls.find(([url, init]) => String(url).endsWith('/role') && init?.method === 'PUT')!;
    expect(JSON.parse(String(put[1]!.body))).toEqual({ role: 'hr' });
    expect(new Headers(put[1]!.headers).get('X-CSRF')).toBe('1');
    await waitFor(() => expect(within(section).getAllByRole('definition')[0]).toHaveTextContent('HR'));
  });

  it('lets an admin reset the second factor after confirming', async () => {
    viewerRoles = ['admin'];
    account = { role: 'hr', secondFactor: { enrolled: true, recoveryCodesLeft: 10 } };
    const u = userEvent.setup();
    renderWithProviders(<EmployeePage id={ANA} />, { language: 'en' });
    const section = await screen.findByRole('region', { name: 'Role and second factor' });
    await u.click(await within(section).findByRole('button', { name: 'Reset second factor' }));
    const reset = await screen.findByRole('dialog', { name: 'Reset the second factor of Ana García?' });
    await u.click(within(reset).getByRole('button', { name: 'Reset second factor' }));
    expect(await screen.findByText('The second factor of Ana García is reset. Every session of theirs has ended.')).toBeInTheDocument();
    expect(fetchMock.mock.calls.some(([url, init]) => String(url).endsWith('/second-factor/reset') && init?.method === 'POST')).toBe(true);
    expect(await within(section).findByText('Not set up')).toBeInTheDocument();
  });

  it('never offers an admin to change their own role or second factor', async () => {
    viewerRoles = ['admin'];
    viewerSub = ANA;
    renderWithProviders(<EmployeePage id={ANA} />, { language: 'en' });
    const section = await screen.findByRole('region', { name: 'Role and second factor' });
    expect(await within(section).findByText('Your own role and second factor are changed by another administrator.')).toBeInTheDocument();
    expect(within(section).queryByRole('button', { name: 'Change role' })).not.toBeInTheDocument();
  });

  it('says when there is no such employee, and when the change history is not there yet', async () => {
    changes = () => json({ status: 404 }, 404);
    renderWithProviders(<EmployeePage id={ANA} />);
    expect(await screen.findByText('El historial de cambios aún no está disponible.')).toBeInTheDocument();

    renderWithProviders(<EmployeePage id="00000000-0000-0000-0000-000000000000" />);
    expect(await screen.findByText('No existe ese empleado.')).toBeInTheDocument();
  });
});
