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
await page.goto(base + '/');
await page.getByLabel('Correo electrónico').fill(email);
await page.getByLabel('Contraseña').fill(password);
await page.getByRole('button', { name: 'Iniciar sesión' }).click();
const box = page.getByRole('textbox', { name: 'Mensaje' });
await box.waitFor();

// Frames as they reach the page, timed in Node (the same clock as the key press).
let waiting = null;
page.on('websocket', (ws) => ws.on('framereceived', ({ payload }) => {
  if (!waiting) return;
  const type = JSON.parse(String(payload)).type;
  if (type === 'stream' && waiting.first === undefined) waiting.first = performance.now();
  if (type === 'done') { waiting.done = performance.now(); waiting.resolve(); }
}));

const first = [];
const done = [];
// One warm-up question (connection, JIT), not counted.
for (const [i, question] of [questions[0], ...questions].entries()) {
  await box.fill(question);
  const finished = new Promise((resolve) => { waiting = { resolve }; });
  const start = performance.now();
  await box.press('Enter');
  await finished;
  if (i > 0) { first.push(waiting.first - start); done.push(waiting.done - start); }
  waiting = null;
}
await browser.close();

const form = new URLSearchParams({ grant_type: 'password', username: email, password, client_id: 'chatnomina-cli' });
const token = (await (await fetch(base + '/connect/token', { method: 'POST', body: form })).json()).access_token;
const rest = [];
for (const [i, question] of [questions[0], ...questions].entries()) {
  const start = performance.now();
  const response = await fetch(base + '/api/chat/messages', {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ message: question }),
  });
  await response.json();
  if (i > 0) rest.push(performance.now() - start);
}
console.log(JSON.stringify({ n: first.length, firstWordP50: p50(first), doneP50: p50(done), restP50: p50(rest) }));
