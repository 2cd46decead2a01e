import { defineConfig, devices } from '@playwright/test';

// Browser tests of the web app against the running stack (`./chatnomina test` starts it), in
// Debian's Chromium: no browser is downloaded. Screenshots of every step are kept as artefacts.
const artifacts = process.env.CHATNOMINA_ARTIFACTS ?? 'test-results';

export default defineConfig({
  testDir: './e2e',
  testMatch: '**/*.e2e.ts',
  outputDir: `${artifacts}/playwright`,
  // One at a time: the stack is shared with nothing else then, and the steps are screenshots.
  workers: 1,
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    baseURL: process.env.CHATNOMINA_GATEWAY_URL ?? 'http://localhost:8080',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
});
