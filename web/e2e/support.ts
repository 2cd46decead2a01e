import { createHmac } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, type TestInfo } from '@playwright/test';

/** The demo accounts and password `./chatnomina up` seeds (README, "Demo accounts"). */
export const PASSWORD = process.env.CHATNOMINA_DEMO_PASSWORD ?? 'ChatNomina-Demo-2026!';
export const ANA = 'ana.garcia@chatnomina.local';
export const JOHN = 'john.smith@chatnomina.local';

export type Lang = 'es' | 'en';

/** The sign-in page's words (the auth service's page, not the app's). */
const SIGN_IN = {
  es: { email: 'Correo electrónico', password: 'Contraseña', button: 'Iniciar sesión' },
  en: { email: 'Email', password: 'Password', button: 'Sign in' },
} as const;

/** A screenshot of the step, attached to the test's report and kept in its artefacts folder. */
export async function step(page: Page, info: TestInfo, name: string): Promise<void> {
  const path = info.outputPath(`${String(info.attachments.length + 1).padStart(2, '0')}-${name}.png`);
  await page.screenshot({ path, fullPage: true });
  await info.attach(name, { path, contentType: 'image/png' });
}

/** Collects every Content-Security-Policy violation the page reports. */
export function watchCsp(page: Page): string[] {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to (load|execute|apply|connect|frame)/i.test(message.text())) {
      violations.push(message.text());
    }
  });
  return violations;
}

/** No serious or critical WCAG 2.1 A/AA violation on the page as it is now. */
export async function expectAccessible(page: Page, where: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious, `accessibility of ${where}`).toEqual([]);
}

/** Fills the auth service's sign-in page (the app has sent the browser there). */
export async function fillSignIn(page: Page, lang: Lang, email: string, password = PASSWORD): Promise<void> {
  await expect(page).toHaveURL(/\/account\/signin/);
  await page.getByLabel(SIGN_IN[lang].email).fill(email);
  await page.getByLabel(SIGN_IN[lang].password).fill(password);
  await page.getByRole('button', { name: SIGN_IN[lang].button }).click();
}

/** Opens the app, which sends an anonymous visitor to sign in, and signs in. */
export async function signIn(page: Page, lang: Lang, email: string): Promise<void> {
  await page.goto('/');
  await fillSignIn(page, lang, email);
  await expect(messageBox(page, lang)).toBeVisible();
}

export function messageBox(page: Page, lang: Lang) {
  return page.getByRole('textbox', { name: lang === 'es' ? 'Mensaje' : 'Message' });
}

/** A JSON API call made by the page itself (same origin, its session cookie). */
export async function apiGet<T>(page: Page, path: string): Promise<T> {
  return page.evaluate(async (url) => {
    const response = await fetch(url, { headers: { 'X-CSRF': '1' } });
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    return (await response.json()) as T;
  }, path);
}

/** An amount as the assistant writes it (es: 2.371,12 — en: 2,371.12). */
export function answerAmount(value: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === 'es' ? 'de-DE' : 'en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
}

export interface Payslip {
  year: number;
  month: number;
  netSalary: number;
  grossSalary: number;
  paymentDate: string;
  currency: string;
}

// ---------------------------------------------------------------- HR (second factor)

export const HR_EMAIL = 'rrhh@chatnomina.local';
/** The demo admin: roles and second factors; the same demo one-time codes as HR. */
export const ADMIN_EMAIL = 'admin@chatnomina.local';
export const ANA_ID = '1f670925-b2ed-5d0d-8b1e-9c903e34d0c1';
export const HR_ID = '37286a1c-1f2f-5853-b65c-631304b52ccf';
/** The demo HR account's TOTP secret (base32), as `./chatnomina otp` reads it. */
export const TOTP_SECRET = process.env.CHATNOMINA_DEMO_TOTP_SECRET ?? 'CHATNOMINADEMOHRTOTPSECRET234567';

function base32(secret: string): Buffer {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const char of secret.replace(/=+$/, '').toUpperCase()) {
    const value = alphabet.indexOf(char);
    if (value < 0) throw new Error(`not base32: ${char}`);
    bits += value.toString(2).padStart(5, '0');
  }
  const bytes: number[] = [];
  for (let i = 0; i + 8 <= bits.length; i += 8) bytes.push(parseInt(bits.slice(i, i + 8), 2));
  return Buffer.from(bytes);
}

/** RFC 6238 TOTP (HMAC-SHA1, 30 s, 6 digits) for the time step `offset` steps from now. */
export function totp(secret: string = TOTP_SECRET, offset = 0, now: number = Date.now()): string {
  const counter = Math.floor(now / 1000 / 30) + offset;
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(BigInt(counter));
  const hmac = createHmac('sha1', base32(secret)).update(message).digest();
  const start = hmac[hmac.length - 1] & 0x0f;
  const code = (hmac.readUInt32BE(start) & 0x7fffffff) % 1_000_000;
  return String(code).padStart(6, '0');
}

const CODE = {
  es: { label: 'Código de verificación', button: 'Verificar' },
  en: { label: 'Verification code', button: 'Verify' },
} as const;

/**
 * Signs the HR (or the admin) account in: password, then the one-time code. A code is accepted once per account
 * (another test may just have used this step's), so a refused code is followed by the next step's,
 * which the service accepts one step early.
 */
export async function signInHr(page: Page, lang: Lang, email: string = HR_EMAIL): Promise<void> {
  await page.goto('/');
  await fillSignIn(page, lang, email);
  const code = page.getByLabel(CODE[lang].label);
  for (const offset of [0, 1, 2]) {
    await expect(code).toBeVisible();
    await code.fill(totp(TOTP_SECRET, offset));
    await page.getByRole('button', { name: CODE[lang].button }).click();
    const outcome = await Promise.race([
      page.waitForURL((url) => !url.pathname.startsWith('/account/'), { timeout: 30_000 }).then(() => 'in' as const),
      page.getByRole('alert').waitFor({ timeout: 30_000 }).then(() => 'refused' as const),
    ]);
    if (outcome === 'in') {
      await expect(messageBox(page, lang)).toBeVisible();
      return;
    }
  }
  throw new Error(`${email}: no one-time code was accepted`);
}
