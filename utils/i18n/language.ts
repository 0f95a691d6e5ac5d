/**
 * Which language the pages and the worker speak: the browser's, unless Settings name another.
 *
 * The browser's language costs nothing: browser.i18n.getMessage answers synchronously from
 * the messages the browser already loaded. Another language cannot come from getMessage (it
 * always answers in the browser's language), so its messages.json is fetched from the package
 * (runtime.getURL, ~10–20 KB, read from disk by the browser) before the page renders.
 */
import { browser } from 'wxt/browser';
import { isLocale, type Locale } from './locales';
import type { MessagesFile } from './message-format';
import { activeDir, activeLocale, activeTag, browserLocale, t, useCatalog } from './messages';
import type { MessageKey } from './keys';

/** As `Settings.language` (utils/settings.ts) stores it. */
export type LanguagePreference = 'auto' | Locale;

/**
 * The language chosen in Settings, read from the STORED settings object as it is, tolerant of
 * anything: an unknown or missing value is 'auto'. Read raw, not through the settings item:
 * pages ask before their first render, and this one field is all they need of it.
 */
export function languagePreference(storedSettings: unknown): LanguagePreference {
  const value = (storedSettings as { language?: unknown } | null | undefined)?.language;
  return isLocale(value) ? value : 'auto';
}

/** The locale whose messages a preference needs, or null when the browser's own will do. */
export function catalogNeeded(preference: LanguagePreference): Locale | null {
  return preference === 'auto' || preference === browserLocale() ? null : preference;
}

async function fetchMessages(locale: Locale): Promise<MessagesFile> {
  const url = (browser.runtime.getURL as (path: string) => string)(`/_locales/${locale}/messages.json`);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${locale} messages: HTTP ${response.status}`);
  return (await response.json()) as MessagesFile;
}

/**
 * Switches t() to the preferred language; resolves at once (no I/O) for the browser's own.
 * A language that cannot be loaded leaves the browser's in place.
 */
export async function useLanguage(preference: LanguagePreference): Promise<void> {
  const locale = catalogNeeded(preference);
  if (locale === null) {
    // Back to the browser's messages (a catalog of the browser's own language, as unit tests
    // load, says the same and may stay).
    if (activeLocale() !== browserLocale()) useCatalog(browserLocale(), null);
    return;
  }
  try {
    useCatalog(locale, await fetchMessages(locale));
  } catch {
    useCatalog(browserLocale(), null);
  }
}

/** `<html lang dir>` for the active language: right to left for Arabic. */
export function applyDocumentLanguage(doc: Document = document): void {
  doc.documentElement.lang = activeTag();
  doc.documentElement.dir = activeDir();
  // A page names its title's message in its HTML (`<title data-message="options_pageTitle">`).
  const title = doc.querySelector('title[data-message]')?.getAttribute('data-message');
  if (title) doc.title = t(title as MessageKey);
}

/** The stored preference, read on its own (pages other than the popup, and the worker). */
export async function readLanguagePreference(): Promise<LanguagePreference> {
  try {
    const { settings } = await browser.storage.local.get('settings');
    return languagePreference(settings);
  } catch {
    return 'auto';
  }
}

/** For pages: the preferred language loaded and set on <html>, before their first render. */
export async function preparePageLanguage(): Promise<void> {
  applyDocumentLanguage();
  await useLanguage(await readLanguagePreference());
  applyDocumentLanguage();
}
