/**
 * The orders surface in Russian and Arabic: the reasons and counts built in utils/orders and
 * on the Orders page come from the messages, with each language's plural forms and numbers.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { buildMessages } from '../../../scripts/i18n/build-messages';
import { readLocaleSources } from '../../../scripts/i18n/sources';
import { plural, useCatalog } from '../../i18n/messages';
import { order } from '../../../testing/orders';
import { eligibleFor, refillEligibility } from '../eligibility';
import { fitQuantity } from '../reorder-remains';
import { orderStatusLabel } from '../status';

const sources = readLocaleSources();
const use = (locale: string) => useCatalog(locale, buildMessages(sources, locale));

describe('the orders surface in other languages', () => {
  afterEach(() => use('en'));

  it('Russian: the selected count takes one/few/many, a reason is one sentence, numbers group with a space', () => {
    use('ru');
    expect([1, 3, 5, 21].map((n) => plural('orders_ordersSelected', n))).toEqual(['Выбран 1 заказ', 'Выбрано 3 заказа', 'Выбрано 5 заказов', 'Выбран 21 заказ']);
    const running = order('p', '1', { status: 'in_progress' });
    expect(eligibleFor([running, running], refillEligibility, 'refill').reason).toBe(
      'Ни для одного выбранного заказа рефилл невозможен: Рефилл возможен, только когда заказ выполнен или выполнен частично.',
    );
    const reason = fitQuantity(40, { min: 1000, max: 100_000, step: null, type: 'Default' } as never);
    expect(reason).toEqual({ ok: false, reason: 'Остаток 40 меньше минимума этой услуги (1\u00a0000).' });
  });

  it('Arabic: zero/one/two/few/many forms, PanelPilot’s own status names', () => {
    use('ar');
    expect([0, 1, 2, 3, 11, 100].map((n) => plural('orders_trackedCount', n))).toEqual([
      'لا طلبات متابَعة',
      'طلب واحد متابَع',
      'طلبان متابَعان',
      '3 طلبات متابَعة',
      '11 طلبًا متابَعًا',
      '100 طلب متابَع',
    ]);
    expect(orderStatusLabel('completed')).toBe('مكتمل');
  });

  it('English keeps the words the tests select by', () => {
    expect(plural('orders_shownOf', 10_000, 10)).toBe('10 of 10,000 orders shown');
    expect(plural('orders_checkedResultErrors', 3, 1, plural('orders_panelsAnsweredError', 1))).toBe('Checked 3 orders: 1 changed, 1 panel answered with an error.');
  });
});
