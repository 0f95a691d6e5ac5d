import { describe, expect, it } from 'vitest';
import { order } from '../../../testing/orders';
import { EMPTY_FILTER, filterOrders, SORT_KEYS, sortOrders, warmSearch, warmSort } from '../order-query';

const ids = (list: readonly { orderId: string }[]) => list.map((o) => o.orderId);
const many = () =>
  Array.from({ length: 10_000 }, (_, i) =>
    order(i % 2 ? 'a' : 'b', String(1000 + i), { createdAt: i * 1000, charge: `${i % 97}.${i % 10}`, link: i % 3 ? `https://www.instagram.com/p/${i}` : `https://youtu.be/${i}`, status: i % 5 ? 'completed' : 'in_progress' }),
  );

describe('sorted lists kept per list of orders (made once per change of the stored orders)', () => {
  it('gives the same sorted list for the same orders and column, and sorts a new list afresh', () => {
    const list = many();
    const first = sortOrders(list, { key: 'charge', dir: 'desc' });
    expect(sortOrders(list, { key: 'charge', dir: 'desc' })).toBe(first);
    expect(sortOrders(list, { key: 'charge', dir: 'asc' })).not.toBe(first);
    // The stored orders changed: a new list, sorted again (an order's new charge moves it).
    const changed = list.map((o) => (o.orderId === '1000' ? { ...o, charge: '999' } : o));
    expect(sortOrders(changed, { key: 'charge', dir: 'desc' })[0]!.orderId).toBe('1000');
    expect(first[0]!.orderId).not.toBe('1000');
  });

  it('sorts by panel name again when the names change', () => {
    const list = many().slice(0, 4);
    expect(ids(sortOrders(list, { key: 'panel', dir: 'asc' }, (id) => (id === 'a' ? 'Alpha' : 'Zeta')))).toEqual(['1001', '1003', '1000', '1002']);
    expect(ids(sortOrders(list, { key: 'panel', dir: 'asc' }, (id) => (id === 'a' ? 'Zeta' : 'Alpha')))).toEqual(['1000', '1002', '1001', '1003']);
  });

  it('warmed lists are the lists a click then gets, equal to a cold sort', () => {
    const list = many();
    const cold = many();
    for (const key of SORT_KEYS) warmSort(list, key, (id) => id);
    for (const key of SORT_KEYS) {
      for (const dir of ['asc', 'desc'] as const) {
        const kept = sortOrders(list, { key, dir });
        expect(ids(kept)).toEqual(ids(sortOrders(cold, { key, dir })));
      }
    }
  });

  it('filtering a kept sorted list keeps its order and finds every match (search texts warmed or not)', () => {
    const list = many();
    const sorted = sortOrders(list, { key: 'createdAt', dir: 'desc' });
    const search = { ...EMPTY_FILTER, search: '1234' };
    const before = ids(filterOrders(sorted, search));
    warmSearch(sorted);
    expect(ids(filterOrders(sorted, search))).toEqual(before);
    // 1234 by its id, 2234 by its link (…/p/1234), newest first.
    expect(before).toEqual(['2234', '1234']);
    const youtube = filterOrders(sorted, { ...EMPTY_FILTER, platform: 'youtube', status: 'active' });
    expect(youtube).toHaveLength(list.filter((o, i) => i % 3 === 0 && i % 5 === 0).length);
    expect(youtube.map((o) => o.createdAt)).toEqual([...youtube.map((o) => o.createdAt)].sort((x, y) => y - x));
  });
});
