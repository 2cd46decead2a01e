import type { VitePWAOptions } from 'vite-plugin-pwa';

/**
 * Paths that belong to the server, never to the app shell: a navigation to one of them must
 * reach the network (the sign-in round trip, the APIs, the OpenID Connect endpoints), so the
 * service worker must not answer it with index.html.
 */
export const serverPathPrefixes = [
  '/bff',
  '/api',
  '/ws',
  '/connect',
  '/account',
  '/signin-oidc',
  '/signout-callback-oidc',
  '/.well-known',
  '/openapi',
  '/health',
  '/metrics',
] as const;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

export const navigateFallbackDenylist: RegExp[] = serverPathPrefixes.map(
  (prefix) => new RegExp(`^${escape(prefix)}(?:[/?#]|$)`),
);

/**
 * vite-plugin-pwa options. The service worker precaches the app shell only (index.html,
 * hashed js/css, icons, manifest) and has no runtime caching at all: requests to /api, /bff
 * and /ws are never seen by a Workbox route, so no pay data can land in Cache Storage.
 */
export const pwaOptions: Partial<VitePWAOptions> = {
  strategies: 'generateSW',
  registerType: 'prompt',
  injectRegister: false,
  // globPatterns below already lists the icons: no second copy in the precache manifest
  includeManifestIcons: false,
  manifest: {
    name: 'ChatNomina',
    short_name: 'ChatNomina',
    description: 'Asistente de nóminas · Payroll assistant',
    lang: 'es',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    theme_color: '#1565c0',
    background_color: '#ffffff',
    icons: [
      { src: '/pwa-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/pwa-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
    ],
  },
  workbox: {
    // the plugin adds manifest.webmanifest itself
    globPatterns: ['**/*.{html,js,css,svg,png}'],
    navigateFallback: '/index.html',
    navigateFallbackDenylist,
    runtimeCaching: [],
    cleanupOutdatedCaches: true,
    clientsClaim: true,
    // The chart chunk is the largest asset; keep it precached so the year view works offline-shell.
    maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
  },
  devOptions: { enabled: false },
};
