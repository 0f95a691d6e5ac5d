import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SortRanks } from '../sort-ranks';

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

describe('ranks of strings kept between sorts', () => {
  it('order numbers as the comparator orders the strings, equal strings tie', () => {
    const ranks = new SortRanks(collator.compare).of(['b', 'item 10', 'A', 'item 9', 'a', 'É']);
    expect(ranks.get('A')).toBe(ranks.get('a'));
    expect(ranks.get('item 9')!).toBeLessThan(ranks.get('item 10')!);
    expect(ranks.get('a')!).toBeLessThan(ranks.get('b')!);
    expect(ranks.get('b')!).toBeLessThan(ranks.get('É')!);
  });

  it('ranks from several calls order any subset as one sort would', () => {
    fc.assert(
      // A small pool, so that batches share strings, and a small limit, so that the cache restarts.
      fc.property(fc.array(fc.array(fc.oneof(fc.constantFrom('a', 'A', 'b', 'é', 'item 9', 'item 10', 'https://t.me/x'), fc.string({ maxLength: 3 })), { maxLength: 30 }), { minLength: 1, maxLength: 6 }), (batches) => {
        const cache = new SortRanks(collator.compare, 25);
        for (const batch of batches) {
          const ranks = cache.of(batch);
          for (const v of batch) expect(ranks.has(v)).toBe(true);
          const byRank = [...batch].sort((a, b) => ranks.get(a)! - ranks.get(b)!);
          const direct = [...batch].sort(collator.compare);
          // Same order up to ties (strings the collator calls equal).
          byRank.forEach((v, i) => expect(collator.compare(v, direct[i]!)).toBe(0));
        }
      }),
    );
  });
});
