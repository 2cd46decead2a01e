import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { calledUrls, json, mockFetch } from '@/test/fetchMock';
import { renderWithProviders } from '@/test/render';
import { AuditPage } from './AuditPage';

const ANA = '1f670925-b2ed-5d0d-8b1e-9c903e34d0c1';
const HR = '37286a1c-1f2f-5853-b65c-631304b52ccf';
const row = (id: number, overrides: Record<string, unknown> = {}) => ({
  id,
  accessedAt: '2026-12-07T09:30:00Z',
  action: 'payslip.read',
  readerId: HR,
  subjectUserId: ANA,
  year: 2025,
  month: 3,
  ownData: false,
  traceId: null,
  ...overrides,
});

describe('AuditPage', () => {
  let fetchMock: ReturnType<typeof mockFetch>;
  let exportAnswer: () => Response;
  beforeEach(() => {
    exportAnswer = () => new Response('id,accessedAt\n', { status: 200, headers: { 'Content-Type': 'text/csv', 'Content-Disposition': 'attachment; filename="audit.csv"' } });
    fetchMock = mockFetch((url) => {
      if (url.pathname === '/api/payroll/audit') {
        if (url.searchParams.get('subject') === 'not-a-uuid') return json({ status: 400, errors: { subject: ['subject must be a UUID'] } }, 400);
        return json({ items: [row(2), row(1, { readerId: ANA, ownData: true, action: 'payslip.list', month: null })], next: null });
      }
      if (url.pathname === '/api/payroll/audit/export') return exportAnswer();
      return undefined;
    });
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:x'), revokeObjectURL: vi.fn() }));
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined); // jsdom cannot download
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('lists who read whose data, marking reads of one’s own data', async () => {
    renderWithProviders(<AuditPage />, { route: `/hr/audit?subject=${ANA}&includeOwn=true` });
    const table = await screen.findByRole('table', { name: /Lecturas de datos de nómina/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent('Nómina de un mes');
    expect(rows[0]).toHaveTextContent('marzo de 2025');
    expect(rows[0]).toHaveTextContent('De otra persona');
    expect(rows[1]).toHaveTextContent('Lista de nóminas');
    expect(rows[1]).toHaveTextContent('Propios datos');
    expect(within(rows[0]).getAllByRole('link')[0]).toHaveAttribute('href', `/hr/employees/${HR}`);
    const url = calledUrls(fetchMock).find((u) => u.pathname === '/api/payroll/audit')!;
    expect(url.searchParams.get('subject')).toBe(ANA);
    expect(url.searchParams.get('includeOwn')).toBe('true');
    expect(screen.getByRole('textbox', { name: 'Empleado consultado' })).toHaveValue(ANA);
    expect(screen.getByRole('checkbox', { name: 'Incluir las consultas a los propios datos' })).toBeChecked();
  });

  it('filters by reader and days, and refuses an id that is not one, on its field', async () => {
    const u = userEvent.setup();
    renderWithProviders(<AuditPage />, { route: '/hr/audit' });
    await screen.findByRole('table');
    await u.type(screen.getByRole('textbox', { name: 'Quién consultó' }), 'abc');
    await u.click(screen.getByRole('button', { name: 'Filtrar' }));
    const reader = screen.getByRole('textbox', { name: 'Quién consultó' });
    expect(reader).toHaveAttribute('aria-invalid', 'true');
    expect(reader).toHaveAccessibleDescription('No es un identificador válido.');

    await u.clear(reader);
    await u.type(reader, HR);
    await u.type(screen.getByLabelText('Desde'), '2026-12-01');
    await u.click(screen.getByRole('button', { name: 'Filtrar' }));
    await waitFor(() => {
      const url = calledUrls(fetchMock).filter((x) => x.pathname === '/api/payroll/audit').at(-1)!;
      expect(url.searchParams.get('reader')).toBe(HR);
      expect(new Date(url.searchParams.get('from')!).getTime()).toBe(new Date(2026, 11, 1).getTime());
    });
  });

  it('shows the server’s validation problem on the field it names', async () => {
    renderWithProviders(<AuditPage />, { route: '/hr/audit?subject=not-a-uuid' });
    const subject = await screen.findByRole('textbox', { name: 'Empleado consultado' });
    await waitFor(() => expect(subject).toHaveAccessibleDescription('subject must be a UUID'));
  });

  it('exports the filtered rows as CSV, and says when the audited export is refused', async () => {
    const u = userEvent.setup();
    renderWithProviders(<AuditPage />, { route: `/hr/audit?subject=${ANA}` });
    await screen.findByRole('table');
    await u.click(screen.getByRole('button', { name: 'Exportar CSV' }));
    expect(await screen.findByText('Exportación descargada (y registrada en la auditoría).')).toBeInTheDocument();
    const exported = calledUrls(fetchMock).find((x) => x.pathname === '/api/payroll/audit/export')!;
    expect(exported.searchParams.get('subject')).toBe(ANA);

    exportAnswer = () => json({ status: 503, title: 'Audit unavailable' }, 503, { 'Retry-After': '5' });
    await u.click(screen.getByRole('button', { name: 'Exportar CSV' }));
    expect(await screen.findByText(/El servicio está ocupado\. Inténtalo de nuevo en [45] s\./)).toBeInTheDocument();
  });
});
