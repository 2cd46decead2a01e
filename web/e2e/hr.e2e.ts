import { expect, test, type Page } from '@playwright/test';
import {
  ADMIN_EMAIL,
  ANA,
  ANA_ID,
  HR_ID,
  apiGet,
  expectAccessible,
  fillSignIn,
  messageBox,
  signIn,
  signInHr,
  step,
  totp,
  watchCsp,
  type Payslip,
} from './support';

/** The docs' screenshots (docs/web-hr-*.png) are rewritten only when asked: CHATNOMINA_DOCS_SCREENSHOTS=1. */
async function docShot(page: Page, name: string): Promise<void> {
  if (!process.env.CHATNOMINA_DOCS_SCREENSHOTS) return;
  // The page scrolls inside <main>, so a "full page" shot stops at the window: grow the window to the content.
  const size = page.viewportSize() ?? { width: 1280, height: 720 };
  const height = await page.evaluate(() => {
    const main = document.querySelector('main');
    return main ? Math.ceil(main.getBoundingClientRect().top + main.scrollHeight) : document.documentElement.scrollHeight;
  });
  await page.setViewportSize({ width: size.width, height: Math.min(Math.max(height, size.height), 4000) });
  await page.waitForTimeout(300);
  await page.screenshot({ path: `../docs/web-hr-${name}.png` });
  await page.setViewportSize(size);
}

interface Line {
  type: string;
  amount: number;
}
interface FullPayslip extends Payslip {
  earnings: Line[];
  deductions: Line[];
}

const EARNINGS = ['base_salary', 'seniority_bonus', 'extra_pay', 'overtime', 'bonus'];
const DEDUCTIONS = ['income_tax', 'social_security', 'unemployment', 'professional_training', 'pension', 'health_insurance', 'union_dues'];
const comma = (value: number) => value.toFixed(2).replace('.', ',');
const dayMonthYear = (iso: string) => iso.slice(0, 10).split('-').reverse().join('/');

/**
 * A payslip as a row of the Spanish spreadsheet dialect (';', decimal comma, dd/mm/yyyy), with
 * exactly its figures: importing it again changes nothing, so the suite can run any number of times.
 */
function spanishCsv(employeeNumber: string, payslips: Array<FullPayslip & { netOverride?: number }>): string {
  const earnings = EARNINGS.filter((t) => payslips.some((p) => p.earnings.some((l) => l.type === t)));
  const deductions = DEDUCTIONS.filter((t) => payslips.some((p) => p.deductions.some((l) => l.type === t)));
  const header = ['employee_number', 'year', 'month', 'payment_date', 'currency', ...earnings, 'gross_salary', ...deductions, 'net_salary'];
  const amount = (lines: Line[], type: string) => {
    const line = lines.find((l) => l.type === type);
    return line ? comma(line.amount) : '';
  };
  const rows = payslips.map((p) =>
    [
      employeeNumber,
      String(p.year),
      String(p.month),
      dayMonthYear(p.paymentDate),
      p.currency,
      ...earnings.map((t) => amount(p.earnings, t)),
      comma(p.grossSalary),
      ...deductions.map((t) => amount(p.deductions, t)),
      comma(p.netOverride ?? p.netSalary),
    ].join(';'),
  );
  return [header.join(';'), ...rows].join('\r\n') + '\r\n';
}

