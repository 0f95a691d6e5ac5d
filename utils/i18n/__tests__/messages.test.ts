import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildMessages } from '../../../scripts/i18n/build-messages';
import { readLocaleSources } from '../../../scripts/i18n/sources';
import { substitute, toCatalog, withPlaceholders } from '../message-format';
import { activeDir, activeLocale, plural, t, useCatalog } from '../messages';

const sources = readLocaleSources();
const use = (locale: string) => useCatalog(locale, buildMessages(sources, locale));

describe('message format (as the browser resolves it)', () => {
  it('replaces $NAME$ by its content in any case, then $1…$9, and $$ by $', () => {
    const text = withPlaceholders({ message: '$Count$ orders on $PANEL$ for $$5', placeholders: { count: { content: '$1' }, panel: { content: '$2' } } });
    expect(text).toBe('$1 orders on $2 for $$5');
    expect(substitute(text, ['3', 'Demo'])).toBe('3 orders on Demo for $5');
    expect(substitute('$1 and $2', ['a'])).toBe('a and ');
  });

  it('finds names whatever their case', () => {
    expect(toCatalog({ Popup_X: { message: 'x' } }).get('popup_x')).toBe('x');
  });
});

describe('t() and plural()', () => {
  afterEach(() => use('en'));

  it('speaks the loaded language; a missing key shows the key, never a blank', () => {
    expect(t('popup_addPanel')).toBe('Add a panel');
    use('ru');
    expect(t('popup_addPanel')).toBe('Добавить панель');
    expect(activeLocale()).toBe('ru');
    expect(t('popup_nope' as never)).toBe('popup_nope');
  });

  it('picks the CLDR form: Russian one (1, 21), few (2–4, 22), many (5–20, 11)', () => {
    use('ru');
    expect([1, 21, 2, 22, 5, 11, 100].map((n) => plural('badge_activeOrders', n))).toEqual([
      '1 активный заказ',
      '21 активный заказ',
      '2 активных заказа',
      '22 активных заказа',
      '5 активных заказов',
      '11 активных заказов',
      '100 активных заказов',
    ]);
  });

  it('picks the CLDR form: Arabic zero, one, two, few, many, other', () => {
    use('ar');
    expect([0, 1, 2, 3, 11, 100].map((n) => plural('badge_activeOrders', n))).toEqual([
      'لا طلبات نشطة',
      'طلب نشط واحد',
      'طلبان نشطان',
      '3 طلبات نشطة',
      '11 طلبًا نشطًا',
      '100 طلب نشط',
    ]);
  });

  it('formats number substitutions for the language and isolates text ones in right-to-left languages', () => {
    expect(plural('badge_activeOrders', 12345)).toBe('12,345 active orders');
    use('ru');
    expect(plural('badge_activeOrders', 12345)).toBe('12\u00a0345 активных заказов');
    use('ar');
    expect(activeDir()).toBe('rtl');
    expect(t('badge_title', 'Demo panel')).toBe('PanelPilot — \u2068Demo panel\u2069');
  });

  it('falls back to the _other form when a form is missing', () => {
    useCatalog('ru', { badge_activeOrders_other: { message: '$1 заказов' } });
    expect(plural('badge_activeOrders', 1)).toBe('1 заказов');
  });

  it('asks the browser when no catalog is loaded (the browser’s own language)', () => {
    useCatalog('en', null);
    const getMessage = vi.fn((name: string, subs?: string[]) => (name === 'popup_addPanel' ? 'Panel ekle' : name === 'badge_title' ? `PanelPilot — ${subs?.[0]}` : ''));
    vi.stubGlobal('chrome', { i18n: { getMessage } });
    try {
      expect(t('popup_addPanel')).toBe('Panel ekle');
      expect(t('badge_title', 'x')).toBe('PanelPilot — x');
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
