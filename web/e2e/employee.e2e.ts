import { expect, request, test } from '@playwright/test';
import {
  ANA,
  JOHN,
  answerAmount,
  apiGet,
  expectAccessible,
  fillSignIn,
  messageBox,
  signIn,
  step,
  watchCsp,
  type Payslip,
} from './support';

test.describe('Ana, in Spanish', () => {
  test.use({ locale: 'es-ES' });

  test('signs in, asks, follows up, opens the source, rates, signs out', async ({ page, baseURL }, info) => {
    const csp = watchCsp(page);

    await page.goto('/');
    await expect(page).toHaveURL(/\/account\/signin/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await step(page, info, 'sign-in-page');
    await expectAccessible(page, 'the sign-in page');
    await fillSignIn(page, 'es', ANA);

    const box = messageBox(page, 'es');
    await expect(box).toBeVisible();
    await expect(page.getByRole('button', { name: 'Enviar' })).toBeVisible();
    await step(page, info, 'chat-empty');
    await expectAccessible(page, 'the chat');

    const march = await apiGet<Payslip>(page, '/api/payroll/payslips/2025/3');
    const february = await apiGet<Payslip>(page, '/api/payroll/payslips/2025/2');

    await box.fill('¿cuánto cobré neto en marzo de 2025?');
    await box.press('Enter');
    const exchanges = page.getByRole('list', { name: 'Mensajes' }).getByRole('listitem');
    await expect(exchanges.last()).toContainText(answerAmount(march.netSalary, 'es'));
    await step(page, info, 'chat-answer');

    await box.fill('¿y en febrero?');
    await box.press('Enter');
    await expect(exchanges.last()).toContainText(answerAmount(february.netSalary, 'es'));
    await expect(exchanges).toHaveCount(2);
    await step(page, info, 'chat-follow-up');

    // Thumbs down with a comment on the follow-up, stored with the exchange.
    await exchanges.last().getByRole('button', { name: 'No útil' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Comentario').fill('Quería también el bruto');
    await step(page, info, 'feedback-dialog');
    await dialog.getByRole('button', { name: 'Enviar valoración' }).click();
    await expect(page.getByText('Gracias por tu valoración.')).toBeVisible();
    const conversations = await apiGet<Array<{ conversationId: string }>>(page, '/api/chat/conversations');
    const history = await apiGet<{ messages: Array<{ message: string; feedback: string | null }> }>(
      page, `/api/chat/conversations/${conversations[0].conversationId}/messages`);
    expect(history.messages.find((h) => h.message === '¿y en febrero?')?.feedback).toBe('down');

    // The first answer's source opens the payslip it came from, with the same net pay.
    await exchanges.first().getByRole('link', { name: /marzo de 2025/i }).click();
    await expect(page).toHaveURL(/\/payslips\/2025\/3$/);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(/marzo de 2025/i);
    const money = new Intl.NumberFormat('es-ES', { style: 'currency', currency: march.currency, useGrouping: 'always' });
    await expect(page.getByRole('main')).toContainText(money.format(march.netSalary));
    await step(page, info, 'payslip-month');
    await expectAccessible(page, 'the payslip month view');

    await page.goto('/payslips?year=2025');
    await expect(page.getByRole('main')).toContainText('2025');
    await step(page, info, 'payslips-year');
    await expectAccessible(page, 'the payslip year view');

    await page.goto('/profile');
    await expect(page.getByRole('main')).toContainText(ANA);
    await step(page, info, 'profile');
    await expectAccessible(page, 'the profile');

    // Sign out: the old session's cookie is refused everywhere, a protected page asks to sign in.
    const oldCookies = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
    await page.getByRole('button', { name: 'Cerrar sesión' }).click();
    await expect(page).toHaveURL(/\/signed-out/);
    await step(page, info, 'signed-out');
    await expectAccessible(page, 'the signed-out page');

    const replay = await request.newContext({ baseURL, extraHTTPHeaders: { Cookie: oldCookies } });
    for (const path of ['/bff/user', '/api/users/me', '/api/payroll/payslips/2025/3']) {
      expect((await replay.get(path)).status(), path).toBe(401);
    }
    await replay.dispose();

    await page.goto('/payslips/2025/3');
    await expect(page).toHaveURL(/\/account\/signin/);
    expect(csp).toEqual([]);
  });

  test('a wrong password and an unknown account get the same answer', async ({ page }, info) => {
    await page.goto('/');
    await fillSignIn(page, 'es', ANA, 'no-es-la-clave-1');
    const alert = page.getByRole('alert');
    await expect(alert).toBeVisible();
    const wrong = (await alert.textContent())?.trim();
    await step(page, info, 'wrong-password');

    await fillSignIn(page, 'es', 'nadie-' + Date.now() + '@chatnomina.local', 'no-es-la-clave-1');
    await expect(page.getByRole('alert')).toHaveText(wrong ?? '');
    await expect(page).toHaveURL(/\/account\/signin/);
    expect(wrong).toBe('El correo o la contraseña no son correctos.');
  });
});

test.describe('John, in English', () => {
  test.use({ locale: 'en-GB' });

  test('asks in English and gets his own figure', async ({ page }, info) => {
    const csp = watchCsp(page);
    await signIn(page, 'en', JOHN);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    const march = await apiGet<Payslip>(page, '/api/payroll/payslips/2025/3');

    const box = messageBox(page, 'en');
    await box.fill('what was my net pay in March 2025?');
    await page.getByRole('button', { name: 'Send' }).click();
    const exchanges = page.getByRole('list', { name: 'Messages' }).getByRole('listitem');
    await expect(exchanges.last()).toContainText(answerAmount(march.netSalary, 'en'));
    await step(page, info, 'chat-answer-en');
    await expectAccessible(page, 'the chat in English');
    expect(csp).toEqual([]);
  });
});

test.describe('on a phone', () => {
  test.use({ locale: 'es-ES', viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  test('every page fits 360 px without sideways scrolling', async ({ page }, info) => {
    await signIn(page, 'es', ANA);
    for (const path of ['/', '/payslips?year=2025', '/payslips/2025/3', '/profile']) {
      await page.goto(path);
      await expect(page.getByRole('main')).toBeVisible();
      await page.waitForLoadState('networkidle');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `horizontal overflow on ${path}`).toBeLessThanOrEqual(0);
      await step(page, info, `phone${path.replaceAll(/[/?=]+/g, '-')}`);
    }
    await expectAccessible(page, 'the profile on a phone');
  });
});

test.describe('installed app', () => {
  test.use({ locale: 'es-ES' });

  test('the shell opens offline with a notice, and no pay data is kept in the browser', async ({ page, context }, info) => {
    await signIn(page, 'es', ANA);
    await page.evaluate(async () => { await navigator.serviceWorker.ready; });
    await page.goto('/payslips/2025/3');
    await expect(page.getByRole('main')).toContainText(/marzo de 2025/i);
    await page.goto('/');
    await expect(messageBox(page, 'es')).toBeVisible();

    const stored = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        urls.push(...(await cache.keys()).map((r) => r.url));
      }
      const databases = 'databases' in indexedDB ? (await indexedDB.databases()).map((d) => d.name ?? '') : [];
      return { urls, local: JSON.stringify({ ...localStorage }), session: JSON.stringify({ ...sessionStorage }), databases };
    });
    expect(stored.urls.filter((u) => /\/(api|bff|ws)\//.test(new URL(u).pathname))).toEqual([]);
    expect(stored.local).not.toMatch(/netSalary|grossSalary|\d+[.,]\d{2}/);
    expect(stored.session).not.toMatch(/netSalary|grossSalary/);
    expect(stored.databases.filter((name) => !name.startsWith('workbox'))).toEqual([]);

    await context.setOffline(true);
    await page.reload();
    await expect(page.getByText(/Sin conexión/).first()).toBeVisible();
    await step(page, info, 'offline-shell');
    await context.setOffline(false);
  });
});

test.describe('another site', () => {
  test.use({ locale: 'es-ES' });
  test('cannot post with the session or open the chat socket', async ({ page, baseURL }) => {
    await signIn(page, 'es', ANA);
    // 127.0.0.1 is another site than localhost for the browser: its pages are "evil.example".
    const app = new URL(baseURL ?? 'http://localhost:8080');
    const other = new URL(app.href);
    other.hostname = app.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
    await page.goto(new URL('/signed-out', other).href);

    const forged = `forged ${Date.now()}`;
    const outcome = await page.evaluate(async ({ target, forged }) => {
      const post = await fetch(new URL('/api/chat/messages', target), {
        method: 'POST',
        mode: 'no-cors',
        credentials: 'include',
        headers: { 'Content-Type': 'text/plain' },
        body: JSON.stringify({ message: forged }),
      }).then((r) => r.type, (e: unknown) => String(e));
      const socket = await new Promise<string>((resolve) => {
        const ws = new WebSocket(new URL('/ws/chat', target.replace(/^http/, 'ws')));
        ws.onopen = () => { ws.close(); resolve('open'); };
        ws.onerror = () => resolve('refused');
        setTimeout(() => resolve('timeout'), 10_000);
      });
      return { post, socket };
    }, { target: app.origin, forged });
    expect(outcome.socket).toBe('refused');
    expect(['opaque', 'TypeError: Failed to fetch']).toContain(outcome.post);

    // Nothing was stored from the forged post.
    await page.goto(app.origin + '/');
    await expect(messageBox(page, 'es')).toBeVisible();
    const conversations = await apiGet<Array<{ conversationId: string }>>(page, '/api/chat/conversations');
    for (const c of conversations.slice(0, 3)) {
      const history = await apiGet<{ messages: Array<{ message: string }> }>(page, `/api/chat/conversations/${c.conversationId}/messages`);
      expect(history.messages.map((h) => h.message)).not.toContain(forged);
    }
  });
});
