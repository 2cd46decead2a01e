import { describe, expect, it } from 'vitest';
import { browserLanguage, initialLanguage, saveLanguage, saveThemeMode, storedThemeMode } from './preferences';

describe('preferences', () => {
  it('follows the browser language when nothing was chosen, Spanish when unsupported', () => {
    expect(browserLanguage(['en-GB', 'es-ES'])).toBe('en');
    expect(browserLanguage(['fr-FR', 'es'])).toBe('es');
    expect(browserLanguage(['de-DE'])).toBe('es');
  });

  it('remembers the chosen language over the browser’s', () => {
    saveLanguage('en');
    expect(initialLanguage()).toBe('en');
    saveLanguage('es');
    expect(initialLanguage()).toBe('es');
  });

  it('ignores a tampered value', () => {
    window.localStorage.setItem('chatnomina.language', 'xx');
    window.localStorage.setItem('chatnomina.theme', 'neon');
    expect(['es', 'en']).toContain(initialLanguage());
    expect(storedThemeMode()).toBeNull();
  });

  it('remembers the theme', () => {
    expect(storedThemeMode()).toBeNull();
    saveThemeMode('dark');
    expect(storedThemeMode()).toBe('dark');
  });
});
