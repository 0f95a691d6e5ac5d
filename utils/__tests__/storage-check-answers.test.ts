/** The stored shapes that new panel answers add (issue 12): optional, with defaults, never "lost" when absent. */
import { describe, expect, it } from 'vitest';
import { checkBalances, checkOrders } from '../storage-check';
import { order } from '../../testing/orders';

/** One order read as the orders record reads it. */
function checkOrder(raw: unknown) {
  const checked = checkOrders({ one: raw });
  const [value] = Object.values(checked.value);
  return value ? { value, lost: checked.lost } : null;
}

describe('orders: drip-feed/subscription progress and refills without an id', () => {
  it('an order stored before `progress` existed reads as a plain order, nothing lost', () => {
    const { progress: _none, ...old } = order('p', '1');
    const checked = checkOrder(old);
    expect(checked).toEqual({ value: old, lost: false });
    expect(checked?.value.progress ?? null).toBeNull();
  });

  it('progress and a refill without an id are kept as stored', () => {
    const stored = order('p', '1', {
      progress: { kind: 'subscription', runsDone: null, postsDone: 4, childOrders: ['11', '12'], childOrderCount: 2, expiry: '31/12/2030' },
      refills: [{ refillId: null, requestedAt: 5, status: 'pending', statusText: 'Requested (no id given by the panel)', lastCheckedAt: null, missing: false }],
      status: 'paused',
      statusText: 'Paused',
    });
    expect(checkOrder(stored)).toEqual({ value: stored, lost: false });
    expect(checkOrder({ ...stored, status: 'expired' })?.value.status).toBe('expired');
  });

  it('an unusable progress is dropped and reported, the order kept', () => {
    const checked = checkOrder({ ...order('p', '1'), progress: { kind: 'constructor', childOrders: 'x' } });
    expect(checked).toMatchObject({ value: { orderId: '1' }, lost: true });
    expect(checked?.value.progress).toBeUndefined();
  });
});

describe('balances: an unreadable figure or a missing currency', () => {
  it('are kept as unknown, with the panel’s text', () => {
    const stored = {
      a: { last: { balance: null, currency: 'RUB', text: '12,500', fetchedAt: 1 }, error: null },
      b: { last: { balance: '100.5', currency: null, text: '100.5', fetchedAt: 1 }, error: null },
      // Stored before the text was kept.
      c: { last: { balance: '7', currency: 'USD', fetchedAt: 1 }, error: null },
    };
    expect(checkBalances(stored)).toEqual({ value: stored, lost: false });
  });

  it('an unknown figure without the panel’s text has nothing to show: dropped', () => {
    expect(checkBalances({ a: { last: { balance: null, currency: 'RUB', fetchedAt: 1 }, error: null } })).toEqual({ value: { a: { last: null, error: null } }, lost: true });
  });
});
