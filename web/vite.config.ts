import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { pwaOptions } from './pwa.config';

const gateway = process.env.CHATNOMINA_GATEWAY ?? 'http://localhost:8080';

export default defineConfig(({ mode }) => ({
  plugins: [react(), ...(mode === 'test' ? [] : [VitePWA(pwaOptions)])],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    outDir: 'dist',
    sourcemap: false,
    // Hashed names under assets/ (Vite's default); the gateway may cache them forever.
    assetsDir: 'assets',
  },
  server: {
    // `npm run dev` against a running stack: the gateway owns the session cookie.
    proxy: {
      '/bff': { target: gateway, changeOrigin: false },
      '/api': { target: gateway, changeOrigin: false },
      '/ws': { target: gateway, ws: true, changeOrigin: false },
      '/connect': { target: gateway, changeOrigin: false },
      '/account': { target: gateway, changeOrigin: false },
      '/signin-oidc': { target: gateway, changeOrigin: false },
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    css: false,
    restoreMocks: true,
    // Lazy routes load their chunk on first use: on a busy 2-core machine running the whole suite
    // that can take seconds, so a test (and Testing Library's findBy*, see setup.ts) waits longer.
    testTimeout: 20_000,
    alias: {
      'virtual:pwa-register/react': fileURLToPath(new URL('./src/test/pwaRegisterStub.ts', import.meta.url)),
    },
  },
}));
