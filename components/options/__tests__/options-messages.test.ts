/**
 * The Settings page's messages built with a number or a place, in Russian and Arabic: the
 * plural form follows the count, numbers are written the language's way, and a backup's
 * problem is named in the reader's language (made when it is shown, not at import).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { buildMessages } from '../../../scripts/i18n/build-messages';
import { readLocaleSources } from '../../../scripts/i18n/sources';
import { plural, t, useCatalog } from '@/utils/i18n/messages';
import { readStrict } from '@/utils/schema/read';
import { PANEL_LIST } from '@/utils/panels/schema';

const sources = readLocaleSources();
const use = (locale: string) => useCatalog(locale, buildMessages(sources, locale));
const strip = (s: string) => s.replace(/[\u2068\u2069]/g, '');

describe('Settings messages in other languages', () => {
  afterEach(() => use('en'));

  it('Russian: the poll interval limits agree with their number (21 → one, 3 → few, 30 → many) and 86,400 is grouped the Russian way', () => {
    use('ru');
    expect([21, 3, 30].map((n) => plural('options_intervalTooShort', n).split(':')[0])).toEqual([
      'Проверять можно не чаще раза в 21 секунду',
      'Проверять можно не чаще раза в 3 секунды',
      'Проверять можно не чаще раза в 30 секунд',
    ]);
    expect(plural('options_intervalTooLong', 86_400)).toBe('Проверяйте хотя бы раз в сутки (раз в 86\u00a0400 секунд).');
    expect(plural('options_autoRefillAsksToday', 50, 3)).toBe('3 из 50 запросов за последние 24 часа');
  });

  it('Arabic: two, few and many forms, and panel names isolated inside the sentence', () => {
    use('ar');
    expect(plural('options_lockMinLength', 2)).toBe('حرفان على الأقل.');
    expect(plural('options_lockMinLength', 8)).toBe('8 أحرف على الأقل.');
    expect(plural('options_lockMinLength', 12)).toBe('12 حرفًا على الأقل.');
    expect(t('options_autoRefillPanelToggle', 'Demo panel')).toBe('إعادة التعبئة التلقائية لكل طلب على \u2068Demo panel\u2069');
  });

  it('a backup’s bad panel is named in the language of the moment, though the schema was built at import', () => {
    const bad = [{ id: 'p', name: 'Main', apiUrl: 'ftp://x', isDefault: false, lowBalanceThreshold: null, createdAt: 0 }];
    expect(() => readStrict(PANEL_LIST, bad)).toThrow('Panel 1 (“Main”): “apiUrl” must be a web address starting with http:// or https://');
    use('ru');
    let message = '';
    try {
      readStrict(PANEL_LIST, bad);
    } catch (error) {
      message = strip((error as Error).message);
    }
    expect(message).toBe('Панель 1 («Main»): «apiUrl»: ожидается веб-адрес, начинающийся с http:// или https://');
  });
});
