import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../utils/i18n/locales';
import { pluralCategories } from '../../../utils/i18n/plural-categories';
import { buildMessages, checkLocaleSources } from '../build-messages';
import { readLocaleSources, type LocaleSources } from '../sources';

const sources = readLocaleSources();

/** A tiny source set: en + ru, one surface, edited per test. */
function sample(ru: Record<string, string>, en: LocaleSources['en'] extends Map<string, infer F> ? F : never = ENGLISH): LocaleSources {
  const translations = new Map(LOCALES.filter((l) => l !== 'en').map((l) => [l, new Map([['popup', l === 'ru' ? ru : RU_OK]])]));
  // Only ru is under test; the others copy a valid ru-shaped file where the plural forms fit.
  for (const [locale, files] of translations) if (locale !== 'ru') files.set('popup', validFor(locale));
  return { surfaces: ['popup'], en: new Map([['popup', en]]), translations };
}

const ENGLISH = {
  popup_hello: { message: 'Hello, $NAME$!', placeholders: { name: { content: '$1' } } },
  popup_orders_one: { message: '$COUNT$ order', placeholders: { count: { content: '$1' } } },
  popup_orders_other: { message: '$COUNT$ orders', placeholders: { count: { content: '$1' } } },
};
const RU_OK = { popup_hello: 'Привет, $NAME$!', popup_orders_one: '$COUNT$ заказ', popup_orders_few: '$COUNT$ заказа', popup_orders_many: '$COUNT$ заказов', popup_orders_other: '$COUNT$ заказа' };
function validFor(locale: string): Record<string, string> {
  const forms = Object.fromEntries(pluralCategories(locale.replace('_', '-')).map((c) => [`popup_orders_${c}`, `$COUNT$ x`]));
  return { popup_hello: 'x $NAME$', ...forms };
}

describe('the locale sources in the repo', () => {
  it('have every English key in every language, no extra key, matching placeholders and the CLDR plural forms', () => {
    expect(checkLocaleSources(sources)).toEqual([]);
  });

  it('cover the eight languages, each with every surface', () => {
    expect([...sources.translations.keys()].sort()).toEqual(LOCALES.filter((l) => l !== 'en').sort());
    for (const files of sources.translations.values()) expect([...files.keys()].sort()).toEqual(sources.surfaces);
  });

  it('build a messages.json per language with English placeholders and the meta entries', () => {
    const ar = buildMessages(sources, 'ar');
    expect(ar.meta_locale).toEqual({ message: 'ar' });
    expect(ar.meta_dir).toEqual({ message: 'rtl' });
    expect(ar.popup_demoExplained!.placeholders).toEqual({ address: { content: '$1' } });
    expect(Object.keys(buildMessages(sources, 'ru')).filter((k) => k.startsWith('badge_activeOrders_'))).toEqual(['badge_activeOrders_one', 'badge_activeOrders_few', 'badge_activeOrders_many', 'badge_activeOrders_other']);
  });
});

describe('the locale checks', () => {
  it('accept a complete language', () => {
    expect(checkLocaleSources(sample(RU_OK))).toEqual([]);
  });

  it('name a missing key, an extra key and an empty text', () => {
    const { popup_hello: _, ...missing } = RU_OK;
    expect(checkLocaleSources(sample(missing))).toEqual(['locales/ru/popup.json: missing popup_hello']);
    expect(checkLocaleSources(sample({ ...RU_OK, popup_bye: 'Пока' }))).toEqual(['locales/ru/popup.json: not in English popup_bye']);
    expect(checkLocaleSources(sample({ ...RU_OK, popup_hello: ' ' }))).toEqual(['locales/ru/popup.json: popup_hello is empty (or not a string)']);
  });

  it('name a placeholder left out, an unknown one and a lone $', () => {
    expect(checkLocaleSources(sample({ ...RU_OK, popup_hello: 'Привет!' }))).toEqual(['locales/ru/popup.json: popup_hello leaves out $NAME$']);
    expect(checkLocaleSources(sample({ ...RU_OK, popup_hello: 'Привет, $USER$!' }))).toEqual([
      'locales/ru/popup.json: popup_hello uses $USER$, which the English entry does not declare',
      'locales/ru/popup.json: popup_hello leaves out $NAME$',
    ]);
    expect(checkLocaleSources(sample({ ...RU_OK, popup_hello: 'Привет, $NAME$, с вас 5 $' }))).toEqual(['locales/ru/popup.json: popup_hello has a lone "$" (write "$$" for a dollar sign)']);
  });

  it('want exactly the plural forms the language uses: ru one/few/many/other', () => {
    const { popup_orders_few: _, ...noFew } = RU_OK;
    expect(checkLocaleSources(sample(noFew))).toEqual(['locales/ru/popup.json: popup_orders has forms many, one, other; ru needs exactly few, many, one, other']);
    expect(checkLocaleSources(sample({ ...RU_OK, popup_orders_two: '$COUNT$ заказа' }))).toEqual(['locales/ru/popup.json: popup_orders has forms few, many, one, other, two; ru needs exactly few, many, one, other']);
  });

  it('let a form that holds one number leave the number out (ar two), but not ru one (1, 21, 31…)', () => {
    expect(checkLocaleSources(sample({ ...RU_OK, popup_orders_one: 'один заказ' }))).toEqual(['locales/ru/popup.json: popup_orders_one leaves out $COUNT$']);
    const s = sample(RU_OK);
    s.translations.get('ar')!.set('popup', { ...validFor('ar'), popup_orders_two: 'طلبان' });
    expect(checkLocaleSources(s)).toEqual([]);
  });

  it('hold the manifest’s description to the 132 characters Chrome accepts', () => {
    const s = sample(RU_OK);
    s.surfaces.push('manifest');
    s.en.set('manifest', { manifest_description: { message: 'Short.' } });
    for (const files of s.translations.values()) files.set('manifest', { manifest_description: 'Кратко.' });
    expect(checkLocaleSources(s)).toEqual([]);
    s.translations.get('ru')!.set('manifest', { manifest_description: 'Очень '.repeat(23) });
    expect(checkLocaleSources(s)).toEqual(['locales/ru/manifest.json: manifest_description has 138 characters; the browser allows 132']);
  });

  it('check English keys: surface prefix, characters, names equal but for case', () => {
    const en = { ...ENGLISH, options_title: { message: 'x' }, 'popup_a-b': { message: 'x' }, POPUP_HELLO: { message: 'x' } };
    const problems = checkLocaleSources(sample(RU_OK, en));
    expect(problems).toContain('locales/en/popup.json: options_title must start with popup_');
    expect(problems).toContain('locales/en/popup.json: popup_a-b may only use A–Z, a–z, 0–9 and _');
    expect(problems).toContain('locales/en/popup.json: POPUP_HELLO is also popup_hello in locales/en/popup.json (the browser ignores case in names)');
  });
});
