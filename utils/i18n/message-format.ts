/**
 * The `_locales/<lang>/messages.json` format, resolved the way Chrome and Firefox do it, for
 * the one case the browser cannot serve: a language chosen in Settings that is not the
 * browser's (browser.i18n.getMessage always answers in the browser's language).
 *
 *   "message": "$COUNT$ orders on $PANEL$",
 *   "placeholders": { "count": { "content": "$1" }, "panel": { "content": "$2" } }
 *
 * `$NAME$` (any case) is replaced by its placeholder's content, then `$1`…`$9` by the
 * substitutions, and `$$` is a literal `$`.
 */

export interface MessageEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type MessagesFile = Record<string, MessageEntry>;

/** A catalog ready for lookups: lower-cased names (names are case-insensitive), placeholders in. */
export type Catalog = ReadonlyMap<string, string>;

const PLACEHOLDER = /\$([A-Za-z0-9_@]+)\$/g;

/** The message with its `$NAME$` placeholders replaced by their content (`$1`…). */
export function withPlaceholders(entry: MessageEntry): string {
  const byName = new Map(Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]));
  return entry.message.replace(PLACEHOLDER, (whole, name: string) => byName.get(name.toLowerCase()) ?? whole);
}

export function toCatalog(file: MessagesFile): Catalog {
  return new Map(Object.entries(file).map(([name, entry]) => [name.toLowerCase(), withPlaceholders(entry)]));
}

/** `$1`…`$9` → substitutions (missing ones → ""), `$$` → `$`. */
export function substitute(text: string, subs: readonly string[]): string {
  return text.replace(/\$(\$|[1-9])/g, (_, what: string) => (what === '$' ? '$' : (subs[Number(what) - 1] ?? '')));
}

/** The placeholder names a message uses (`$COUNT$` → "count"), for the locale checks. */
export function usedPlaceholders(message: string): Set<string> {
  return new Set([...message.replace(/\$\$/g, '').matchAll(PLACEHOLDER)].map((m) => m[1]!.toLowerCase()));
}
