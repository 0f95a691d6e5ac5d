/**
 * The locale sources: `locales/<lang>/<surface>.json`, one file per surface and language, so
 * engineers extracting different surfaces never edit the same file.
 *
 * - `locales/en/*.json` are in the browser's messages.json format (message, description for
 *   translators, placeholders): English is the source of every key.
 * - every other language is flat, one line per key: `"popup_addPanel": "Добавить панель"`.
 *   Placeholders come from the English entry (`$COUNT$` → `$1`), so a translator only writes
 *   text.
 * - keys start with their surface (`quick-order.json` → `quickOrder_…`); a plural key has one
 *   entry per CLDR category the language uses: `badge_activeOrders_one`, `…_few`, `…_many`,
 *   `…_other`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MessagesFile } from '../../utils/i18n/message-format';

export const LOCALES_DIR = fileURLToPath(new URL('../../locales', import.meta.url));

/** `quick-order` → `quickOrder_`. */
export function surfacePrefix(surface: string): string {
  return `${surface.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())}_`;
}

export interface LocaleSources {
  /** Surfaces in file-name order. */
  surfaces: string[];
  en: Map<string, MessagesFile>;
  /** locale → surface → key → text. */
  translations: Map<string, Map<string, Record<string, string>>>;
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${path}: not valid JSON (${(error as Error).message})`);
  }
}

export function readLocaleSources(root = LOCALES_DIR): LocaleSources {
  const surfaces = readdirSync(join(root, 'en'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -5))
    .sort();
  const en = new Map(surfaces.map((s) => [s, readJson(join(root, 'en', `${s}.json`)) as MessagesFile]));
  const translations = new Map<string, Map<string, Record<string, string>>>();
  for (const locale of readdirSync(root, { withFileTypes: true })) {
    if (!locale.isDirectory() || locale.name === 'en') continue;
    const files = readdirSync(join(root, locale.name)).filter((f) => f.endsWith('.json'));
    translations.set(locale.name, new Map(files.map((f) => [f.slice(0, -5), readJson(join(root, locale.name, f)) as Record<string, string>])));
  }
  return { surfaces, en, translations };
}
