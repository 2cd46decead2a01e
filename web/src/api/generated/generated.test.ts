import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generate, services } from '../../../scripts/api-types.mjs';

/**
 * The committed API types are exactly what the committed OpenAPI documents generate: change a
 * service, run `npm run api:update` with the stack up (documents + types), commit both.
 */
describe('generated API types', () => {
  // Vitest runs in web/ (jsdom's import.meta.url is not a file URL).
  it.each(services)('src/api/generated/%s.ts is what its OpenAPI document generates', async (service) => {
    const document: unknown = JSON.parse(await readFile(resolve(process.cwd(), 'openapi', `${service}.json`), 'utf8'));
    const committed = await readFile(resolve(process.cwd(), 'src/api/generated', `${service}.ts`), 'utf8');
    expect(committed, `run "npm run api:types" in web/ and commit src/api/generated/${service}.ts`).toBe(await generate(document));
  });
});
