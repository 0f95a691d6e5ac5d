import { describe, expect, it } from 'vitest';
import { order } from '../../../testing/orders';
import { ordersCount, READ_START, stillReading, withPart, withReadError } from '../orders-read';

const byKey = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => order('p', String(i))).map((o) => [o.key, o]));

describe('the orders page reading its orders part by part', () => {
  it('says nothing is read before the first part, and counts only what is read until the last', () => {
    expect(ordersCount(READ_START, 0, 0)).toBe('Reading orders…');
    const first = withPart(READ_START, byKey(250), false, 9_750);
    expect(first).toMatchObject({ complete: false, remaining: 9_750, started: true });
    expect(stillReading(first)).toBe('Still reading 9,750 orders…');
    // Never "250 orders tracked": a partial count is not the total.
    expect(ordersCount(first, 250, 250)).toBe('250 orders read so far. Still reading 9,750 orders…');
    expect(ordersCount(first, 250, 12)).toBe('12 of 250 orders read so far. Still reading 9,750 orders…');
    expect(ordersCount(withPart(READ_START, byKey(250), false), 250, 250)).toBe('250 orders read so far. Reading older orders…');
  });

  it('counts the total once every order is read, and takes each later change whole', () => {
    const first = withPart(READ_START, byKey(250), false, 9_750);
    const all = withPart(first, byKey(10_000), true);
    expect(all).toMatchObject({ complete: true, remaining: null });
    expect(Object.keys(all.orders)).toHaveLength(10_000);
    expect(stillReading(all)).toBeNull();
    expect(ordersCount(all, 10_000, 10_000)).toBe('10,000 orders tracked');
    expect(ordersCount(all, 10_000, 40)).toBe('40 of 10,000 orders shown');
    // A stored change after the read: a complete part again, with the new orders.
    expect(Object.keys(withPart(all, byKey(9_999), true).orders)).toHaveLength(9_999);
  });

  it('keeps what was read when a later part fails', () => {
    const first = withPart(READ_START, byKey(3), false, 5);
    const failed = withReadError(first, new Error('QUOTA_BYTES exceeded'));
    expect(failed).toMatchObject({ complete: false, error: 'QUOTA_BYTES exceeded' });
    expect(Object.keys(failed.orders)).toHaveLength(3);
  });
});
