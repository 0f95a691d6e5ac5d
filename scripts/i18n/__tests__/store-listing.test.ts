/**
 * The store listings (docs/store/listing/<lang>.md): one per language, each with the four
 * parts, within the stores' limits, and the short description the manifest actually carries.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../utils/i18n/locales';
import { buildMessages } from '../build-messages';
import { readLocaleSources } from '../sources';

const sources = readLocaleSources();
const part = (text: string, heading: string) => new RegExp(`^## ${heading}[^\\n]*\\n\\n([\\s\\S]*?)(?=\\n## |(?![\\s\\S]))`, 'm').exec(text)?.[1]?.trim();

describe.each(LOCALES)('the %s store listing', (locale) => {
  const text = readFileSync(`docs/store/listing/${locale}.md`, 'utf8');

  it('names PanelPilot and repeats the manifest’s description as its short description', () => {
    expect(part(text, 'Name')).toBe('PanelPilot');
    expect(part(text, 'Short description')).toBe(buildMessages(sources, locale).manifest_description!.message);
  });

  it('keeps the AMO summary within 250 characters and has a description', () => {
    expect(part(text, 'Summary')!.length).toBeLessThanOrEqual(250);
    expect(part(text, 'Description')!.length).toBeGreaterThan(1000);
  });
});
