// Screenshots of the HR console for the README (docs/web-hr-*.png), without the stack: the built
// app (`npm run build` first) served by `vite preview`, the session and every API answered from
// the fixtures below by Playwright, in Debian's Chromium. Nothing here is a test.
//   node scripts/hr-screenshots.mjs
import { chromium } from '@playwright/test';
import { preview } from 'vite';

const HR = '37286a1c-1f2f-5853-b65c-631304b52ccf';
const ANA = '1f670925-b2ed-5d0d-8b1e-9c903e34d0c1';
const today = new Date().toISOString().slice(0, 10);
const year = new Date().getFullYear();
const day = (offset) => new Date(Date.now() - offset * 86_400_000).toISOString().slice(0, 10);

const departments = ['Ingeniería', 'Ventas', 'Finanzas', 'Operaciones', 'Recursos Humanos'];
const people = [
  ['Ana', 'García', 'ana.garcia', 'Ingeniería', 'Desarrolladora sénior', 'active', ANA],
  ['John', 'Smith', 'john.smith', 'Ventas', 'Account manager', 'active'],
  ['Lucía', 'Martín', 'lucia.martin', 'Finanzas', 'Analista', 'pending'],
  ['Javier', 'López', 'javier.lopez', 'Operaciones', 'Técnico', 'deactivated'],
  ['Marta', 'Sánchez', 'marta.sanchez', 'Ingeniería', 'QA', 'active'],
  ['Pablo', 'Ruiz', 'pablo.ruiz', 'Ventas', 'Comercial', 'active'],
  ['Elena', 'Díaz', 'elena.diaz', 'Recursos Humanos', 'Técnica de RR. HH.', 'active'],
  ['Sergio', 'Moreno', 'sergio.moreno', 'Finanzas', 'Controller', 'active'],
].map(([firstName, lastName, user, department, position, status, id], i) => ({
  id: id ?? `00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`,
  email: `${user}@chatnomina.local`,
  employeeNumber: `E${String(i + 1).padStart(5, '0')}`,
  firstName,
  lastName,
  department: department ?? departments[i % 5],
  position,
  hireDate: i === 0 ? '2019-09-02' : `20${String(15 + i).padStart(2, '0')}-0${(i % 9) + 1}-01`,
  preferredLanguage: i === 1 ? 'en' : 'es',
  status,
  deactivatedAt: status === 'deactivated' ? `${today}T09:12:00Z` : null,
}));

const payslip = (month) => ({
  userId: ANA, year, month, currency: 'EUR', grossSalary: 3850, totalDeductions: 1046.37, netSalary: 2803.63,
  paymentDate: `${year}-${String(month).padStart(2, '0')}-28`, earnings: [], deductions: [],
});

