import Big from 'big.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { order } from '../../../testing/orders';
import { EMPTY_FILTER, filterOrders, SORT_KEYS, sortOrders, type OrderSort, type SortKey } from '../order-query';
import type { TrackedOrder } from '../types';

const day = (d: number, h = 12) => new Date(2026, 10, d, h).getTime();
const orders = [
  order('a', '9999', { createdAt: day(1), status: 'completed', statusText: 'Completed', charge: '10.5', link: 'https://www.instagram.com/p/one/' }),
  order('a', '10001', { createdAt: day(2), status: 'in_progress', statusText: 'In progress', charge: '9.75', link: 'https://www.tiktok.com/@me/video/7' }),
  order('b', '77', { createdAt: day(3, 23), status: 'partial', statusText: 'Partial', charge: null, estimatedCharge: null, link: 'https://youtu.be/xyz' }),
  order('b', 'ab12', { createdAt: day(4), status: 'pending', statusText: 'Pending', missing: true, charge: '0.0000001', link: null }),
];
const ids = (list: readonly { orderId: string }[]) => list.map((o) => o.orderId);

describe('filtering orders', () => {
  it('by refill window: open, and closing within 3 days (from the completion PanelPilot saw)', () => {
    const D = 24 * 3_600_000;
    const done = (id: string, name: string, at: number) =>
      order('a', id, {
        service: { id: '1', name, type: 'Default', category: 'Instagram', rate: '0.9', refill: true, cancel: false },
        status: 'completed',
        statusText: 'Completed',
        history: [
          { at: at - 1, status: 'pending', statusText: 'Pending' },
          { at, status: 'completed', statusText: 'Completed' },
        ],
      });
    const now = 100 * D;
    const list = [done('fresh', 'Followers [R30]', now - D), done('closing', 'Followers [R30]', now - 28 * D), done('ended', 'Followers [R30]', now - 31 * D), done('none', 'Followers [No Refill]', now - D), done('life', 'Followers Lifetime guarantee', now - 400 * D)];
    expect(ids(filterOrders(list, { ...EMPTY_FILTER, refillWindow: 'open' }, now))).toEqual(['fresh', 'closing', 'life']);
    expect(ids(filterOrders(list, { ...EMPTY_FILTER, refillWindow: 'closing' }, now))).toEqual(['closing']);
    expect(ids(filterOrders(list, EMPTY_FILTER, now))).toHaveLength(5);
  });

  it('by panel, status group, platform, date range and search on id or link', () => {
    expect(ids(filterOrders(orders, { ...EMPTY_FILTER, panelId: 'b' }))).toEqual(['77', 'ab12']);
    expect(ids(filterOrders(orders, { ...EMPTY_FILTER, status: 'active' }))).toEqual(['10001']);
    expect(ids(filterOrders(orders, { ...EMPTY_FILTER, status: 'missing' }))).toEqual(['ab12']);
    expect(ids(filterOrders(orders, { ...EMPTY_FILTER, status: 'partial' }))).toEqual(['77']);
    expect(ids(filterOrders(orders, { ...EMPTY_FILTER, platform: 'youtube' }))).toEqual(['77']);
    expect(ids(filterOrders(orders, { ...EMPTY_FILTER, platform: 'instagram' }))).toEqual(['9999']);
    // Both ends inclusive, in local days: an order at 23:00 on the 3rd is in "to 3rd".
    expect(ids(filterOrders(orders, { ...EMPTY_FILTER, from: '2026-11-02', to: '2026-11-03' }))).toEqual(['10001', '77']);
    expect(ids(filterOrders(orders, { ...EMPTY_FILTER, search: 'TIKTOK' }))).toEqual(['10001']);
    expect(ids(filterOrders(orders, { ...EMPTY_FILTER, search: '99' }))).toEqual(['9999']);
    expect(ids(filterOrders(orders, { ...EMPTY_FILTER, keys: ['b:77', 'a:9999'] }))).toEqual(['9999', '77']);
  });
});

