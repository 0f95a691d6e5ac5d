/**
 * Writes `_locales/<lang>/messages.json` into the build from locales/ (scripts/i18n/sources.ts),
 * failing the build on any problem the locale checks find.
 *
 * The `pseudo` build mode (`npm run build:pseudo`) ships ONE locale, `en`, pseudo-localized:
 * whatever the browser's language, every message shows as "[Ƥšéûðö ···]".
 */
import { DEFAULT_LOCALE, LOCALES } from '../../utils/i18n/locales';
import type { MessagesFile } from '../../utils/i18n/message-format';
import { buildMessages, checkLocaleSources } from './build-messages';
import { pseudoMessages } from './pseudo';
import { readLocaleSources } from './sources';

export function localeFiles(mode: string): { relativeDest: string; contents: string }[] {
  const sources = readLocaleSources();
  const problems = checkLocaleSources(sources);
  if (problems.length) throw new Error(`Locale sources have problems (see docs/i18n.md):\n${problems.join('\n')}`);
  const files = new Map<string, MessagesFile>();
  if (mode === 'pseudo') files.set(DEFAULT_LOCALE, pseudoMessages(buildMessages(sources, DEFAULT_LOCALE)));
  else for (const locale of LOCALES) files.set(locale, buildMessages(sources, locale));
  return [...files].map(([locale, messages]) => ({ relativeDest: `_locales/${locale}/messages.json`, contents: JSON.stringify(messages) }));
}
