/**
 * Grouped notifications in Russian and Arabic: the count picks the language's CLDR form
 * (ru one/few/many, ar two/few/many), the panel's name and the order ids stay as they are.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { buildMessages } from '../../../../scripts/i18n/build-messages';
import { readLocaleSources } from '../../../../scripts/i18n/sources';
import { useCatalog } from '../../../i18n/messages';
import type { PanelProfile } from '../../../panels/types';
import { groupEvents, type TrackerEvent } from '../events';
import { describeGroup } from '../notifications';
import { reminderText } from '../refill-reminders';
import { autoRefillNoticeText } from '../auto-refill-outcomes';

const sources = readLocaleSources();
const use = (locale: string) => useCatalog(locale, buildMessages(sources, locale));
const plain = (text: string) => text.replace(/[\u2068\u2069]/g, '');

const panels: PanelProfile[] = [{ id: 'a', name: 'Demo panel', apiUrl: 'https://a.example/api/v2', isDefault: true, lowBalanceThreshold: '10', createdAt: 0 }];
const completed = (n: number, status: 'completed' | 'canceled' = 'completed'): TrackerEvent[] =>
  Array.from({ length: n }, (_, i) => ({ kind: 'order', id: `a:${i + 1}:${status}`, panelId: 'a', orderKey: `a:${i + 1}`, status, delivered: null, quantity: 1000 }));
const title = (events: TrackerEvent[]) => plain(describeGroup(groupEvents(events)[0]!, panels, {}).title);

afterEach(() => use('en'));

describe('grouped notifications in Russian', () => {
  it('3 → few, 5 → many, 21 → one, 22 → few', () => {
    use('ru');
    expect(title(completed(3))).toBe('Demo panel: 3 заказа выполнено');
    expect(title(completed(5))).toBe('Demo panel: 5 заказов выполнено');
    expect(title(completed(21))).toBe('Demo panel: 21 заказ выполнен');
    expect(title(completed(22, 'canceled'))).toBe('Demo panel: 22 заказа отменено');
  });

  it('a long list says how many more, and the ids stay as the panel gave them', () => {
    use('ru');
    const text = describeGroup(groupEvents(completed(11))[0]!, panels, {});
    expect(text.message).toBe('Заказы 1, 2, 3, 4, 5, 6 и ещё 5.');
  });

  it('a low balance: the sentence in Russian, the amounts exact with their code', () => {
    use('ru');
    const text = describeGroup(groupEvents([{ kind: 'low_balance', id: 'lb', panelId: 'a', balance: '1234.5', currency: 'USD', threshold: '2000' }])[0]!, panels, {});
    expect(text.title).toBe('Demo panel: низкий баланс');
    expect(text.message).toBe('Баланс 1\u00a0234,50 USD ниже вашего порога 2\u00a0000,00 USD. Пополните баланс на панели.');
  });

  it('refill reminders and rejected auto refills count in Russian', () => {
    use('ru');
    expect(reminderText({ panelId: 'a', orderKeys: ['a:1', 'a:2', 'a:3', 'a:4', 'a:5'], firstUntil: 0 }, 'Demo panel', () => '3 дек.').title).toBe('Demo panel: срок рефилла 5 заказов скоро закончится');
    expect(autoRefillNoticeText({ kind: 'rejected', panelId: 'a', orderKeys: ['a:1', 'a:2'] }, 'Demo panel').title).toBe('Demo panel: 2 авто-рефилла отклонено');
  });
});

describe('grouped notifications in Arabic', () => {
  it('2 → two (no number), 3 → few, 11 → many, 100 → other', () => {
    use('ar');
    expect(title(completed(2))).toBe('Demo panel: اكتمل طلبان');
    expect(title(completed(3))).toBe('Demo panel: اكتمل 3 طلبات');
    expect(title(completed(11))).toBe('Demo panel: اكتمل 11 طلبًا');
    expect(title(completed(100))).toBe('Demo panel: اكتمل 100 طلب');
  });

  it('the panel’s name is isolated inside the right-to-left sentence', () => {
    use('ar');
    expect(describeGroup(groupEvents(completed(3))[0]!, panels, {}).title).toBe('\u2068Demo panel\u2069: اكتمل 3 طلبات');
  });
});