describe('sorting orders', () => {
  it('numeric ids as numbers, money exactly, unknown values last both ways', () => {
    expect(ids(sortOrders(orders, { key: 'orderId', dir: 'asc' }))).toEqual(['77', '9999', '10001', 'ab12']);
    expect(ids(sortOrders(orders, { key: 'charge', dir: 'asc' }))).toEqual(['ab12', '10001', '9999', '77']);
    expect(ids(sortOrders(orders, { key: 'charge', dir: 'desc' }))).toEqual(['9999', '10001', 'ab12', '77']);
    expect(ids(sortOrders(orders, { key: 'createdAt', dir: 'desc' }))).toEqual(['ab12', '77', '10001', '9999']);
    expect(ids(sortOrders(orders, { key: 'panel', dir: 'desc' }, (id) => (id === 'a' ? 'Zeta' : 'Alpha')))).toEqual(['9999', '10001', '77', 'ab12']); // ties by id, ascending
    // Amounts a float cannot tell apart (2^53 + 1 and 2^53) still sort apart.
    const close = [order('a', '1', { charge: '9007199254740993' }), order('a', '2', { charge: '9007199254740992' }), order('a', '3', { charge: '0.0000001' })];
    expect(ids(sortOrders(close, { key: 'charge', dir: 'asc' }))).toEqual(['3', '2', '1']);
    expect(ids(sortOrders(close.slice(0, 2), { key: 'charge', dir: 'asc' }))).toEqual(['2', '1']);
  });

  it('keeps 10,000 orders in a stable, complete order', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => order('a', String(i), { createdAt: i % 7 }));
    const sorted = sortOrders(many, { key: 'createdAt', dir: 'asc' });
    expect(sorted).toHaveLength(10_000);
    expect(sorted[0]!.orderId).toBe('0');
    expect(sorted[1]!.orderId).toBe('7');
    expect(new Set(sorted.map((o) => o.key)).size).toBe(10_000);
  });
});

describe('sorting orders by kept ranks and exact money keys', () => {
  // The comparator sortOrders used before it sorted by numbers: the reference.
  const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
  const compareIds = (a: string, b: string) => (/^\d+$/.test(a) && /^\d+$/.test(b) ? a.length - b.length || (a < b ? -1 : a > b ? 1 : 0) : a.localeCompare(b));
  const valueOf = (o: TrackedOrder, key: SortKey): string | number | null =>
    key === 'orderId' ? o.orderId : key === 'panel' ? o.panelId : key === 'service' ? (o.service?.name ?? null) : key === 'link' ? o.link : key === 'status' ? o.statusText || o.status : key === 'charge' ? (o.charge ?? o.estimatedCharge) : o[key];
  function reference(list: TrackedOrder[], sort: OrderSort): string[] {
    const sign = sort.dir === 'asc' ? 1 : -1;
    return [...list]
      .sort((x, y) => {
        const a = valueOf(x, sort.key);
        const b = valueOf(y, sort.key);
        if (a === null || b === null) return a === b ? compareIds(x.orderId, y.orderId) : a === null ? 1 : -1;
        const c = sort.key === 'orderId' ? compareIds(String(a), String(b)) : sort.key === 'charge' ? new Big(String(a)).cmp(String(b)) : typeof a === 'number' && typeof b === 'number' ? a - b : collator.compare(String(a), String(b));
        return sign * c || compareIds(x.orderId, y.orderId);
      })
      .map((o) => o.orderId);
  }
  const money = fc.oneof(
    fc.constant(null),
    fc.tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 18n }), fc.integer({ min: 0, max: 9 })).map(([neg, n, places]) => {
      const digits = n.toString().padStart(places + 1, '0');
      const text = places ? `${digits.slice(0, -places)}.${digits.slice(-places)}` : digits;
      return new Big(`${neg ? '-' : ''}${text}`).toString();
    }),
  );
  const anOrder = fc.record({
    id: fc.oneof(fc.integer({ min: 1, max: 10 ** 9 }).map(String), fc.stringMatching(/^[a-z][a-z0-9]{0,5}$/)),
    panel: fc.constantFrom('a', 'b', 'c'),
    charge: money,
    estimate: money,
    link: fc.oneof(fc.constant(null), fc.constantFrom('https://t.me/x', 'https://T.me/X', 'https://youtu.be/9', 'https://youtu.be/10', 'é', 'e')),
    service: fc.oneof(fc.constant(null), fc.constantFrom('Likes', 'likes', 'Views 9', 'Views 10')),
    quantity: fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 5000 })),
    createdAt: fc.integer({ min: 0, max: 20 }),
  });
  it('gives the order the direct comparison gave, for every column and direction', () => {
    fc.assert(
      fc.property(fc.uniqueArray(anOrder, { maxLength: 40, selector: (o) => `${o.panel}:${o.id}` }), fc.constantFrom(...SORT_KEYS), fc.constantFrom('asc' as const, 'desc' as const), (specs, key, dir) => {
        const list = specs.map((s) => order(s.panel, s.id, { charge: s.charge, estimatedCharge: s.estimate, link: s.link, quantity: s.quantity, createdAt: s.createdAt, service: s.service === null ? null : { id: '1', name: s.service, type: 'Default', category: 'c', rate: '1', refill: null, cancel: null } }));
        expect(ids(sortOrders(list, { key, dir }))).toEqual(reference(list, { key, dir }));
      }),
      { numRuns: 150 },
    );
  }, 30_000);
});
