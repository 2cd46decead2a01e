// Time from pressing Send to the first streamed word, in Debian's Chromium, beside the same
// question's REST latency (POST /api/chat/messages with a bearer token). Run by
// bench/sections/50-web.sh against the running stack; prints one JSON line.
import { chromium } from '@playwright/test';

const base = process.env.CHATNOMINA_GATEWAY_URL ?? 'http://localhost:8080';
const password = process.env.CHATNOMINA_DEMO_PASSWORD ?? 'ChatNomina-Demo-2026!';
const email = 'ana.garcia@chatnomina.local';
const months = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre'];
const questions = Array.from({ length: 20 }, (_, i) =>
  i % 2 === 0 ? `¿cuánto cobré neto en ${months[i / 2]} de 2025?` : `¿cuánto me retuvieron de IRPF en ${months[(i - 1) / 2]} de 2025?`);

const p50 = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
};

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
const page = await browser.newPage({ locale: 'es-ES' });
// Timed inside the page, on its own clock: when the app sends the message over its socket and
// when the first stream frame and the done frame reach the page's JavaScript.
await page.addInitScript(() => {
  window.__chatTimes = [];
  const send = WebSocket.prototype.send;
  WebSocket.prototype.send = function (data) {
    if (!this.__timed) {
      this.__timed = true;
      this.addEventListener('message', (event) => {
        const type = JSON.parse(String(event.data)).type;
        const current = window.__chatTimes.at(-1);
        if (!current) return;
        if (type === 'stream' && current.first === undefined) current.first = performance.now();
        if (type === 'done') current.done = performance.now();
      });
    }
    if (String(data).includes('"message"')) window.__chatTimes.push({ sent: performance.now() });
    return send.call(this, data);
  };
});
await page.goto(base + '/');
await page.getByLabel('Correo electrónico').fill(email);
await page.getByLabel('Contraseña').fill(password);
await page.getByRole('button', { name: 'Iniciar sesión' }).click();
const box = page.getByRole('textbox', { name: 'Mensaje' });
await box.waitFor();


const form = new URLSearchParams({ grant_type: 'password', username: email, password, client_id: 'chatnomina-cli' });
const token = (await (await fetch(base + '/connect/token', { method: 'POST', body: form })).json()).access_token;
async function askRest(question) {
  const start = performance.now();
  const response = await fetch(base + '/api/chat/messages', {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ message: question }),
  });
  await response.json();
  const elapsed = performance.now() - start;
  if (response.status !== 200) throw new Error(`REST answered ${response.status} to "${question}"`);
  return elapsed;
}

const first = [];
const done = [];
const rest = [];
// One warm-up question each way (connections, JIT), not counted. The same question goes over
// both paths, alternating which goes first, so neither profits from the other's warm caches.
// The stack's chat allows 30 messages a minute per user (Chat:RateLimit): two messages every
// 4.2 s stay under it, so no answer here is a 429.
let asked = 0;
for (const [i, question] of [questions[0], ...questions].entries()) {
  const began = performance.now();
  const restFirst = i % 2 === 0;
  const restTime = restFirst ? await askRest(question) : undefined;
  await box.fill(question);
  await box.press('Enter');
  asked += 1;
  await page.waitForFunction((n) => window.__chatTimes.length === n && window.__chatTimes[n - 1].done !== undefined, asked, { timeout: 30_000 });
  const t = await page.evaluate((n) => window.__chatTimes[n - 1], asked);
  const restLater = restFirst ? restTime : await askRest(question);
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, 4200 - (performance.now() - began))));
  if (i > 0) {
    first.push(t.first - t.sent);
    done.push(t.done - t.sent);
    rest.push(restLater);
  }
}
await browser.close();

console.log(JSON.stringify({ n: first.length, firstWordP50: p50(first), doneP50: p50(done), restP50: p50(rest) }));
