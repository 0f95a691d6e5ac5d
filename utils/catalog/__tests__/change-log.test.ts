import { afterEach, describe, expect, it } from 'vitest';
import { buildMessages } from '../../../scripts/i18n/build-messages';
import { readLocaleSources } from '../../../scripts/i18n/sources';
import { useCatalog } from '../../i18n/messages';
import { shownAmount, shownMoney } from '../../i18n/shown-money';
import type { CatalogDiff } from '../catalog-diff';
import { summarizeWatched } from '../catalog-diff';
import { appendChanges, CHANGE_LOG_CAP, describeChange, describeUnwatched, EMPTY_CHANGE_LOG } from '../change-log';

const none = { rateUp: 0, rateDown: 0, terms: 0, removed: 0, back: 0, added: 0 };
const diff = (watched: CatalogDiff['watched'], unwatched = none): Pick<CatalogDiff, 'watched' | 'unwatched'> => ({ watched, unwatched });

describe('the catalog changes list', () => {
  it('newest first, with the last refresh’s counts per panel; nothing changed = the same log', () => {
    const one = appendChanges(EMPTY_CHANGE_LOG, 'p', diff([{ serviceId: '1', name: 'A', changes: [{ kind: 'removed' }] }], { ...none, rateUp: 3 }), 10);
    const two = appendChanges(one, 'p', diff([{ serviceId: '2', name: 'B', changes: [{ kind: 'back' }] }]), 20);
    expect(two.entries.map((e) => [e.at, e.serviceId])).toEqual([
      [20, '2'],
      [10, '1'],
    ]);
    expect(two.refreshes).toEqual([{ at: 20, panelId: 'p', unwatched: none }]);
    expect(appendChanges(two, 'p', diff([]), 30)).toBe(two);
    const many = diff(Array.from({ length: CHANGE_LOG_CAP + 5 }, (_, i) => ({ serviceId: String(i), name: 'x', changes: [{ kind: 'removed' as const }] })));
    expect(appendChanges(two, 'q', many, 40).entries).toHaveLength(CHANGE_LOG_CAP);
  });

  it('each change reads old → new', () => {
    expect(describeChange({ kind: 'rate', direction: 'up', from: '0.9', to: '1.125', percent: '25.0' }, 'USD')).toBe('Rate 0.90 → 1.125 USD (+25.0%)');
    expect(describeChange({ kind: 'rate', direction: 'down', from: '2', to: '1.9', percent: '-5.0' }, 'EUR')).toBe('Rate 2.00 → 1.90 EUR (-5.0%)');
    expect(describeChange({ kind: 'rate', direction: 'up', from: '0', to: '1', percent: null }, null)).toBe('Rate 0.00 → 1.00');
    expect(describeChange({ kind: 'min', from: 50, to: 1000 }, 'USD')).toBe('Minimum 50 → 1,000');
    expect(describeChange({ kind: 'max', from: Number.MAX_SAFE_INTEGER, to: 5000 }, 'USD')).toBe('Maximum no limit → 5,000');
    expect(describeChange({ kind: 'refill', from: true, to: null }, 'USD')).toBe('Refill button yes → not stated');
    expect(describeChange({ kind: 'guarantee', from: 'days:30:auto', to: 'none' }, 'USD')).toBe('Guarantee 30-day refill (auto) → No refill');
    // Stored before guarantees were kept as codes: the English words, shown as they are.
    expect(describeChange({ kind: 'guarantee', from: '30-day refill', to: 'No refill' }, 'USD')).toBe('Guarantee 30-day refill → No refill');
    expect(describeUnwatched({ ...none, rateUp: 1, rateDown: 4, added: 2 })).toBe('Among services you never used: 1 price rise, 4 price drops, 2 new.');
    expect(describeUnwatched(none)).toBe('');
  });
});

describe('the catalog changes list in other languages', () => {
  afterEach(() => useCatalog('en', buildMessages(readLocaleSources(), 'en')));
  const sources = readLocaleSources();
  const use = (locale: string) => useCatalog(locale, buildMessages(sources, locale));

  it('Russian: money and limits with Russian separators, plural forms one/few/many', () => {
    use('ru');
    const reader = { amount: shownAmount, money: shownMoney }; // the page's; the worker writes amounts plainly
    expect(describeChange({ kind: 'rate', direction: 'up', from: '1234.5', to: '1500.125', percent: '21.5' }, 'USD', reader)).toBe('Цена 1\u00a0234,50 → 1\u00a0500,125 USD (+21,5\u00a0%)');
    expect(describeChange({ kind: 'max', from: 10_000, to: Number.MAX_SAFE_INTEGER }, 'USD')).toBe('Максимум 10\u00a0000 → без ограничения');
    expect(describeChange({ kind: 'guarantee', from: 'days:21', to: 'days:5' }, null)).toBe('Гарантия Рефилл на 21 день → Рефилл на 5 дней');
    expect(describeUnwatched({ ...none, rateUp: 3, rateDown: 5, removed: 21 })).toBe('Среди услуг, которыми вы не пользовались: 3 подорожания, 5 снижений цены, удалено: 21.');
    expect(summarizeWatched([{ serviceId: '1', name: 'A', changes: [{ kind: 'removed' }] }])).toBe('удалено: 1');
    expect(describeChange({ kind: 'rate', direction: 'down', from: '2', to: '1.9', percent: '-5.0' }, 'EUR')).toBe('Цена 2,00 → 1,90 EUR (-5,0\u00a0%)');
  });

  it('Arabic: the arrow points the reading way, values isolated, plural forms two/few/many', () => {
    use('ar');
    expect(describeChange({ kind: 'min', from: 20, to: 50 }, 'USD')).toBe('الحد الأدنى \u206820\u2069 ← \u206850\u2069');
    expect(describeChange({ kind: 'guarantee', from: 'days:2', to: 'days:30' }, null)).toBe('الضمان \u2068إعادة تعبئة ليومين\u2069 ← \u2068إعادة تعبئة لمدة 30 يومًا\u2069');
    expect(describeChange({ kind: 'guarantee', from: 'days:7', to: 'lifetime:auto' }, null)).toBe('الضمان \u2068إعادة تعبئة لمدة 7 أيام\u2069 ← \u2068\u2068إعادة تعبئة مدى الحياة\u2069 (تلقائي)\u2069');
  });
});
