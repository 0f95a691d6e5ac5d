/**
 * The quick order's checks and counts in Russian and Arabic: numbers formatted for the
 * language inside the messages, plural forms by CLDR category, money exact with the
 * language's separators.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { buildMessages } from '../../../scripts/i18n/build-messages';
import { readLocaleSources } from '../../../scripts/i18n/sources';
import { plural, t, useCatalog } from '../../i18n/messages';
import { shownMoney } from '../../i18n/shown-money';
import { checkOrder } from '../order-form';
import { progressWords, ORDER_KIND_LABEL } from '../kind';
import { parseMassOrder } from '../mass-order';
import { parseQuantity, rangeProblem } from '../quantity';
import { SERVICE_TYPES, fieldLabel, optionText } from '../service-types';
import type { Service } from '../../panel-api/types';

const sources = readLocaleSources();
const use = (locale: string) => useCatalog(locale, buildMessages(sources, locale));
const NBSP = '\u00a0';
const FSI = '\u2068';
const PDI = '\u2069';

const service: Service = { id: '1', name: 'Likes', type: 'Default', category: 'Instagram', rate: '0.84', min: 1000, max: 50000, refill: null, cancel: null, dripfeed: true, step: null, currency: null, description: null } as unknown as Service;

describe('quick order in Russian and Arabic', () => {
  afterEach(() => use('en'));

  it('English says what the code said', () => {
    expect(rangeProblem(10, service, t('quickOrder_fieldQuantity'))).toBe('Quantity must be at least 1,000 for this service.');
    expect(plural('quickOrder_massSend', 1)).toBe('Send 1 order');
    expect(shownMoney('1234.5', 'USD')).toBe('1,234.50 USD');
  });

  it('Russian: the limit formatted for the language, in a message typed quantities meet at once', () => {
    use('ru');
    expect(rangeProblem(10, service, t('quickOrder_fieldQuantity'))).toBe(`Количество: для этой услуги не меньше 1${NBSP}000.`);
    expect(rangeProblem(60000, service, t('quickOrder_fieldQuantity'))).toBe(`Количество: для этой услуги не больше 50${NBSP}000.`);
    const check = checkOrder({ service, values: { link: 'https://instagram.com/p/x', quantity: '5000' }, dripfeed: false, balance: { amount: '1.5', currency: 'USD', fetchedAt: 0 }, now: 0 });
    expect(check.errors.funds).toBe('Недостаточно средств: стоимость больше вашего баланса 1,50 USD. Пополните баланс на панели или уменьшите количество.');
    expect(parseQuantity('1.000').ok ? null : parseQuantity('1.000')).toEqual({ ok: false, message: 'Количество: «1.000» может означать 1000 или 1 — напишите без точки.' });
  });

  it('Russian plurals: one (1, 21), few (3), many (5, 11)', () => {
    use('ru');
    expect([1, 21, 3, 5, 11].map((n) => plural('quickOrder_massSend', n))).toEqual(['Отправить 1 заказ', 'Отправить 21 заказ', 'Отправить 3 заказа', 'Отправить 5 заказов', 'Отправить 11 заказов']);
    expect(plural('quickOrder_unitsPerRun', 5, 100, 500)).toBe('100 за запуск × 5 запусков = 500');
    expect(plural('quickOrder_catalogAge', 2054, '3 мин. назад')).toBe(`2${NBSP}054 услуги, обновлено 3 мин. назад.`);
  });

  it('Arabic plurals: zero, one, two, few (3–10), many (11–99), other (100)', () => {
    use('ar');
    expect([0, 1, 2, 3, 11, 100].map((n) => plural('quickOrder_massSend', n))).toEqual(['لا طلبات للإرسال', 'إرسال طلب واحد', 'إرسال طلبين', 'إرسال 3 طلبات', 'إرسال 11 طلبًا', 'إرسال 100 طلب']);
    expect(plural('quickOrder_duplicateLinesTitle', 2, 4)).toBe('سطران من 4 لهما طلب بالفعل على الرابط نفسه.');
  });

  it('Arabic: text values are isolated inside the sentence; field labels and options translated', () => {
    use('ar');
    // The typed text and the inner message are both isolated: neither reorders the Arabic around it.
    expect(parseMassOrder('12 | https://x.com/a | 1,000,5')[0]!.parseError).toBe(`“${FSI}1,000,5${PDI}”: ${FSI}${FSI}الكمية${PDI}: يجب أن يكون عددًا صحيحًا.${PDI}`);
    const subscriptions = SERVICE_TYPES.Subscriptions!.fields;
    expect(fieldLabel(subscriptions.find((f) => f.name === 'posts')!)).toBe(`${FSI}المنشورات الجديدة${PDI} (اختياري)`);
    expect(optionText(subscriptions.find((f) => f.name === 'delay')!.options!.find(([v]) => v === '90')![1])).toBe('1.5 ساعة');
  });

  it('the kinds and progress words of the popup and orders page follow the language when read', () => {
    use('ru');
    expect(ORDER_KIND_LABEL.subscription).toBe('Подписка');
    expect(ORDER_KIND_LABEL.drip_feed).toBe('Drip-feed');
    const progress = { kind: 'subscription' as const, runsDone: null, postsDone: 3, childOrders: [], childOrderCount: 0, expiry: '31/12/2030' };
    expect(progressWords({ runs: null, service: null, progress })).toBe('3 поста · до 31/12/2030');
  });
});
