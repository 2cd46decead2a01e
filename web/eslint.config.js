import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', 'dev-dist', 'coverage', 'node_modules', 'src/api/generated/*.ts', 'test-results'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended, jsxA11y.flatConfigs.recommended],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      // No eval-like code: the gateway's CSP has no 'unsafe-eval'.
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      // Personal pay data stays in memory: only lib/preferences may touch web storage.
      'no-restricted-globals': ['error', { name: 'localStorage', message: 'Use lib/preferences (language and theme only).' }, { name: 'sessionStorage', message: 'Nothing is stored in sessionStorage.' }, { name: 'indexedDB', message: 'Nothing is stored in IndexedDB.' }],
      'no-restricted-properties': [
        'error',
        { object: 'window', property: 'localStorage', message: 'Use lib/preferences (language and theme only).' },
        { object: 'window', property: 'sessionStorage', message: 'Nothing is stored in sessionStorage.' },
        { object: 'window', property: 'indexedDB', message: 'Nothing is stored in IndexedDB.' },
      ],
    },
  },
  {
    // the app's own code; tests (and browser tests that check the storage is empty) may look
    files: ['src/lib/preferences.ts', '**/*.test.{ts,tsx}', 'src/test/**', 'e2e/**'],
    rules: { 'no-restricted-properties': 'off', 'no-restricted-globals': 'off' },
  },
  {
    files: ['vite.config.ts', 'pwa.config.ts', 'pwa.config.test.ts', 'scripts/**/*.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
);
