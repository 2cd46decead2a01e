import type { Language } from '@/api/types';

/**
 * The only things this app ever writes to localStorage: the UI language and the theme.
 * Pay data, profiles and conversations stay in memory (Redux store) and are gone on reload.
 */
const LANGUAGE_KEY = 'chatnomina.language';
const THEME_KEY = 'chatnomina.theme';

export type ThemeMode = 'light' | 'dark';

export const supportedLanguages: readonly Language[] = ['es', 'en'];

function read(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null; // storage disabled (private mode, policies): fall back to defaults
  }
}

function write(key: string, value: string): void {
  try {
    window.localStorage.setItem(key, value);
  } catch {
    // not remembered; the choice still applies to this page
  }
}

export function isLanguage(value: unknown): value is Language {
  return value === 'es' || value === 'en';
}

/** The first supported language among the browser's preferences; Spanish when none is. */
export function browserLanguage(languages: readonly string[] = navigator.languages ?? [navigator.language]): Language {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return 'es';
}

export function storedLanguage(): Language | null {
  const value = read(LANGUAGE_KEY);
  return isLanguage(value) ? value : null;
}

export function initialLanguage(): Language {
  return storedLanguage() ?? browserLanguage();
}

export function saveLanguage(language: Language): void {
  write(LANGUAGE_KEY, language);
}

/** The remembered theme, or null to follow prefers-color-scheme. */
export function storedThemeMode(): ThemeMode | null {
  const value = read(THEME_KEY);
  return value === 'light' || value === 'dark' ? value : null;
}

export function saveThemeMode(mode: ThemeMode): void {
  write(THEME_KEY, mode);
}