test.describe('the HR console', () => {
  test.use({ locale: 'es-ES' });

  test('Ana rates an answer; HR sees it in analytics, imports a bad then a good file, and audits Ana’s reads', async ({ browser }, info) => {
    test.setTimeout(240_000);
    const stamp = `e2e-rrhh-${Date.now()}`;
    const comment = `Comentario de prueba ${stamp}`;

    // --- Ana asks, gives a thumbs-down with a comment, and cannot open the console.
    const anaContext = await browser.newContext({ locale: 'es-ES' });
    const ana = await anaContext.newPage();
    await signIn(ana, 'es', ANA);
    const box = messageBox(ana, 'es');
    await box.fill('¿cuánto cobré neto en marzo de 2025?');
    await box.press('Enter');
    const exchanges = ana.getByRole('list', { name: 'Mensajes' }).getByRole('listitem');
    await expect(exchanges.last()).toContainText(/€|EUR/);
    await exchanges.last().getByRole('button', { name: 'No útil' }).click();
    const dialog = ana.getByRole('dialog');
    await dialog.getByLabel('Comentario').fill(comment);
    await dialog.getByRole('button', { name: 'Enviar valoración' }).click();
    await expect(ana.getByText('Gracias por tu valoración.')).toBeVisible();

    await ana.goto('/hr/imports');
    await expect(ana.getByRole('heading', { level: 1, name: 'Acceso restringido' })).toBeVisible();
    await expect(ana.getByRole('navigation', { name: 'Navegación principal' }).getByRole('link', { name: /RR\. HH\./ })).toHaveCount(0);
    await step(ana, info, 'hr-forbidden-for-employees');
    await anaContext.close();

    // --- HR signs in with the second factor.
    const context = await browser.newContext({ locale: 'es-ES' });
    const page = await context.newPage();
    const csp = watchCsp(page);
    await signInHr(page, 'es');
    await page.getByRole('navigation', { name: 'Navegación principal' }).getByRole('link', { name: /RR\. HH\./ }).click();

    // Directory
    await expect(page.getByRole('heading', { level: 1, name: 'Empleados' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Empleados' })).toBeVisible();
    await step(page, info, 'hr-directory');
    await docShot(page, 'directory');
    await expectAccessible(page, 'the HR directory');

    // Ana's page: profile, payslips (an HR read of Ana's data), history
    await page.goto(`/hr/employees/${ANA_ID}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Ana García' })).toBeVisible();
    await expect(page.getByRole('table', { name: /^Nóminas de Ana García de \d{4}$/ })).toBeVisible();
    await step(page, info, 'hr-employee');
    await docShot(page, 'employee');
    await expectAccessible(page, 'the HR employee page');

    // --- Imports: an employee who is not a demo account, a past month, exactly its figures.
    const someone = (await apiGet<{ items: Array<{ id: string; employeeNumber: string }> }>(page, '/api/users?page=3&pageSize=1')).items[0];
    const march = await apiGet<FullPayslip>(page, `/api/payroll/employees/${someone.id}/payslips/2025/3`);
    const february = await apiGet<FullPayslip>(page, `/api/payroll/employees/${someone.id}/payslips/2025/2`);
    const bad = spanishCsv(someone.employeeNumber, [march, { ...february, netOverride: february.netSalary + 1 }]);
    const good = spanishCsv(someone.employeeNumber, [march]);

    await page.goto('/hr/imports');
    await expect(page.getByRole('heading', { level: 1, name: 'Importar nóminas' })).toBeVisible();
    const file = page.getByLabel('Archivo CSV');
    // The bad file, imported for real: refused whole, line 3's error in the page.
    await file.setInputFiles({ name: `nominas-con-error-${stamp}.csv`, mimeType: 'text/csv', buffer: Buffer.from(bad, 'utf8') });
    await page.getByRole('switch', { name: 'Solo validar (no se guarda nada)' }).uncheck();
    await page.getByRole('button', { name: 'Importar' }).click();
    const errors = page.getByRole('table', { name: `Errores de nominas-con-error-${stamp}.csv` });
    await expect(errors).toBeVisible();
    await expect(errors.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '3', exact: true }) })).toContainText('net_salary');
    await expect(page.getByText(/No se ha guardado nada/).first()).toBeVisible();
    await expect(page.getByRole('table', { name: /Importaciones, de la más reciente/ }).getByRole('row').nth(1)).toContainText('Con errores');
    await step(page, info, 'hr-import-refused');
    await docShot(page, 'imports');
    await expectAccessible(page, 'the imports page with the error table');
    const februaryAfter = await apiGet<FullPayslip>(page, `/api/payroll/employees/${someone.id}/payslips/2025/2`);
    expect(februaryAfter.netSalary).toBe(february.netSalary); // nothing written

    // The good file: a dry run first, then for real.
    await file.setInputFiles({ name: `nominas-${stamp}.csv`, mimeType: 'text/csv', buffer: Buffer.from(good, 'utf8') });
    await page.getByRole('switch', { name: 'Solo validar (no se guarda nada)' }).check();
    await page.getByRole('button', { name: 'Validar' }).click();
    await expect(page.getByText(new RegExp(`nominas-${stamp}\\.csv es válido: 1 fila\\.`))).toBeVisible();
    await expect(page.getByRole('table', { name: /Importaciones, de la más reciente/ }).getByRole('row').nth(1)).toContainText('Validación');
    await page.getByRole('switch', { name: 'Solo validar (no se guarda nada)' }).uncheck();
    // "publish now" is on by default (?publish=true); here HR leaves it for later and publishes from the history
    const publishNow = page.getByRole('checkbox', { name: /Publicar ya/ });
    await expect(publishNow).toBeChecked();
    await publishNow.uncheck();
    await page.getByRole('button', { name: 'Importar' }).click();
    await expect(page.getByText(new RegExp(`nominas-${stamp}\\.csv importado: 1 fila;`))).toBeVisible();
    await expect(page.getByText(/^Sin publicar:/)).toBeVisible();
    const history = page.getByRole('table', { name: /Importaciones, de la más reciente/ });
    const applied = history.getByRole('row').nth(1);
    await expect(applied).toContainText('Importada');
    const marchAfter = await apiGet<FullPayslip & { version?: number; published?: boolean }>(page, `/api/payroll/employees/${someone.id}/payslips/2025/3`);
    expect(marchAfter.netSalary).toBe(march.netSalary);
    // The same figures. On a fresh database the first run still adds a version (the CSV's lines carry the
    // importer's labels, the seeded ones the seeder's), left unpublished here; later runs add none.
    expect(typeof marchAfter.published).toBe('boolean');
    await step(page, info, 'hr-import-applied');

    // Publish from the history row, now (harmless for payslips employees already see).
    const importId = (await apiGet<{ items: Array<{ id: number; result: string }> }>(page, '/api/payroll/imports?limit=1')).items[0].id;
    await applied.getByRole('button', { name: `Publicar la importación n.º ${importId}` }).click();
    const publish = page.getByRole('dialog', { name: `Publicar la importación n.º ${importId}` });
    await expect(publish.getByRole('radio', { name: 'Ahora' })).toBeChecked();
    await expectAccessible(page, 'the publish dialog');
    await publish.getByRole('button', { name: 'Publicar' }).click();
    await expect(page.getByText(new RegExp(`^Importación n\\.º ${importId} publicada:`))).toBeVisible();
    await expect(publish).toBeHidden();
    await expect(applied).toContainText('Publicada');
    await expect(page.getByText('Publicadas: los empleados ya ven estas nóminas.')).toBeVisible();
    await step(page, info, 'hr-import-published');

    // The employee's page: version and publication per payslip, and March's versions.
    await page.goto(`/hr/employees/${someone.id}`);
    await page.getByRole('combobox', { name: /^Año/ }).click();
    await page.getByRole('option', { name: '2025' }).click();
    const payslips = page.getByRole('table', { name: /^Nóminas de .+ de 2025$/ });
    const marchRow = payslips.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Marzo' }) });
    await expect(marchRow).toContainText('Publicada');
    await marchRow.getByRole('button', { name: 'Versiones de la nómina de marzo de 2025' }).click();
    const versions = page.getByRole('dialog', { name: 'Versiones de la nómina de marzo de 2025' });
    await expect(versions.getByRole('article').first()).toContainText(`Versión ${marchAfter.version ?? 1}`);
    await expect(versions.getByText('La que ve el empleado').first()).toBeVisible();
    await step(page, info, 'hr-payslip-versions');
    await expectAccessible(page, 'the payslip versions dialog');
    await versions.getByRole('button', { name: 'Cerrar' }).click();

    // --- Analytics: Ana's thumbs-down and its comment, without who gave it.
    await page.getByRole('navigation', { name: 'Consola de RR. HH.' }).getByRole('link', { name: 'Analítica' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Analítica del asistente' })).toBeVisible();
    await expect(page.getByRole('list', { name: 'Cifras del periodo' })).toBeVisible();
    await page.getByRole('combobox', { name: 'Mostrar' }).click();
    await page.getByRole('option', { name: 'Con valoración negativa' }).click();
    const questions = page.getByRole('table', { name: 'Preguntas para mejorar: Con valoración negativa' });
    const rated = questions.getByRole('row').filter({ hasText: comment });
    await expect(rated).toContainText('¿cuánto cobré neto en marzo de 2025?');
    await expect(rated).toContainText('No útil');
    await expect(questions).not.toContainText(ANA);
    await step(page, info, 'hr-analytics');
    await docShot(page, 'analytics');
    await expectAccessible(page, 'the analytics page');

    // --- Audit of Ana's payslip reads, from her page: her own (marked) and HR's.
    await page.goto(`/hr/employees/${ANA_ID}`);
    await page.getByRole('link', { name: 'Ver quién las ha consultado' }).click();
    await expect(page).toHaveURL(new RegExp(`/hr/audit\\?subject=${ANA_ID}&includeOwn=true`));
    const audit = page.getByRole('table', { name: /Lecturas de datos de nómina/ });
    await expect(audit).toBeVisible();
    await expect(audit.getByRole('row').filter({ hasText: 'Propios datos' }).first()).toBeVisible();
    await expect(audit.getByRole('row').filter({ hasText: HR_ID }).filter({ hasText: 'De otra persona' }).first()).toBeVisible();
    await step(page, info, 'hr-audit');
    await docShot(page, 'audit');
    await expectAccessible(page, 'the audit page');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Exportar CSV' }).click();
    expect((await download).suggestedFilename()).toMatch(/\.csv$/);
    await expect(page.getByText('Exportación descargada (y registrada en la auditoría).')).toBeVisible();

    expect(csp).toEqual([]);
    await context.close();
  });

  test('HR creates an employee, who sets a password and signs in; deactivated, their session ends; reactivated, they sign in again', async ({ browser }, info) => {
    test.setTimeout(240_000);
    const stamp = Date.now();
    const email = `e2e.persona.${stamp}@chatnomina.local`;
    const number = `E2E-${stamp}`;
    const password = `Frase-de-prueba-${stamp}`;

    // --- HR: the new-employee dialog, then the one-time link.
    const hrContext = await browser.newContext({ locale: 'es-ES' });
    const hr = await hrContext.newPage();
    await signInHr(hr, 'es');
    await hr.goto('/hr/employees');
    await hr.getByRole('button', { name: 'Nuevo empleado' }).click();
    const dialog = hr.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Número de empleado' }).fill(number);
    await dialog.getByRole('textbox', { name: 'Nombre' }).fill('Prueba');
    await dialog.getByRole('textbox', { name: 'Apellidos' }).fill(`Persona ${stamp}`);
    await dialog.getByRole('textbox', { name: 'Correo electrónico' }).fill(email);
    await dialog.getByRole('textbox', { name: 'Departamento' }).fill('Calidad');
    await dialog.getByRole('textbox', { name: 'Puesto' }).fill('Probadora');
    await dialog.getByRole('button', { name: 'Crear empleado' }).click();
    const linkBox = dialog.getByRole('textbox', { name: 'Enlace para crear la contraseña' });
    await expect(linkBox).toBeVisible();
    const link = await linkBox.inputValue();
    expect(link).toMatch(/\/account\/set-password\?token=/);
    await step(hr, info, 'people-created');
    await expectAccessible(hr, 'the new-employee dialog with its link');
    await dialog.getByRole('link', { name: 'Ver la ficha' }).or(dialog.getByRole('button', { name: 'Ver la ficha' })).click();
    await expect(hr.getByRole('heading', { level: 1, name: `Prueba Persona ${stamp}` })).toBeVisible();
    const employeeUrl = hr.url();

    // --- The employee, in a fresh browser: the link (auth's page), a password, then the app.
    const newcomerContext = await browser.newContext({ locale: 'es-ES' });
    const newcomer = await newcomerContext.newPage();
    const { pathname, search } = new URL(link);
    await newcomer.goto(pathname + search); // the link names the public origin; the test drives the gateway it was given
    await expect(newcomer.getByRole('heading', { name: 'Elige tu contraseña de ChatNomina' })).toBeVisible();
    await step(newcomer, info, 'people-set-password');
    await expectAccessible(newcomer, 'the set-password page');
    await newcomer.getByLabel('Nueva contraseña').fill(password);
    await newcomer.getByLabel('Repite la contraseña').fill(password);
    await newcomer.getByRole('button', { name: 'Guardar contraseña' }).click();
    await expect(newcomer.getByRole('heading', { name: 'Contraseña guardada' })).toBeVisible();
    // the link works once
    await newcomer.goto(pathname + search);
    await expect(newcomer.getByRole('heading', { name: 'Enlace no válido o caducado' })).toBeVisible();

    await newcomer.goto('/');
    await fillSignIn(newcomer, 'es', email, password);
    await expect(messageBox(newcomer, 'es')).toBeVisible();
    const me = await apiGet<{ email: string; employeeNumber: string }>(newcomer, '/api/users/me');
    expect(me).toMatchObject({ email, employeeNumber: number });
    await step(newcomer, info, 'people-signed-in');

    // --- HR deactivates them: their next call is refused and the app sends them to sign in.
    await hr.getByRole('button', { name: 'Dar de baja' }).click();
    await hr.getByRole('dialog', { name: `¿Dar de baja a Prueba Persona ${stamp}?` }).getByRole('button', { name: 'Dar de baja' }).click();
    await expect(hr.getByText(`Prueba Persona ${stamp} está dado de baja.`)).toBeVisible();
    await expect(hr.getByRole('button', { name: 'Reactivar' })).toBeVisible();
    await step(hr, info, 'people-deactivated');

    const refused = await newcomer.evaluate(async () => (await fetch('/api/users/me', { headers: { 'X-CSRF': '1' } })).status);
    expect(refused).toBe(401);
    await newcomer.reload();
    await expect(newcomer).toHaveURL(/\/account\/signin/);
    // and the password no longer opens a session
    await fillSignIn(newcomer, 'es', email, password);
    await expect(newcomer).toHaveURL(/\/account\/signin/);
    await expect(messageBox(newcomer, 'es')).toHaveCount(0);
    await step(newcomer, info, 'people-refused-after-deactivation');

    // --- HR reactivates them: the same password works again.
    await hr.goto(employeeUrl);
    await hr.getByRole('button', { name: 'Reactivar' }).click();
    await hr.getByRole('dialog', { name: `¿Reactivar a Prueba Persona ${stamp}?` }).getByRole('button', { name: 'Reactivar' }).click();
    await expect(hr.getByRole('button', { name: 'Dar de baja' })).toBeVisible();
    await expect(hr.getByRole('table', { name: /Cambios de la ficha/ })).toContainText('Reactivación');
    await step(hr, info, 'people-reactivated');

    await newcomer.goto('/');
    await fillSignIn(newcomer, 'es', email, password);
    await expect(messageBox(newcomer, 'es')).toBeVisible();
    await newcomerContext.close();
    await hrContext.close();
  });

  test('an admin makes an employee HR: their session ends, they set up an authenticator at their next sign-in and open the console; a reset ends it again', async ({ browser }, info) => {
    test.setTimeout(240_000);
    const stamp = Date.now();
    const email = `e2e.promovida.${stamp}@chatnomina.local`;
    const password = `Frase-de-prueba-${stamp}`;
    const name = `Prueba Promovida ${stamp}`;

    // --- The admin creates the employee (the People API, as the console does), who sets a password and signs in.
    const adminContext = await browser.newContext({ locale: 'es-ES' });
    const admin = await adminContext.newPage();
    await signInHr(admin, 'es', ADMIN_EMAIL);
    const created = await admin.evaluate(async (body) => {
      const response = await fetch('/api/users', {
        method: 'POST',
        headers: { 'X-CSRF': '1', 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
      if (response.status !== 201) throw new Error(`POST /api/users: ${response.status}`);
      return (await response.json()) as { employee: { id: string }; setPasswordUrl: string };
    }, {
      employeeNumber: `E2E-A-${stamp}`,
      email,
      firstName: 'Prueba',
      lastName: `Promovida ${stamp}`,
      department: 'Calidad',
      position: 'Probadora',
      hireDate: '2026-01-12',
      preferredLanguage: 'es',
    });
    const personContext = await browser.newContext({ locale: 'es-ES' });
    const person = await personContext.newPage();
    const { pathname, search } = new URL(created.setPasswordUrl);
    await person.goto(pathname + search);
    await person.getByLabel('Nueva contraseña').fill(password);
    await person.getByLabel('Repite la contraseña').fill(password);
    await person.getByRole('button', { name: 'Guardar contraseña' }).click();
    await expect(person.getByRole('heading', { name: 'Contraseña guardada' })).toBeVisible();
    await person.goto('/');
    await fillSignIn(person, 'es', email, password);
    await expect(messageBox(person, 'es')).toBeVisible();

    // --- The admin gives them the HR role on their page (confirmed).
    await admin.goto(`/hr/employees/${created.employee.id}`);
    const security = admin.getByRole('region', { name: 'Rol y segundo factor' });
    await expect(security.getByText('Sin configurar')).toBeVisible();
    await security.getByRole('combobox', { name: 'Nuevo rol' }).click();
    await admin.getByRole('option', { name: 'RR. HH.' }).click();
    await security.getByRole('button', { name: 'Cambiar rol' }).click();
    await admin.getByRole('dialog', { name: `¿Dar a ${name} el rol «RR. HH.»?` }).getByRole('button', { name: 'Cambiar rol' }).click();
    await expect(admin.getByText(`${name} tiene ahora el rol «RR. HH.». Todas sus sesiones han terminado.`)).toBeVisible();

    // --- Their session ended at once; the next sign-in asks them to set up an authenticator app.
    expect(await person.evaluate(async () => (await fetch('/api/users/me', { headers: { 'X-CSRF': '1' } })).status)).toBe(401);
    await person.reload();
    await fillSignIn(person, 'es', email, password);
    await expect(person.getByRole('heading', { name: 'Activa la verificación en dos pasos' })).toBeVisible();
    await expect(person.getByRole('img', { name: 'Código QR para tu aplicación de autenticación' })).toBeVisible();
    await step(person, info, 'enrolment');
    if (process.env.CHATNOMINA_DOCS_SCREENSHOTS) await person.screenshot({ path: '../docs/web-second-factor-enrolment.png', fullPage: true });
    await expectAccessible(person, 'the second-factor enrolment page');
    const key = ((await person.locator('p.secret code').textContent()) ?? '').replace(/\s+/g, '');
    expect(key).toMatch(/^[A-Z2-7]{16,}$/);
    await person.getByLabel('Código de la aplicación').fill(totp(key));
    await person.getByRole('button', { name: 'Activar' }).click();
    await expect(person.getByRole('heading', { name: 'Guarda tus códigos de recuperación' })).toBeVisible();
    await expect(person.locator('li code')).toHaveCount(10);
    await expectAccessible(person, 'the recovery codes page');
    await person.getByRole('link', { name: 'Los he guardado: continuar' }).click();
    await expect(messageBox(person, 'es')).toBeVisible();
    await person.goto('/hr/employees');
    await expect(person.getByRole('heading', { level: 1, name: 'Empleados' })).toBeVisible();

    // --- The admin sees the factor, and resets it (a lost phone): the session ends again.
    await admin.reload();
    await expect(security.getByText('Configurado')).toBeVisible();
    await expect(security.getByText('Le quedan 10 códigos de recuperación')).toBeVisible();
    await step(admin, info, 'role-and-second-factor');
    await docShot(admin, 'employee-security');
    await expectAccessible(admin, 'the role and second-factor section, as an admin sees it');
    await security.getByRole('button', { name: 'Restablecer segundo factor' }).click();
    await admin.getByRole('dialog', { name: `¿Restablecer el segundo factor de ${name}?` }).getByRole('button', { name: 'Restablecer segundo factor' }).click();
    await expect(admin.getByText(`El segundo factor de ${name} está restablecido. Todas sus sesiones han terminado.`)).toBeVisible();
    expect(await person.evaluate(async () => (await fetch('/api/users/me', { headers: { 'X-CSRF': '1' } })).status)).toBe(401);
    await expect(admin.getByRole('table', { name: /Cambios de la ficha/ })).toContainText('Segundo factor restablecido');
    await personContext.close();
    await adminContext.close();
  });

  test('every console page fits a 360 px phone', async ({ browser }, info) => {
    const context = await browser.newContext({ locale: 'es-ES', viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await signInHr(page, 'es');
    for (const path of ['/hr/employees', `/hr/employees/${ANA_ID}`, '/hr/imports', '/hr/analytics', '/hr/audit']) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await page.waitForLoadState('networkidle');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `horizontal overflow on ${path}`).toBeLessThanOrEqual(0);
      await step(page, info, `phone${path.replaceAll(/[/?=]+/g, '-').slice(0, 40)}`);
    }
    await context.close();
  });
});
