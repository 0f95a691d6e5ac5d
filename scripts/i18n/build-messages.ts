/**
 * Locale sources → `_locales/<lang>/messages.json` (the browser's format), and the checks that
 * keep every language complete. Used by the build (scripts/i18n/wxt-locales.ts) and by
 * `npm test` (scripts/i18n/__tests__/locales.test.ts).
 */
import { DEFAULT_LOCALE, LOCALES, languageTag, localeDir } from '../../utils/i18n/locales';
import { usedPlaceholders, type MessageEntry, type MessagesFile } from '../../utils/i18n/message-format';
import { PLURAL_CATEGORIES, pluralCategories, singleNumberCategories, type PluralCategory } from '../../utils/i18n/plural-categories';
import { surfacePrefix, type LocaleSources } from './sources';

const PLURAL_SUFFIX = new RegExp(`^(.+)_(${PLURAL_CATEGORIES.join('|')})$`);

/** `badge_activeOrders_few` → ["badge_activeOrders", "few"]; null for a plain key. */
export function pluralParts(key: string): [string, PluralCategory] | null {
  const m = PLURAL_SUFFIX.exec(key);
  return m ? [m[1]!, m[2] as PluralCategory] : null;
}

interface KeySet {
  plain: Set<string>;
  /** plural base → categories present. */
  plurals: Map<string, Set<PluralCategory>>;
}

function keySet(keys: Iterable<string>): KeySet {
  const set: KeySet = { plain: new Set(), plurals: new Map() };
  for (const key of keys) {
    const parts = pluralParts(key);
    if (!parts) set.plain.add(key);
    else set.plurals.set(parts[0], (set.plurals.get(parts[0]) ?? new Set()).add(parts[1]));
  }
  return set;
}

/** The English entry that gives a key its placeholders (a plural variant: the `_other` one). */
function englishEntry(en: MessagesFile, key: string): MessageEntry | undefined {
  const parts = pluralParts(key);
  return parts ? en[`${parts[0]}_other`] : en[key];
}

/** Browser limits on manifest texts: Chrome refuses to load an extension whose description is longer. */
const MAX_LENGTH: Readonly<Record<string, number>> = { manifest_name: 75, manifest_description: 132 };

function tooLong(where: string, key: string, text: string): string[] {
  const max = MAX_LENGTH[key];
  return max !== undefined && [...text].length > max ? [`${where}: ${key} has ${[...text].length} characters; the browser allows ${max}`] : [];
}

const sameSet = (a: Set<string>, b: Set<string>) => a.size === b.size && [...a].every((x) => b.has(x));
const list = (s: Iterable<string>) => [...s].sort().join(', ') || '(none)';

/** `$` that is not `$$`, `$1`…`$9` or `$NAME$`: the browser would show it oddly or drop it. */
function strayDollar(message: string): boolean {
  return /\$(?![$1-9]|[A-Za-z0-9_@]+\$)/.test(message.replace(/\$\$|\$[A-Za-z0-9_@]+\$/g, ''));
}

function checkPlaceholders(where: string, locale: string, key: string, message: string, en: MessageEntry, enMessage: string): string[] {
  const declared = new Set(Object.keys(en.placeholders ?? {}).map((n) => n.toLowerCase()));
  const used = usedPlaceholders(message);
  const expected = usedPlaceholders(enMessage);
  const problems: string[] = [];
  for (const name of used) if (!declared.has(name)) problems.push(`${where}: ${key} uses $${name.toUpperCase()}$, which the English entry does not declare`);
  const category = pluralParts(key)?.[1];
  const mayOmitCount = category !== undefined && singleNumberCategories(languageTag(locale)).has(category);
  for (const name of expected) {
    if (!used.has(name) && !(mayOmitCount && name === 'count')) problems.push(`${where}: ${key} leaves out $${name.toUpperCase()}$`);
  }
  if (strayDollar(message)) problems.push(`${where}: ${key} has a lone "$" (write "$$" for a dollar sign)`);
  return problems;
}

