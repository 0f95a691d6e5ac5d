/** Each page's <title> names a message (applyDocumentLanguage writes it): the key must exist in English. */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildMessages } from '../../../scripts/i18n/build-messages';
import { readLocaleSources } from '../../../scripts/i18n/sources';

const english = buildMessages(readLocaleSources(), 'en');
const pages = readdirSync('entrypoints', { withFileTypes: true })
  .filter((e) => e.isDirectory() && existsSync(`entrypoints/${e.name}/index.html`))
  .map((e) => `entrypoints/${e.name}/index.html`);

describe('page titles', () => {
  it.each(['entrypoints/options/index.html', 'entrypoints/orders/index.html', 'entrypoints/popup/index.html'])('%s names its title’s message', (page) => {
    expect(pages).toContain(page);
    const key = /<title data-message="([^"]+)"><\/title>/.exec(readFileSync(page, 'utf8'))?.[1];
    expect(key && Object.hasOwn(english, key)).toBe(true);
  });
});
