/**
 * t() and plural(): every text for a person comes from here.
 *
 * Two sources, one answer:
 * - the browser's own `i18n.getMessage` (synchronous, no I/O): the language follows the
 *   browser, which is the default and the popup's fast path;
 * - a catalog loaded from the package (`_locales/<lang>/messages.json`) when Settings name
 *   another language (utils/i18n/language.ts), since getMessage cannot switch language.
 *
 * Numbers given as substitutions are formatted for the language; in a right-to-left language
 * text substitutions are wrapped in Unicode isolates (FSI…PDI), so an English panel name
 * inside an Arabic sentence keeps its own order.
 */
import { languageTag, localeDir } from './locales';
import { substitute, toCatalog, type Catalog, type MessagesFile } from './message-format';
import { pluralRules } from './plural-categories';
import type { MessageKey, PluralKey } from './keys';

export type Substitution = string | number;

interface RawI18n {
  getMessage(name: string, substitutions?: string[]): string | undefined;
}

/** The raw namespace, not the polyfill: this runs first in the popup and in the worker alike. */
function nativeI18n(): RawI18n | undefined {
  const g = globalThis as unknown as { chrome?: { i18n?: RawI18n }; browser?: { i18n?: RawI18n } };
  return g.chrome?.i18n ?? g.browser?.i18n;
}

let loaded: { locale: string; catalog: Catalog } | null = null;
let nativeLocale: string | null = null;

/** Messages of `locale` from its messages.json; null goes back to the browser's language. */
export function useCatalog(locale: string, file: MessagesFile | null): void {
  loaded = file ? { locale, catalog: toCatalog(file) } : null;
}

function lookup(name: string, subs: string[]): string {
  if (loaded) {
    const text = loaded.catalog.get(name.toLowerCase());
    return text === undefined ? '' : substitute(text, subs);
  }
  try {
    return nativeI18n()?.getMessage(name, subs) ?? '';
  } catch {
    return ''; // No i18n API here (a test without a catalog).
  }
}

/** The locale the messages come from (`pt_BR`): the build writes `meta_locale` into each file. */
export function activeLocale(): string {
  return loaded?.locale ?? browserLocale();
}

/** The browser's own choice among our locales, whatever Settings say (its `meta_locale`). */
export function browserLocale(): string {
  if (nativeLocale === null) {
    try {
      nativeLocale = nativeI18n()?.getMessage('meta_locale') || 'en';
    } catch {
      nativeLocale = 'en';
    }
  }
  return nativeLocale;
}

/** BCP 47 tag of the active locale, for Intl and `<html lang>`. */
export function activeTag(): string {
  return languageTag(activeLocale());
}

export function activeDir(): 'ltr' | 'rtl' {
  return localeDir(activeLocale());
}

/** Private-use markers for rich substitutions (components/T.tsx); never wrapped in isolates. */
export const SLOT = '\uE000';

function prepare(subs: readonly Substitution[]): string[] {
  const rtl = activeDir() === 'rtl';
  const numbers = integerFormat(activeTag());
  return subs.map((s) => {
    if (typeof s === 'number') return Number.isInteger(s) ? numbers.format(s) : String(s);
    return rtl && !s.startsWith(SLOT) ? `\u2068${s}\u2069` : s;
  });
}

let integer: { tag: string; format: Intl.NumberFormat } | null = null;
function integerFormat(tag: string): Intl.NumberFormat {
  if (integer?.tag !== tag) integer = { tag, format: new Intl.NumberFormat(tag, { maximumFractionDigits: 0 }) };
  return integer.format;
}

/** A missing message shows its key: loud in the pseudo-locale run, never a blank. */
function orKey(text: string, key: string): string {
  return text || key;
}

/** The message `key` in the active language; `$1`… are `subs` (numbers formatted for the language). */
export function t(key: MessageKey, ...subs: Substitution[]): string {
  return orKey(lookup(key, prepare(subs)), key);
}

/**
 * The plural form of `key` for `count`, by the language's CLDR category (`key_one`,
 * `key_few`, `key_many`, `key_other`…). `$1` is the count, formatted; `subs` are `$2`….
 */
export function plural(key: PluralKey, count: number, ...subs: Substitution[]): string {
  const category = pluralRules(activeTag()).select(count);
  const args = prepare([count, ...subs]);
  return orKey(lookup(`${key}_${category}`, args) || lookup(`${key}_other`, args), `${key}_other`);
}