const answers = {
  '/bff/user': { sub: HR, email: 'rrhh@chatnomina.local', roles: ['hr'], expiresAt: '2030-01-01T00:00:00Z' },
  '/api/chat/conversations': [],
  '/api/users': { items: people, page: 1, pageSize: 25, totalCount: 312 },
  [`/api/users/${ANA}`]: people[0],
  [`/api/users/${ANA}/changes`]: [
    { at: `${day(3)}T10:02:00Z`, actorId: HR, action: 'updated', details: { position: 'Desarrolladora sénior' } },
    { at: '2019-09-02T08:00:00Z', actorId: HR, action: 'created', details: null },
  ],
  [`/api/payroll/employees/${ANA}/payslips`]: { userId: ANA, year, payslips: Array.from({ length: Math.min(new Date().getMonth() + 1, 11) }, (_, i) => payslip(i + 1)) },
  '/api/payroll/imports': {
    items: [
      { id: 12, importedBy: HR, importedAt: `${today}T10:41:00Z`, fileSha256: 'c3a1'.repeat(16), fileBytes: 1830, dialect: 'spanish', result: 'invalid', dryRun: false, rows: 2, created: 0, updated: 0, unchanged: 0, errors: 1 },
      { id: 11, importedBy: HR, importedAt: `${day(1)}T16:05:00Z`, fileSha256: '9f2e'.repeat(16), fileBytes: 48211, dialect: 'spanish', result: 'applied', dryRun: false, rows: 312, created: 312, updated: 0, unchanged: 0, errors: 0 },
      { id: 10, importedBy: HR, importedAt: `${day(1)}T15:58:00Z`, fileSha256: '9f2e'.repeat(16), fileBytes: 48211, dialect: 'spanish', result: 'dry_run', dryRun: true, rows: 312, created: 312, updated: 0, unchanged: 0, errors: 0 },
      { id: 9, importedBy: HR, importedAt: `${day(30)}T09:30:00Z`, fileSha256: '51b0'.repeat(16), fileBytes: 45877, dialect: 'standard', result: 'applied', dryRun: false, rows: 310, created: 0, updated: 4, unchanged: 306, errors: 0 },
    ],
    next: null,
  },
  '/api/chat/analytics/summary': {
    from: day(29), to: today, messages: 2418, languages: [],
    intents: [],
    measures: [
      { key: 'net_pay', count: 912, share: 0.377 }, { key: 'deduction:irpf', count: 401, share: 0.166 },
      { key: 'gross_pay', count: 366, share: 0.151 }, { key: 'payment_date', count: 240, share: 0.099 },
      { key: 'payslip', count: 188, share: 0.078 }, { key: 'total_deductions', count: 97, share: 0.04 },
    ],
    operations: [
      { key: 'value', count: 1702, share: 0.704 }, { key: 'compare', count: 310, share: 0.128 },
      { key: 'explain_change', count: 122, share: 0.05 }, { key: 'total', count: 95, share: 0.039 },
    ],
    fallbacks: { count: 174, share: 0.072, byReason: [] }, outOfScope: { count: 63, share: 0.026 },
    unanswered: { count: 121, share: 0.05 }, feedback: { up: 311, down: 42, rated: 353, upRate: 0.881 },
    answerTime: { p50Ms: 92, p95Ms: 1380 },
  },
  '/api/chat/analytics/daily': {
    from: day(29), to: today,
    days: Array.from({ length: 30 }, (_, i) => {
      const weekday = new Date(Date.now() - (29 - i) * 86_400_000).getUTCDay();
      const messages = weekday === 0 || weekday === 6 ? 12 + (i % 5) : 70 + ((i * 37) % 45) + (i > 25 ? 40 : 0);
      return { date: day(29 - i), messages, fallbacks: Math.round(messages * 0.07), outOfScope: 2, unanswered: Math.round(messages * 0.05), thumbsUp: Math.round(messages * 0.12), thumbsDown: i % 4, p50Ms: 90, p95Ms: 1300 };
    }),
  },
  '/api/chat/analytics/questions': {
    from: day(29), to: today, page: 1, limit: 20, total: 163,
    items: [
      { date: today, question: '¿y en febrero?', language: 'es', intent: 'net_pay', reason: null, fallback: null, rating: 'down', comment: 'Quería también el bruto' },
      { date: today, question: '¿cuánto cobra mi jefe?', language: 'es', intent: null, reason: 'unclear', fallback: 'low_confidence', rating: null, comment: null },
      { date: day(1), question: 'what is my IRPF rate this year?', language: 'en', intent: 'deductions', reason: 'unclear', fallback: null, rating: 'down', comment: 'I asked for the percentage, not the amount' },
      { date: day(2), question: '¿cuándo cobro la paga extra de diciembre?', language: 'es', intent: 'payment_date', reason: 'no_data', fallback: null, rating: null, comment: null },
      { date: day(4), question: 'compárame enero con diciembre', language: 'es', intent: 'pay_comparison', reason: null, fallback: null, rating: 'down', comment: 'Comparó con el año equivocado' },
    ],
  },
  '/api/payroll/audit': {
    items: [
      { id: 905, accessedAt: `${today}T10:44:00Z`, action: 'payslip.list', readerId: HR, subjectUserId: ANA, year, month: null, ownData: false, traceId: null },
      { id: 904, accessedAt: `${today}T10:31:00Z`, action: 'payslip.read', readerId: ANA, subjectUserId: ANA, year: 2025, month: 3, ownData: true, traceId: null },
      { id: 903, accessedAt: `${today}T10:31:00Z`, action: 'payslip.read', readerId: ANA, subjectUserId: ANA, year: 2025, month: 2, ownData: true, traceId: null },
      { id: 880, accessedAt: `${day(2)}T12:03:00Z`, action: 'payslip.read', readerId: HR, subjectUserId: ANA, year: 2025, month: 12, ownData: false, traceId: null },
      { id: 851, accessedAt: `${day(6)}T08:20:00Z`, action: 'payslip.latest', readerId: ANA, subjectUserId: ANA, year: null, month: null, ownData: true, traceId: null },
    ],
    next: null,
  },
};

