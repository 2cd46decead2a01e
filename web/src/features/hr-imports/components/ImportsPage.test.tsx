import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { calledUrls, json, mockFetch } from '@/test/fetchMock';
import { FakeXhr } from '@/test/fakeXhr';
import { renderWithProviders } from '@/test/render';
import { ImportsPage } from './ImportsPage';

const HR = '37286a1c-1f2f-5853-b65c-631304b52ccf';
const historyItem = (id: number, overrides: Record<string, unknown> = {}) => ({
  id,
  importedBy: HR,
  importedAt: '2026-12-07T10:15:00Z',
  fileSha256: 'ab'.repeat(32),
  fileBytes: 2048,
  dialect: 'spanish',
  result: 'applied',
  dryRun: false,
  rows: 2,
  created: 1,
  updated: 1,
  unchanged: 0,
  errors: 0,
  ...overrides,
});

const csv = () => new File(['employee_number;year;month\nE00001;2026;12\n'], 'nominas-diciembre.csv', { type: 'text/csv' });

describe('ImportsPage', () => {
  let fetchMock: ReturnType<typeof mockFetch>;
  beforeEach(() => {
    FakeXhr.reset();
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    fetchMock = mockFetch((url) => {
      if (url.pathname === '/api/payroll/imports') {
        return url.searchParams.get('before') === '7'
          ? json({ items: [historyItem(6, { result: 'invalid', errors: 3, created: 0, updated: 0 })], next: null })
          : json({ items: [historyItem(8, { result: 'dry_run', dryRun: true }), historyItem(7)], next: 7 });
      }
      return undefined;
    });
  });
  afterEach(() => vi.unstubAllGlobals());

  it('shows the history, newest first, and pages back with the cursor', async () => {
    const u = userEvent.setup();
    renderWithProviders(<ImportsPage />);
    const table = await screen.findByRole('table', { name: /Importaciones, de la más reciente/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('Validación');
    expect(rows[1]).toHaveTextContent('Importada');
    expect(rows[1]).toHaveTextContent('Español (;)');
    expect(within(rows[1]).getByRole('link')).toHaveAttribute('href', `/hr/employees/${HR}`);

    await u.click(screen.getByRole('button', { name: 'Más antiguas' }));
    expect(await screen.findByText('Con errores')).toBeInTheDocument();
    expect(calledUrls(fetchMock).some((url) => url.searchParams.get('before') === '7')).toBe(true);
    expect(screen.getByRole('button', { name: 'Más antiguas' })).toBeDisabled();
    await u.click(screen.getByRole('button', { name: 'Más recientes' }));
    expect(await screen.findByText('Validación')).toBeInTheDocument();
  });

  it('validates only by default: progress while sending, then what an import would do', async () => {
    const u = userEvent.setup();
    renderWithProviders(<ImportsPage />);
    const validate = screen.getByRole('button', { name: 'Validar' });
    expect(validate).toBeDisabled();
    await u.upload(screen.getByLabelText('Archivo CSV'), csv());
    expect(screen.getByText(/Archivo: nominas-diciembre\.csv/)).toBeInTheDocument();
    expect(screen.getByRole('switch', { name: 'Solo validar (no se guarda nada)' })).toBeChecked();
    await u.click(validate);

    const xhr = FakeXhr.last();
    expect(xhr.method).toBe('POST');
    expect(xhr.url).toBe('/api/payroll/imports?dryRun=true');
    expect(xhr.headers['X-CSRF']).toBe('1');
    expect((xhr.body as FormData).get('file')).toBeInstanceOf(File);

    act(() => xhr.progress(512, 1024));
    expect(screen.getByRole('progressbar', { name: 'Progreso de la subida' })).toHaveAttribute('aria-valuenow', '50');
    expect(screen.getByText('Enviando: 50 %')).toBeInTheDocument();
    act(() => xhr.progress(1024, 1024));
    expect(screen.getByText('Archivo enviado. Comprobando las filas…')).toBeInTheDocument();

    const before = fetchMock.mock.calls.length;
    act(() => xhr.respond(200, { rows: 2, created: 1, updated: 0, unchanged: 1, dryRun: true }));
    expect(await screen.findByText(/nominas-diciembre\.csv es válido: 2 filas\. Al importarlo se crearían 1, se actualizarían 0 y 1 quedarían igual\. No se ha guardado nada\./)).toBeInTheDocument();
    // the attempt is in the history: it is read again
    await waitFor(() => expect(fetchMock.mock.calls.length).toBeGreaterThan(before));
  });

  it('imports for real when "validate only" is off', async () => {
    const u = userEvent.setup();
    renderWithProviders(<ImportsPage />, { language: 'en' });
    await u.upload(screen.getByLabelText('CSV file'), csv());
    await u.click(screen.getByRole('switch', { name: 'Validate only (nothing is saved)' }));
    await u.click(screen.getByRole('button', { name: 'Import' }));
    const xhr = FakeXhr.last();
    expect(xhr.url).toBe('/api/payroll/imports');
    act(() => xhr.respond(200, { rows: 2, created: 0, updated: 2, unchanged: 0, dryRun: false }));
    expect(await screen.findByText('nominas-diciembre.csv imported: 2 rows; 0 created, 2 updated, 0 unchanged.')).toBeInTheDocument();
  });

  it('shows every refused row in a table, and says nothing was written', async () => {
    const u = userEvent.setup();
    renderWithProviders(<ImportsPage />);
    await u.upload(screen.getByLabelText('Archivo CSV'), csv());
    await u.click(screen.getByRole('button', { name: 'Validar' }));
    act(() =>
      FakeXhr.last().respond(400, {
        status: 400,
        title: 'Invalid import: nothing was written',
        errors: [
          { line: 3, column: 'net_salary', message: 'net_salary must equal gross_salary minus the deductions (2.371,12)' },
          { line: 4, column: null, message: 'Wrong number of fields' },
        ],
      }),
    );
    expect(await screen.findByText(/nominas-diciembre\.csv: 2 errores\. No se ha guardado nada/)).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Errores de nominas-diciembre.csv' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      '3net_salarynet_salary must equal gross_salary minus the deductions (2.371,12)',
      '4—Wrong number of fields',
    ]);
  });

  it('says when the service is busy, with the wait from Retry-After', async () => {
    const u = userEvent.setup();
    renderWithProviders(<ImportsPage />);
    await u.upload(screen.getByLabelText('Archivo CSV'), csv());
    await u.click(screen.getByRole('button', { name: 'Validar' }));
    act(() => FakeXhr.last().respond(503, { status: 503, title: 'Busy' }, { 'Retry-After': '20' }));
    expect(await screen.findByText(/El servicio está ocupado\. Inténtalo de nuevo en (20|19) s\./)).toBeInTheDocument();
  });
});
