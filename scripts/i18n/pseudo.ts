/**
 * The pseudo-locale: English made visibly "translated" — accented, ~35% longer, bracketed —
 * so a run of the pages in it shows at a glance every text that does not come from the
 * messages (still English) and every box too small for a longer language.
 *
 *   "Place order" → "[Ƥļåçé öŕðéŕ ····]"
 *
 * Placeholders (`$COUNT$`, `$1`, `$$`) are left as they are.
 */
import type { MessagesFile } from '../../utils/i18n/message-format';

const ACCENTED: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((c, i) => [c, [...'åƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖƤǪŔŠŢÛṼŴẊÝŽ'][i]!]),
);

/** Marks text as pseudo-localized; the e2e pseudo run recognizes it by these brackets and letters. */
export const PSEUDO_OPEN = '[';
export const PSEUDO_CLOSE = ']';

export function pseudoLocalize(message: string): string {
  const parts = message.split(/(\$\$|\$[1-9]|\$[A-Za-z0-9_@]+\$)/);
  const text = parts.map((part, i) => (i % 2 ? part : [...part].map((c) => ACCENTED[c] ?? c).join(''))).join('');
  const visible = parts.filter((_, i) => i % 2 === 0).join('').length;
  return `${PSEUDO_OPEN}${text} ${'·'.repeat(Math.max(2, Math.ceil(visible * 0.35)))}${PSEUDO_CLOSE}`;
}

/** The English messages, pseudo-localized (meta_* entries untouched). */
export function pseudoMessages(en: MessagesFile): MessagesFile {
  return Object.fromEntries(Object.entries(en).map(([key, entry]) => [key, key.startsWith('meta_') ? entry : { ...entry, message: pseudoLocalize(entry.message) }]));
}
