import { describe, expect, it } from 'vitest';
import { navigateFallbackDenylist, pwaOptions } from './pwa.config';

const denied = (path: string) => navigateFallbackDenylist.some((re) => re.test(path));

describe('PWA service worker options', () => {
  it.each([
    '/bff/login?returnUrl=%2F',
    '/bff/user',
    '/api/payroll/payslips/2025/3',
    '/ws/chat',
    '/connect/authorize?client_id=x',
    '/account/login',
    '/signin-oidc',
    '/.well-known/openid-configuration',
    '/openapi/payroll.json',
  ])('never answers the navigation %s with the app shell', (path) => {
    expect(denied(path)).toBe(true);
  });

  it.each(['/', '/payslips', '/payslips/2025/3', '/profile', '/signed-out', '/apiary', '/bffx'])(
    'serves the app shell for the app route %s',
    (path) => {
      expect(denied(path)).toBe(false);
    },
  );

  it('has no runtime caching and precaches only shell file types', () => {
    expect(pwaOptions.strategies).toBe('generateSW');
    expect(pwaOptions.workbox?.runtimeCaching ?? []).toEqual([]);
    expect(pwaOptions.workbox?.globPatterns).toEqual(['**/*.{html,js,css,svg,png}']);
  });

  it('declares 192 and 512 PNG icons in the manifest', () => {
    const manifest = pwaOptions.manifest;
    const sizes = manifest && manifest.icons ? manifest.icons.map((i) => i.sizes) : [];
    expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
  });
});
