import { describe, expect, it } from 'vitest';
import { order } from '../../tracker/__tests__/helpers';
import { EMPTY_FILTER, filterOrders, readPageParams, sortOrders } from '../order-query';

const day = (d: number, h = 12) => new Date(2026, 10, d, h).getTime();
const orders = [
  order('a', '9999', { createdAt: day(1), status: 'completed', statusText: 'Completed', charge: '10.5', link: 'https://www.instagram.com/p/one/' }),
  order('a', '10001', { createdAt: day(2), status: 'in_progress', statusText: 'In progress', charge: '9.75', link: 'https://www.tiktok.com/@me/video/7' }),
  order('b', '77', { createdAt: day(3, 23), status: 'partial', statusText: 'Partial', charge: null, estimatedCharge: null, link: 'https://youtu.be/xyz' }),
  order('b', 'ab12', { createdAt: day(4), status: 'pending', statusText: 'Pending', missing: true, charge: '0.0000001', link: null }),
];
const ids = (list: { orderId: string }[]) => list.map((o) => o.orderId);

describe('filtering orders', () => {
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

describe('the page address', () => {
  it('opens one order, a list of keys, or a stored list', () => {
    expect(readPageParams('?order=a%3A1')).toEqual({ open: 'a:1', keys: null, list: null });
    expect(readPageParams('?keys=a%3A1,%20a%3A2,')).toEqual({ open: null, keys: ['a:1', 'a:2'], list: null });
    expect(readPageParams('?list=tok')).toEqual({ open: null, keys: null, list: 'tok' });
  });
});
