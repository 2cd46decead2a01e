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
  versions: 2,
  publishedVersions: 0,
  publishedAt: null,
  ...overrides,
});

const csv = () => new File(['employee_number;year;month\nE00001;2026;12\n'], 'nominas-diciembre.csv', { type: 'text/csv' });

describe('ImportsPage', () => {
  let fetchMock: ReturnType<typeof mockFetch>;
  let publishBodies: Array<{ id: string; body: unknown }>;
  beforeEach(() => {
    FakeXhr.reset();
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    publishBodies = [];
    fetchMock = mockFetch((url, init) => {
      const published = /^\/api\/payroll\/imports\/(\d+)\/publish$/.exec(url.pathname);
      if (published && init?.method === 'POST') {
        const body = init.body ? (JSON.parse(String(init.body)) as { at?: string }) : undefined;
        publishBodies.push({ id: published[1], body });
        if (body?.at && Date.parse(body.at) < Date.now())
          return json({ status: 400, title: 'Invalid publication', detail: 'The moment is in the past.' }, 400);
        return json({
          importId: Number(published[1]),
          published: !body?.at,
          publishedAt: body?.at ?? '2026-12-07T11:00:00Z',
          payslips: 2,
          alreadyPublished: 0,
        });
      }
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

  it('shows each applied import’s publication as the history tells it', async () => {
    mockFetch((url) =>
      url.pathname === '/api/payroll/imports'
        ? json({
            items: [
              historyItem(13, { publishedVersions: 2, publishedAt: '2026-12-07T11:00:00Z' }),
              historyItem(12, { publishedAt: '2099-01-31T08:00:00Z' }),
              historyItem(11, { versions: 0, created: 0, updated: 0, unchanged: 2 }),
              historyItem(10),
            ],
            next: null,
          })
        : undefined,
    );
    renderWithProviders(<ImportsPage />);
    const table = await screen.findByRole('table', { name: /Importaciones, de la más reciente/ });
    const [published, scheduled, unchanged, unpublished] = within(table).getAllByRole('row').slice(1);
    expect(published).toHaveTextContent('Publicada');
    expect(within(published).queryByRole('button', { name: /Publicar/ })).toBeNull();
    expect(scheduled).toHaveTextContent('Programada');
    expect(within(scheduled).getByRole('button', { name: 'Publicar la importación n.º 12' })).toBeInTheDocument();
    expect(within(unchanged).queryByRole('button', { name: /Publicar/ })).toBeNull();
    expect(within(unpublished).getByRole('button', { name: 'Publicar la importación n.º 10' })).toBeInTheDocument();
    expect(unpublished).not.toHaveTextContent('Publicada');
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

  it('imports for real and publishes at once by default when "validate only" is off', async () => {
    const u = userEvent.setup();
    renderWithProviders(<ImportsPage />, { language: 'en' });
    await u.upload(screen.getByLabelText('CSV file'), csv());
    expect(screen.queryByRole('checkbox', { name: /Publish now/ })).not.toBeInTheDocument(); // a dry run publishes nothing
    await u.click(screen.getByRole('switch', { name: 'Validate only (nothing is saved)' }));
    expect(screen.getByRole('checkbox', { name: /Publish now/ })).toBeChecked();
    await u.click(screen.getByRole('button', { name: 'Import' }));
    const xhr = FakeXhr.last();
    expect(xhr.url).toBe('/api/payroll/imports?publish=true');
    act(() =>
      xhr.respond(200, { rows: 2, created: 0, updated: 2, unchanged: 0, dryRun: false, importId: 9, published: true, publishedAt: '2026-12-07T10:20:00Z', warnings: [] }),
    );
    expect(await screen.findByText('nominas-diciembre.csv imported: 2 rows; 0 created, 2 updated, 0 unchanged.')).toBeInTheDocument();
    expect(screen.getByText('Published: employees already see these payslips.')).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: /Warnings in/ })).not.toBeInTheDocument();
  });

  it('imports without publishing, then publishes from the answer; shows the jump warnings as a table', async () => {
    const u = userEvent.setup();
    renderWithProviders(<ImportsPage />, { language: 'en' });
    await u.upload(screen.getByLabelText('CSV file'), csv());
    await u.click(screen.getByRole('switch', { name: 'Validate only (nothing is saved)' }));
    await u.click(screen.getByRole('checkbox', { name: /Publish now/ }));
    await u.click(screen.getByRole('button', { name: 'Import' }));
    expect(FakeXhr.last().url).toBe('/api/payroll/imports');
    act(() =>
      FakeXhr.last().respond(200, {
        rows: 2,
        created: 0,
        updated: 2,
        unchanged: 0,
        dryRun: false,
        importId: 9,
        published: false,
        warnings: [{ line: 2, column: 'net_salary', message: 'net_salary 4.000,00 is 67 % above the previous month (2.400,00)' }],
      }),
    );
    expect(await screen.findByText('Unpublished: employees do not see these payslips until you publish them.')).toBeInTheDocument();
    expect(screen.getByText('nominas-diciembre.csv: 1 warning. It was accepted; check the row.')).toBeInTheDocument();
    const warnings = screen.getByRole('table', { name: 'Warnings in nominas-diciembre.csv' });
    expect(within(warnings).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Line', 'Column', 'Warning']);
    expect(within(warnings).getAllByRole('row')[1]).toHaveTextContent('2net_salarynet_salary 4.000,00 is 67 % above the previous month (2.400,00)');

    // publish now, from the answer
    await u.click(screen.getByRole('button', { name: 'Publish' }));
    const dialog = screen.getByRole('dialog', { name: 'Publish import no. 9' });
    expect(within(dialog).getByRole('radio', { name: 'Now' })).toBeChecked();
    await u.click(within(dialog).getByRole('button', { name: 'Publish' }));
    expect(await screen.findByText('Import no. 9 published: 2 payslips (0 already were).')).toBeInTheDocument();
    expect(publishBodies).toEqual([{ id: '9', body: undefined }]);
    expect(screen.getByText('Published: employees already see these payslips.')).toBeInTheDocument();
  });

  it('publishes an applied import from the history at a date and time, and says when a moment is refused', async () => {
    const u = userEvent.setup();
    renderWithProviders(<ImportsPage />, { language: 'en' });
    const table = await screen.findByRole('table', { name: /Imports, newest first/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(within(rows[0]).queryByRole('button', { name: /Publish/ })).not.toBeInTheDocument(); // a dry run
    await u.click(within(rows[1]).getByRole('button', { name: 'Publish import no. 7' }));
    const dialog = screen.getByRole('dialog', { name: 'Publish import no. 7' });
    await u.click(within(dialog).getByRole('radio', { name: 'At a date and time' }));
    await u.click(within(dialog).getByRole('button', { name: 'Publish' }));
    expect(within(dialog).getByText('Choose the date and time.')).toBeInTheDocument();
    expect(publishBodies).toEqual([]);

    // a moment in the past: the service's words
    const at = within(dialog).getByLabelText(/Publication date and time/);
    await u.type(at, '2020-01-01T08:00');
    await u.click(within(dialog).getByRole('button', { name: 'Publish' }));
    expect(await within(dialog).findByText('The moment is in the past.')).toBeInTheDocument();

    await u.clear(at);
    await u.type(at, '2030-12-31T08:00');
    await u.click(within(dialog).getByRole('button', { name: 'Publish' }));
    const when = new Date('2030-12-31T08:00').toISOString();
    await waitFor(() => expect(publishBodies.at(-1)).toEqual({ id: '7', body: { at: when } }));
    expect(await screen.findByText(/Import no\. 7 scheduled for .*2030.*: 2 payslips\./)).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    // the row now says so, and still offers to publish (now, or another moment)
    const row = within(screen.getByRole('table', { name: /Imports, newest first/ })).getAllByRole('row')[2];
    expect(row).toHaveTextContent(/Scheduled: .*2030/);
    expect(within(row).getByRole('button', { name: 'Publish import no. 7' })).toBeInTheDocument();
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
