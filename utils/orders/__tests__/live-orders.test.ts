import { describe, expect, it } from 'vitest';
import { makeOrder } from '../../../testing/orders';
import { liveOrdersOf, popupOrderOf, popupViewOrders, RECENT_FINISHED } from '../live-orders';
import { checkPopupView } from '../schema';
import type { TrackedOrder } from '../types';

const byKey = (orders: TrackedOrder[]) => Object.fromEntries(orders.map((o) => [o.key, o]));

describe('liveOrdersOf (the popup’s compact view of the orders)', () => {
  it('keeps every active order, newest first, and each panel’s latest finished ones, per panel', () => {
    const active = Array.from({ length: 30 }, (_, i) => makeOrder(i % 2 ? 'a' : 'b', `act${i}`, { status: 'in_progress', createdAt: i }));
    const finished = (panelId: string) =>
      Array.from({ length: 40 }, (_, i) => makeOrder(panelId, `fin${i}`, { status: i % 3 ? 'completed' : 'canceled', createdAt: 0, lastCheckedAt: 1000 + i }));
    const view = liveOrdersOf(byKey([...active, ...finished('a'), ...finished('b')]));

    expect(Object.keys(view.panels).sort()).toEqual(['a', 'b']);
    for (const panelId of ['a', 'b']) {
      const panel = view.panels[panelId]!;
      expect(panel.active.map((o) => o.orderId)).toEqual(active.filter((o) => o.panelId === panelId).reverse().map((o) => o.orderId));
      // The newest by last check: fin39 … fin30.
      expect(panel.recent.map((o) => o.orderId)).toEqual(Array.from({ length: RECENT_FINISHED }, (_, i) => `fin${39 - i}`));
    }
    expect(popupViewOrders(view)).toHaveLength(30 + 2 * RECENT_FINISHED);
  });

  it('a row holds what the popup shows, not the history or refills', () => {
    const order = makeOrder('a', '7', {
      status: 'in_progress',
      history: Array.from({ length: 40 }, (_, i) => ({ at: i, status: 'in_progress' as const, statusText: `In progress ${i}%` })),
      progress: { kind: 'drip_feed', runsDone: 2, postsDone: null, childOrders: ['1', '2'], childOrderCount: 2, expiry: null },
    });
    const row = liveOrdersOf(byKey([order])).panels.a!.active[0]!;
    expect(row).toEqual(popupOrderOf(order));
    expect(row).not.toHaveProperty('history');
    expect(row).not.toHaveProperty('refills');
    expect(row.progress).toEqual({ kind: 'drip_feed', runsDone: 2, postsDone: null, expiry: null });
    expect(row.service).toEqual(order.service ? { name: order.service.name, type: order.service.type, ...(order.service.currency ? { currency: order.service.currency } : {}) } : null);
    expect(JSON.stringify(row).length).toBeLessThan(JSON.stringify(order).length / 4);
  });

  it('a finished order never checked counts from when it was placed', () => {
    const old = makeOrder('a', '1', { status: 'completed', createdAt: 5, lastCheckedAt: null });
    const newer = Array.from({ length: RECENT_FINISHED }, (_, i) => makeOrder('a', `n${i}`, { status: 'completed', createdAt: 0, lastCheckedAt: 10 + i }));
    const keys = (orders: TrackedOrder[]) => liveOrdersOf(byKey(orders)).panels.a!.recent.map((o) => o.key);
    expect(keys([old, ...newer])).not.toContain(old.key);
    expect(keys([old, ...newer.slice(1)])).toContain(old.key);
  });

  it('a panel id is data: "__proto__" is an ordinary panel', () => {
    const view = liveOrdersOf(byKey([makeOrder('__proto__', '1', { status: 'pending' })]));
    expect(Object.keys(view.panels)).toEqual(['__proto__']);
    expect(checkPopupView(JSON.parse(JSON.stringify(view))).value).toEqual(view);
  });

  it('no orders, no rows', () => {
    expect(liveOrdersOf({})).toEqual({ shape: 2, panels: {} });
  });
});

describe('checkPopupView (reading the stored view)', () => {
  const orders = [makeOrder('a', '1', { status: 'in_progress' }), makeOrder('a', '2', { status: 'completed', lastCheckedAt: 5 })];

  it('reads the compact view as stored', () => {
    const view = JSON.parse(JSON.stringify(liveOrdersOf(byKey(orders))));
    expect(checkPopupView(view)).toEqual({ value: view, lost: false });
  });

  it('reads the older shape (full orders by key) as the view it makes, without a loss', () => {
    const old = JSON.parse(JSON.stringify(byKey(orders)));
    expect(checkPopupView(old)).toEqual({ value: liveOrdersOf(byKey(orders)), lost: false });
  });

  it('nothing stored is null; garbage is an empty view, marked lost', () => {
    expect(checkPopupView(undefined)).toEqual({ value: null, lost: false });
    expect(checkPopupView(null)).toEqual({ value: null, lost: false });
    expect(checkPopupView('garbage')).toEqual({ value: liveOrdersOf({}), lost: true });
  });

  it('a broken row is dropped, the rest kept', () => {
    const view = JSON.parse(JSON.stringify(liveOrdersOf(byKey(orders))));
    view.panels.a.active.push({ key: 'x', orderId: 5 });
    const read = checkPopupView(view);
    expect(read.lost).toBe(true);
    expect(popupViewOrders(read.value!).map((o) => o.orderId)).toEqual(['1', '2']);
  });
});