const server = await preview({ preview: { port: 4174, strictPort: true }, logLevel: 'error' });
const base = 'http://localhost:4174';
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
try {
  const context = await browser.newContext({ locale: 'es-ES', viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
  await context.addInitScript(() => localStorage.setItem('chatnomina.language', 'es'));
  await context.route(/\/(bff|api)\//, async (route) => {
    const url = new URL(route.request().url());
    const body = answers[url.pathname];
    if (url.pathname === '/api/payroll/imports' && route.request().method() === 'POST') {
      return route.fulfill({
        status: 400,
        contentType: 'application/problem+json',
        body: JSON.stringify({
          status: 400,
          title: 'Invalid import: nothing was written',
          errors: [
            { line: 3, column: 'net_salary', message: 'net_salary (2.804,63) must equal gross_salary minus the deductions (2.803,63).' },
            { line: 5, column: 'payment_date', message: "'31/02/2026' is not a date (dd/mm/yyyy)." },
            { line: 7, column: 'employee_number', message: "No employee has the number 'E99999'." },
          ],
        }),
      });
    }
    if (body === undefined) return route.fulfill({ status: 404, contentType: 'application/problem+json', body: '{"status":404}' });
    return route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(body) });
  });
  const page = await context.newPage();
  const shot = async (name) => {
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(600); // transitions and the chart's animation
    // the page scrolls inside <main>: make the window as tall as the page for a whole-page picture
    const height = await page.evaluate(() => {
      const main = document.querySelector('main');
      return Math.ceil((main?.scrollHeight ?? 0) + (main?.getBoundingClientRect().top ?? 0) + 8);
    });
    await page.setViewportSize({ width: 1280, height: Math.max(900, height) });
    await page.waitForTimeout(300);
    await page.screenshot({ path: `../docs/web-hr-${name}.png`, fullPage: true });
    console.log(`docs/web-hr-${name}.png`);
  };

  const reset = () => page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${base}/hr/employees`);
  await page.getByRole('table', { name: 'Empleados' }).waitFor();
  await shot('directory');

  await reset();
  await page.goto(`${base}/hr/employees/${ANA}`);
  await page.getByRole('heading', { level: 1, name: 'Ana García' }).waitFor();
  await shot('employee');

  await reset();
  await page.goto(`${base}/hr/imports`);
  await page.getByLabel('Archivo CSV').setInputFiles({ name: 'nominas-diciembre.csv', mimeType: 'text/csv', buffer: Buffer.from('employee_number;year;month\n') });
  await page.getByRole('switch', { name: 'Solo validar (no se guarda nada)' }).uncheck();
  await page.getByRole('button', { name: 'Importar' }).click();
  await page.getByRole('table', { name: 'Errores de nominas-diciembre.csv' }).waitFor();
  await shot('imports');

  await reset();
  await page.goto(`${base}/hr/analytics`);
  await page.getByRole('list', { name: 'Cifras del periodo' }).waitFor();
  await page.locator('svg').first().waitFor();
  await shot('analytics');

  await reset();
  await page.goto(`${base}/hr/audit?subject=${ANA}&includeOwn=true`);
  await page.getByRole('table', { name: /Lecturas de datos de nómina/ }).waitFor();
  await shot('audit');
} finally {
  await browser.close();
  await new Promise((resolve) => server.httpServer.close(resolve));
}
