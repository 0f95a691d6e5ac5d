import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { buildMessages } from '../../../scripts/i18n/build-messages';
import { readLocaleSources } from '../../../scripts/i18n/sources';
import { applyDocumentLanguage, catalogNeeded, languagePreference, readLanguagePreference, useLanguage } from '../language';
import { activeLocale, t } from '../messages';

const sources = readLocaleSources();

describe('the language preference', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.unstubAllGlobals());

  it('is read tolerantly from the stored settings: anything but a known language is auto', () => {
    expect(languagePreference({ language: 'ar' })).toBe('ar');
    expect(languagePreference({ language: 'pt_BR' })).toBe('pt_BR');
    for (const bad of [undefined, null, 'x', {}, { language: 'pt-BR' }, { language: 'fr' }, { language: 7 }, { language: '__proto__' }]) {
      expect(languagePreference(bad)).toBe('auto');
    }
  });

  it('needs no catalog for auto or for the browser’s own language', () => {
    expect(catalogNeeded('auto')).toBeNull();
    expect(catalogNeeded('en')).toBeNull(); // the browser's language in tests
    expect(catalogNeeded('ru')).toBe('ru');
  });

  it('reads the stored preference', async () => {
    await fakeBrowser.storage.local.set({ settings: { pollIntervalSec: 60, language: 'tr' } });
    await expect(readLanguagePreference()).resolves.toBe('tr');
  });

  it('loads a chosen language’s messages.json from the package, and sets <html lang dir>', async () => {
    const fetch = vi.fn(async (url: string) => new Response(JSON.stringify(buildMessages(sources, 'ar')), { status: url.endsWith('/_locales/ar/messages.json') ? 200 : 404 }));
    vi.stubGlobal('fetch', fetch);
    await useLanguage('ar');
    expect(fetch).toHaveBeenCalledOnce();
    expect(t('popup_addPanel')).toBe('إضافة لوحة');
    // The page's <title data-message="…"> names its message: the window title follows the language.
    const title = { getAttribute: (name: string) => (name === 'data-message' ? 'options_pageTitle' : null) };
    const doc = { documentElement: { lang: 'en', dir: '' }, title: 'stale', querySelector: (s: string) => (s === 'title[data-message]' ? title : null) } as unknown as Document;
    applyDocumentLanguage(doc);
    expect([doc.documentElement.lang, doc.documentElement.dir, doc.title]).toEqual(['ar', 'rtl', 'إعدادات PanelPilot']);
    await useLanguage('auto');
    expect(activeLocale()).toBe('en');
  });

  it('leaves English in place when the worker finds no language chosen (so unit tests keep speaking English)', async () => {
    await useLanguage(await readLanguagePreference());
    expect(t('popup_addPanel')).toBe('Add a panel');
  });

  it('keeps the browser’s language when the chosen one cannot be loaded', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('', { status: 404 })));
    await useLanguage('hi');
    expect(activeLocale()).toBe('en');
  });
});
