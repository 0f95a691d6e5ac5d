import { describe, expect, it } from 'vitest';
import { makeOrder } from '../../../testing/orders';
import { liveOrdersOf, RECENT_FINISHED } from '../live-orders';
import type { TrackedOrder } from '../types';

const byKey = (orders: TrackedOrder[]) => Object.fromEntries(orders.map((o) => [o.key, o]));

describe('liveOrdersOf (the popup’s slice of the orders)', () => {
  it('keeps every active order and each panel’s latest finished ones', () => {
    const active = Array.from({ length: 30 }, (_, i) => makeOrder(i % 2 ? 'a' : 'b', `act${i}`, { status: 'in_progress', createdAt: i }));
    const finished = (panelId: string) =>
      Array.from({ length: 40 }, (_, i) => makeOrder(panelId, `fin${i}`, { status: i % 3 ? 'completed' : 'canceled', createdAt: 0, lastCheckedAt: 1000 + i }));
    const live = liveOrdersOf(byKey([...active, ...finished('a'), ...finished('b')]));

    expect(active.every((o) => live[o.key] === o)).toBe(true);
    for (const panelId of ['a', 'b']) {
      const kept = Object.values(live).filter((o) => o.panelId === panelId && o.orderId.startsWith('fin'));
      // The newest by last check: fin39 … fin30.
      expect(kept.map((o) => o.orderId).sort()).toEqual(Array.from({ length: RECENT_FINISHED }, (_, i) => `fin${39 - i}`).sort());
    }
    expect(Object.keys(live)).toHaveLength(30 + 2 * RECENT_FINISHED);
  });

  it('a finished order never checked counts from when it was placed', () => {
    const old = makeOrder('a', '1', { status: 'completed', createdAt: 5, lastCheckedAt: null });
    const newer = Array.from({ length: RECENT_FINISHED }, (_, i) => makeOrder('a', `n${i}`, { status: 'completed', createdAt: 0, lastCheckedAt: 10 + i }));
    expect(liveOrdersOf(byKey([old, ...newer]))[old.key]).toBeUndefined();
    expect(liveOrdersOf(byKey([old, ...newer.slice(1)]))[old.key]).toBe(old);
  });

  it('no orders, no slice', () => {
    expect(liveOrdersOf({})).toEqual({});
  });
});
