import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AnalyticsDay } from '@/api/types';
import { calledUrls, json, mockFetch } from '@/test/fetchMock';
import { renderWithProviders } from '@/test/render';
import { AnalyticsPage } from './AnalyticsPage';

// The chart itself (SVG from @mui/x-charts) is not what is tested here: its figures are in the table.
vi.mock('./DailyMessagesChart', () => ({
  default: ({ days }: { days: AnalyticsDay[] }) => <div data-testid="chart">{days.length} days</div>,
}));

const summary = {
  from: '2026-11-08',
  to: '2026-12-07',
  messages: 1234,
  languages: [{ key: 'es', count: 1000, share: 0.81 }],
  intents: [],
  measures: [
    { key: 'net_pay', count: 600, share: 0.486 },
    { key: 'deduction:irpf', count: 200, share: 0.162 },
  ],
  operations: [
    { key: 'value', count: 900, share: 0.729 },
    { key: 'compare', count: 100, share: 0.081 },
  ],
  fallbacks: { count: 123, share: 0.0997, byReason: [] },
  outOfScope: { count: 37, share: 0.03 },
  unanswered: { count: 62, share: 0.05 },
  feedback: { up: 40, down: 7, rated: 47, upRate: 0.851 },
  answerTime: { p50Ms: 85, p95Ms: 1240 },
};
const day = (date: string, messages: number, thumbsDown = 0) => ({
  date,
  messages,
  fallbacks: 0,
  outOfScope: 0,
  unanswered: 1,
  thumbsUp: 2,
  thumbsDown,
  p50Ms: 80,
  p95Ms: 200,
});
const question = (overrides: Record<string, unknown>) => ({
  date: '2026-12-07',
  question: '¿y en febrero?',
  language: 'es',
  intent: 'net_pay',
  reason: null,
  fallback: null,
  rating: 'down',
  comment: 'Quería también el bruto',
  ...overrides,
});

describe('AnalyticsPage', () => {
  let fetchMock: ReturnType<typeof mockFetch>;
  beforeEach(() => {
    fetchMock = mockFetch((url) => {
      if (url.pathname === '/api/chat/analytics/summary') return json(summary);
      if (url.pathname === '/api/chat/analytics/daily')
        return json({ from: summary.from, to: summary.to, days: [day('2026-12-06', 40), day('2026-12-07', 52, 3)] });
      if (url.pathname === '/api/chat/analytics/questions') {
        const kind = url.searchParams.get('kind');
        const items =
          kind === 'unanswered'
            ? [question({ question: '¿cuánto cobra mi jefe?', reason: 'unclear', rating: null, comment: null })]
            : [question({})];
        return json({ from: summary.from, to: summary.to, page: 1, limit: 20, total: kind === 'all' ? 45 : items.length, items });
      }
      return undefined;
    });
  });
  afterEach(() => vi.unstubAllGlobals());

  it('shows the headline figures of the last 30 days', async () => {
    renderWithProviders(<AnalyticsPage />, { route: '/hr/analytics' });
    const cards = await screen.findByRole('list', { name: 'Cifras del periodo' });
    const card = (name: string) => within(cards).getByRole('heading', { name }).closest('li')!;
    expect(card('Mensajes')).toHaveTextContent('1.234');
    expect(card('Sin respuesta')).toHaveTextContent('5 %');
    expect(card('Respuestas de reserva')).toHaveTextContent('10 %');
    expect(card('Fuera de ámbito')).toHaveTextContent('3 %');
    expect(card('Tiempo de respuesta (mediana)')).toHaveTextContent('85 ms');
    expect(card('Tiempo de respuesta (mediana)')).toHaveTextContent('p95: 1.240 ms');
    expect(card('Valoraciones')).toHaveTextContent('Útil: 40 · No útil: 7');
    const url = calledUrls(fetchMock).find((u) => u.pathname === '/api/chat/analytics/summary')!;
    const from = url.searchParams.get('from')!;
    const to = url.searchParams.get('to')!;
    expect((Date.parse(to) - Date.parse(from)) / 86_400_000).toBe(29);
  });

  it('has each day’s messages in a table beside the chart, and what is asked in words', async () => {
    renderWithProviders(<AnalyticsPage />);
    const perDay = await screen.findByRole('table', { name: 'Mensajes por día' });
    const rows = within(perDay).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual(['6 de diciembre de 202640120', '7 de diciembre de 202652123']);
    expect(await screen.findByTestId('chart')).toHaveTextContent('2 days');

    const measures = screen.getByRole('table', { name: 'Por dato' });
    expect(within(measures).getByRole('rowheader', { name: 'Neto' }).closest('tr')).toHaveTextContent('600');
    expect(within(measures).getByRole('rowheader', { name: 'Deducción: IRPF' })).toBeInTheDocument();
    const operations = screen.getByRole('table', { name: 'Por operación' });
    expect(within(operations).getByRole('rowheader', { name: 'Comparar' }).closest('tr')).toHaveTextContent('8,1 %');
  });

  it('lists the questions to improve with their comments, and filters them by kind', async () => {
    const u = userEvent.setup();
    renderWithProviders(<AnalyticsPage />);
    const table = await screen.findByRole('table', { name: 'Preguntas para mejorar: Todas' });
    const row = within(table).getByRole('rowheader', { name: '¿y en febrero?' }).closest('tr')!;
    expect(row).toHaveTextContent('No útil');
    expect(row).toHaveTextContent('Quería también el bruto');
    expect(screen.getByText('45 preguntas')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Página siguiente' })).toBeEnabled();

    await u.click(screen.getByRole('combobox', { name: 'Mostrar' }));
    await u.click(screen.getByRole('option', { name: 'Sin respuesta' }));
    const unanswered = await screen.findByRole('table', { name: 'Preguntas para mejorar: Sin respuesta' });
    expect(within(unanswered).getByRole('rowheader', { name: '¿cuánto cobra mi jefe?' }).closest('tr')).toHaveTextContent('Poco clara');
    expect(calledUrls(fetchMock).some((x) => x.searchParams.get('kind') === 'unanswered')).toBe(true);
  });

  it('changes the range with a preset and refuses an end before the start', async () => {
    const u = userEvent.setup();
    renderWithProviders(<AnalyticsPage />, { route: '/hr/analytics?from=2026-11-01&to=2026-11-30' });
    await screen.findByRole('list', { name: 'Cifras del periodo' });
    expect(calledUrls(fetchMock).find((x) => x.pathname === '/api/chat/analytics/summary')!.searchParams.get('from')).toBe('2026-11-01');

    await u.click(screen.getByRole('button', { name: 'Últimos 7 días' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Últimos 7 días' })).toHaveAttribute('aria-pressed', 'true'));

    const to = screen.getByLabelText('Hasta');
    await u.clear(to);
    await u.type(to, '2000-01-01');
    expect(to).toHaveAccessibleDescription('La fecha final es anterior a la inicial.');
  });
});
