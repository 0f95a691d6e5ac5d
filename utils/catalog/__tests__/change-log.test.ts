import { describe, expect, it } from 'vitest';
import type { CatalogDiff } from '../catalog-diff';
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
    expect(describeChange({ kind: 'guarantee', from: '30-day refill', to: 'No refill' }, 'USD')).toBe('Guarantee 30-day refill → No refill');
    expect(describeUnwatched({ ...none, rateUp: 1, rateDown: 4, added: 2 })).toBe('Among services you never used: 1 price rise, 4 price drops, 2 new.');
    expect(describeUnwatched(none)).toBe('');
  });
});
