import { describe, expect, it } from 'vitest';
import { order } from '../../../testing/orders';
import { deliveredCount, orderedTotal, orderKind, progressWords } from '../kind';

describe('what kind of order', () => {
  it('from the panel’s answer, else from the order as placed', () => {
    expect(orderKind(order('p', '1'))).toBe('order');
    expect(orderKind(order('p', '1', { runs: 3, interval: 10 }))).toBe('drip_feed');
    expect(orderKind(order('p', '1', { service: { id: '2', name: 'Auto likes', type: 'subscriptions', category: '', rate: '2', refill: null, cancel: null } }))).toBe('subscription');
    expect(orderKind(order('p', '1', { service: null, progress: { kind: 'subscription', runsDone: null, postsDone: 1, childOrders: [], childOrderCount: 0, expiry: null } }))).toBe('subscription');
  });

  it('a drip-feed’s quantity is per run: the total is quantity × runs', () => {
    const drip = order('p', '1', { quantity: 100, runs: 3, interval: 10, remains: 120 });
    expect(orderedTotal(drip)).toBe(300);
    expect(deliveredCount(drip)).toBe(180);
    expect(progressWords({ ...drip, progress: { kind: 'drip_feed', runsDone: 2, postsDone: null, childOrders: [], childOrderCount: 2, expiry: null } })).toBe('2 of 3 runs');
  });

  it('over-delivery counts in full; unknown remains stays unknown', () => {
    expect(deliveredCount(order('p', '1', { quantity: 1000, remains: -37 }))).toBe(1037);
    expect(deliveredCount(order('p', '1', { quantity: 1000, remains: null }))).toBeNull();
  });
});
