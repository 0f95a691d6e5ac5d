/**
 * The languages PanelPilot speaks, by their `_locales` folder names (the browser's codes:
 * `pt_BR`, not `pt-BR`). `en` is the default locale: every key exists there first.
 */
export const LOCALES = ['en', 'ru', 'es', 'pt_BR', 'tr', 'id', 'hi', 'ar'] as const;
export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = 'en';

/** Written right to left: their pages get `dir="rtl"`. */
const RTL: ReadonlySet<string> = new Set<Locale>(['ar']);

/** The language's own name, for the language picker (never translated). */
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = {
  en: 'English',
  ru: 'Русский',
  es: 'Español',
  pt_BR: 'Português (Brasil)',
  tr: 'Türkçe',
  id: 'Bahasa Indonesia',
  hi: 'हिन्दी',
  ar: 'العربية',
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

export function localeDir(locale: string): 'ltr' | 'rtl' {
  return RTL.has(locale) ? 'rtl' : 'ltr';
}

/** The BCP 47 tag Intl and `<html lang>` want: `pt_BR` → `pt-BR`. */
export function languageTag(locale: string): string {
  return locale.replace('_', '-');
}