/** Every problem in the sources, as "file: what is wrong" lines; empty when all is well. */
export function checkLocaleSources(sources: LocaleSources): string[] {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for (const [surface, file] of sources.en) {
    const where = `locales/en/${surface}.json`;
    const prefix = surfacePrefix(surface);
    for (const [key, entry] of Object.entries(file)) {
      if (!/^[A-Za-z0-9_]+$/.test(key)) problems.push(`${where}: ${key} may only use A–Z, a–z, 0–9 and _`);
      if (!key.startsWith(prefix)) problems.push(`${where}: ${key} must start with ${prefix}`);
      const other = seen.get(key.toLowerCase());
      if (other) problems.push(`${where}: ${key} is also ${other} (the browser ignores case in names)`);
      seen.set(key.toLowerCase(), `${key} in ${where}`);
      if (typeof entry?.message !== 'string' || !entry.message.trim()) {
        problems.push(`${where}: ${key} has no message`);
        continue;
      }
      for (const [name, p] of Object.entries(entry.placeholders ?? {})) {
        if (!/^\$[1-9]$/.test(p.content)) problems.push(`${where}: ${key} placeholder ${name} should be "$1"…"$9"`);
      }
      problems.push(...tooLong(where, key, entry.message));
      const en = englishEntry(file, key);
      if (!en) problems.push(`${where}: ${key} is a plural form without ${pluralParts(key)![0]}_other`);
      else problems.push(...checkPlaceholders(where, DEFAULT_LOCALE, key, entry.message, en, en.message));
      const declared = Object.keys(entry.placeholders ?? {}).map((n) => n.toLowerCase());
      const unused = declared.filter((n) => !usedPlaceholders(entry.message).has(n) && !(n === 'count' && pluralParts(key)));
      if (unused.length) problems.push(`${where}: ${key} declares ${list(unused)} but does not use it`);
    }
    problems.push(...checkPlurals(where, DEFAULT_LOCALE, keySet(Object.keys(file))));
  }
  const dirs = new Set([DEFAULT_LOCALE, ...sources.translations.keys()]);
  for (const locale of LOCALES) if (!dirs.has(locale)) problems.push(`locales/${locale}/ is missing`);
  for (const locale of sources.translations.keys()) {
    if (!(LOCALES as readonly string[]).includes(locale)) problems.push(`locales/${locale}/ is not a language of utils/i18n/locales.ts`);
  }
  for (const [locale, surfaces] of sources.translations) {
    for (const surface of sources.surfaces) if (!surfaces.has(surface)) problems.push(`locales/${locale}/${surface}.json is missing`);
    for (const [surface, texts] of surfaces) {
      const where = `locales/${locale}/${surface}.json`;
      const en = sources.en.get(surface);
      if (!en) {
        problems.push(`${where}: there is no locales/en/${surface}.json`);
        continue;
      }
      problems.push(...compareKeys(where, keySet(Object.keys(en)), keySet(Object.keys(texts))));
      problems.push(...checkPlurals(where, locale, keySet(Object.keys(texts))));
      for (const [key, text] of Object.entries(texts)) {
        const entry = englishEntry(en, key);
        if (typeof text !== 'string' || !text.trim()) problems.push(`${where}: ${key} is empty (or not a string)`);
        else if (entry) problems.push(...checkPlaceholders(where, locale, key, text, entry, entry.message), ...tooLong(where, key, text));
      }
    }
  }
  return problems;
}

function compareKeys(where: string, en: KeySet, mine: KeySet): string[] {
  const problems: string[] = [];
  const missing = [...en.plain].filter((k) => !mine.plain.has(k));
  const extra = [...mine.plain].filter((k) => !en.plain.has(k));
  const missingPlurals = [...en.plurals.keys()].filter((k) => !mine.plurals.has(k));
  const extraPlurals = [...mine.plurals.keys()].filter((k) => !en.plurals.has(k));
  if (missing.length + missingPlurals.length) problems.push(`${where}: missing ${list([...missing, ...missingPlurals.map((k) => `${k}_*`)])}`);
  if (extra.length + extraPlurals.length) problems.push(`${where}: not in English ${list([...extra, ...extraPlurals.map((k) => `${k}_*`)])}`);
  return problems;
}

function checkPlurals(where: string, locale: string, keys: KeySet): string[] {
  const needed = new Set<string>(pluralCategories(languageTag(locale)));
  return [...keys.plurals]
    .filter(([, categories]) => !sameSet(categories, needed))
    .map(([base, categories]) => `${where}: ${base} has forms ${list(categories)}; ${locale} needs exactly ${list(needed)}`);
}

/** One language's messages.json: English placeholders, no descriptions, plus meta_locale/meta_dir. */
export function buildMessages(sources: LocaleSources, locale: string): MessagesFile {
  const out: MessagesFile = {
    meta_locale: { message: locale },
    meta_dir: { message: localeDir(locale) },
  };
  for (const surface of sources.surfaces) {
    const en = sources.en.get(surface)!;
    const texts = locale === DEFAULT_LOCALE ? Object.fromEntries(Object.entries(en).map(([k, e]) => [k, e.message])) : (sources.translations.get(locale)?.get(surface) ?? {});
    for (const [key, message] of Object.entries(texts)) {
      const placeholders = englishEntry(en, key)?.placeholders;
      out[key] = placeholders ? { message, placeholders: Object.fromEntries(Object.entries(placeholders).map(([n, p]) => [n, { content: p.content }])) } : { message };
    }
  }
  return out;
}
