import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { calledUrls, json, mockFetch } from '@/test/fetchMock';
import { renderWithProviders } from '@/test/render';
import { DirectoryPage } from './DirectoryPage';

const employee = (n: number, overrides: Record<string, unknown> = {}) => ({
  id: `00000000-0000-0000-0000-${String(n).padStart(12, '0')}`,
  email: `e${n}@chatnomina.local`,
  employeeNumber: `E${String(n).padStart(5, '0')}`,
  firstName: `Nombre${n}`,
  lastName: `Apellido${n}`,
  department: 'Ingeniería',
  position: 'Desarrolladora',
  hireDate: '2020-01-01',
  preferredLanguage: 'es',
  status: 'active',
  deactivatedAt: null,
  ...overrides,
});

describe('DirectoryPage', () => {
  let fetchMock: ReturnType<typeof mockFetch>;
  let createAnswer: (body: Record<string, string>) => Response;
  beforeEach(() => {
    createAnswer = (body) =>
      json(
        {
          employee: employee(99, { ...body, id: 'new-id', status: 'pending' }),
          setPasswordUrl: '/account/set-password?token=abc',
          setPasswordExpiresAt: '2026-12-10T12:00:00Z',
        },
        201,
      );
    fetchMock = mockFetch((url, init) => {
      if (url.pathname === '/api/users' && init?.method === 'POST') return createAnswer(JSON.parse(String(init.body)) as Record<string, string>);
      if (url.pathname === '/api/users') {
        const page = Number(url.searchParams.get('page'));
        const search = url.searchParams.get('search');
        if (search === 'ana') return json({ items: [employee(1, { firstName: 'Ana', lastName: 'García' })], page: 1, pageSize: 25, totalCount: 1 });
        return json({
          items: [employee(page * 100 + 1), employee(page * 100 + 2, { status: 'deactivated' })],
          page,
          pageSize: 25,
          totalCount: 60,
        });
      }
      return undefined;
    });
  });
  afterEach(() => vi.unstubAllGlobals());

  it('lists employees with their status and a link to each, paged by the server', async () => {
    const u = userEvent.setup();
    renderWithProviders(<DirectoryPage />, { route: '/hr/employees' });
    const table = await screen.findByRole('table', { name: 'Empleados' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(within(rows[0]).getByRole('link', { name: 'Nombre101 Apellido101' })).toHaveAttribute('href', `/hr/employees/${employee(101).id}`);
    expect(rows[0]).toHaveTextContent('Activo');
    expect(rows[1]).toHaveTextContent('Dado de baja');
    expect(screen.getByText('1–25 de 60')).toBeInTheDocument();

    await u.click(screen.getByRole('button', { name: 'Página siguiente' }));
    expect(await screen.findByRole('link', { name: 'Nombre201 Apellido201' })).toBeInTheDocument();
    expect(calledUrls(fetchMock).some((x) => x.searchParams.get('page') === '2' && x.searchParams.get('pageSize') === '25')).toBe(true);
  });

  it('searches as HR types, and filters by status', async () => {
    const u = userEvent.setup();
    renderWithProviders(<DirectoryPage />);
    await screen.findByRole('table');
    await u.type(screen.getByRole('searchbox', { name: 'Buscar' }), 'ana');
    expect(await screen.findByRole('link', { name: 'Ana García' })).toBeInTheDocument();
    expect(screen.getByText('1 empleado encontrado')).toBeInTheDocument();

    await u.click(screen.getByRole('combobox', { name: 'Estado' }));
    await u.click(screen.getByRole('option', { name: 'Dado de baja' }));
    await waitFor(() => expect(calledUrls(fetchMock).some((x) => x.searchParams.get('status') === 'deactivated')).toBe(true));
  });

  it('creates an employee: required fields first, then the one-time link with its expiry and a copy button', async () => {
    const u = userEvent.setup();
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    renderWithProviders(<DirectoryPage />);
    await u.click(screen.getByRole('button', { name: 'Nuevo empleado' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nuevo empleado' });
    await u.click(within(dialog).getByRole('button', { name: 'Crear empleado' }));
    const number = within(dialog).getByRole('textbox', { name: 'Número de empleado' });
    expect(number).toHaveAttribute('aria-invalid', 'true');
    expect(number).toHaveAccessibleDescription('Este campo es obligatorio.');
    expect(number).toHaveFocus();
    expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'POST')).toBe(false);

    await u.type(number, 'E09999');
    await u.type(within(dialog).getByRole('textbox', { name: 'Nombre' }), 'Lucía');
    await u.type(within(dialog).getByRole('textbox', { name: 'Apellidos' }), 'Martín');
    await u.type(within(dialog).getByRole('textbox', { name: 'Correo electrónico' }), 'lucia.martin@chatnomina.local');
    await u.type(within(dialog).getByRole('textbox', { name: 'Departamento' }), 'Finanzas');
    await u.type(within(dialog).getByRole('textbox', { name: 'Puesto' }), 'Analista');
    await u.click(within(dialog).getByRole('button', { name: 'Crear empleado' }));

    expect(await within(dialog).findByText('Se ha creado la ficha de Lucía Martín.')).toBeInTheDocument();
    const post = fetchMock.mock.calls.find(([, init]) => init?.method === 'POST')!;
    expect(JSON.parse(String(post[1]!.body))).toMatchObject({
      employeeNumber: 'E09999',
      firstName: 'Lucía',
      lastName: 'Martín',
      email: 'lucia.martin@chatnomina.local',
      department: 'Finanzas',
      position: 'Analista',
      preferredLanguage: 'es',
    });
    const link = within(dialog).getByRole('textbox', { name: 'Enlace para crear la contraseña' });
    expect(link).toHaveValue(`${window.location.origin}/account/set-password?token=abc`);
    expect(within(dialog).getByText(/^Caduca el /)).toBeInTheDocument();
    await u.click(within(dialog).getByRole('button', { name: 'Copiar enlace' }));
    expect(writeText).toHaveBeenCalledWith(`${window.location.origin}/account/set-password?token=abc`);
    expect(await within(dialog).findByText('Enlace copiado al portapapeles.')).toBeInTheDocument();
    expect(within(dialog).getByRole('link', { name: 'Ver la ficha' })).toHaveAttribute('href', '/hr/employees/new-id');
  });

  it('shows the server’s validation errors on their fields, and a duplicate as a message', async () => {
    const u = userEvent.setup();
    createAnswer = () => json({ status: 400, title: 'Validation', errors: { Email: ['The email is not valid.'], HireDate: ['The hire date is in the future.'] } }, 400);
    renderWithProviders(<DirectoryPage />, { language: 'en' });
    await u.click(screen.getByRole('button', { name: 'New employee' }));
    const dialog = await screen.findByRole('dialog', { name: 'New employee' });
    for (const [name, value] of [
      ['Employee number', 'E1'],
      ['First name', 'A'],
      ['Last name', 'B'],
      ['Email', 'a@b.c'],
      ['Department', 'D'],
      ['Position', 'P'],
    ]) {
      await u.type(within(dialog).getByRole('textbox', { name }), value);
    }
    await u.click(within(dialog).getByRole('button', { name: 'Create employee' }));
    const email = within(dialog).getByRole('textbox', { name: 'Email' });
    await waitFor(() => expect(email).toHaveAccessibleDescription('The email is not valid.'));
    expect(within(dialog).getByLabelText(/Hire date/)).toHaveAccessibleDescription('The hire date is in the future.');

    createAnswer = () => json({ status: 409, title: 'Duplicate employee', detail: 'E1 is taken.' }, 409);
    await u.click(within(dialog).getByRole('button', { name: 'Create employee' }));
    expect(await within(dialog).findByText(/An employee with that email or number already exists\. E1 is taken\./)).toBeInTheDocument();
  });
});
