import { describe, expect, it } from 'vitest';
import { ORDER_STATUSES, type OrderStatus, type OrderStatusInfo } from '../../../panel-api/types';
import { panelError } from '../../../panel-api/errors';
import { isOrderFinished } from '../../../orders/status';
import { applyCycle, pollPlan } from '../core';
import { groupEvents } from '../events';
import { afterFailure, backoffBaseFor, backoffDelay, BACKOFF_CAP_MS, freshPollState, isDue, liftAuthPauses, RETRY_AFTER_MAX_MS } from '../backoff';
import { batch, emptyState, order, refillInfo, statusInfo } from '../../../../testing/orders';

const WORD: Record<OrderStatus, string> = {
  pending: 'Pending', in_progress: 'In progress', processing: 'Processing', completed: 'Completed', partial: 'Partial',
  canceled: 'Canceled', refunded: 'Refunded', failed: 'Fail', unknown: 'Verifying', paused: 'Paused', expired: 'Expired',
};

describe('every status transition', () => {
  for (const from of ORDER_STATUSES) {
    for (const to of ORDER_STATUSES) {
      it(`${from} → ${to}`, () => {
        const before = order('p', '1', { status: from, statusText: WORD[from] });
        const answer = { panelId: 'p', statuses: batch({ '1': { ok: true as const, value: statusInfo(WORD[to], to === 'partial' ? 300 : 0) } }), refills: null };
        const result = applyCycle({ [before.key]: before }, [answer], emptyState(), 1000);
        const after = result.orders[before.key]!;
        expect(after.status).toBe(to);
        expect(after.statusText).toBe(WORD[to]);
        const notifies = from !== to && isOrderFinished(to);
        expect(result.events.map((e) => e.kind)).toEqual(notifies ? ['order'] : []);
        if (from !== to) expect(after.history.at(-1)).toEqual({ at: 1000, status: to, statusText: WORD[to] });
        if (to === 'partial' && from !== to) expect(result.events[0]).toMatchObject({ status: 'partial', delivered: 700, quantity: 1000 });
      });
    }
  }

  // The spellings real panels use (see the API reference): each lands in the same place.
  it.each([
    ['Inprogress', 'in_progress', false],
    ['In Progress', 'in_progress', false],
    ['in_progress', 'in_progress', false],
    ['Active', 'in_progress', false],
    ['processing', 'processing', false],
    ['COMPLETED', 'completed', true],
    ['Cancelled', 'canceled', true],
    ['canceled', 'canceled', true],
    ['Refunded', 'refunded', true],
    ['Error', 'failed', true],
    ['Failed', 'failed', true],
    ['Partial', 'partial', true],
  ] as const)('"%s" from a pending order → %s', (word, status, notifies) => {
    const before = order('p', '1');
    const result = applyCycle({ [before.key]: before }, [{ panelId: 'p', statuses: batch({ '1': { ok: true, value: statusInfo(word) } }), refills: null }], emptyState(), 5);
    expect(result.orders[before.key]).toMatchObject({ status, statusText: word });
    expect(result.events.map((e) => e.kind === 'order' && e.status)).toEqual(notifies ? [status] : []);
    expect(pollPlan(result.orders).has('p')).toBe(!notifies);
  });

  it.each(['Verifying', 'Awaiting review', 'On hold (fraud check)', 'Заказ в работе'])('the unknown word "%s" is kept verbatim, shown, polled again, never notified', (word) => {
    const before = order('p', '1', { status: 'in_progress', statusText: 'In progress' });
    const result = applyCycle({ [before.key]: before }, [{ panelId: 'p', statuses: batch({ '1': { ok: true, value: statusInfo(word) } }), refills: null }], emptyState(), 5);
    expect(result.orders[before.key]).toMatchObject({ status: 'unknown', statusText: word });
    expect(result.orders[before.key]!.history).toEqual([{ at: 5, status: 'unknown', statusText: word }]);
    expect(result.events).toEqual([]);
    expect(pollPlan(result.orders).get('p')?.orderIds).toEqual(['1']);
  });

  it('a different unknown word is a new history entry, still no event', () => {
    const before = order('p', '1', { status: 'unknown', statusText: 'Verifying' });
    const result = applyCycle({ [before.key]: before }, [{ panelId: 'p', statuses: batch({ '1': { ok: true, value: statusInfo('Queued') } }), refills: null }], emptyState(), 5);
    expect(result.orders[before.key]).toMatchObject({ status: 'unknown', statusText: 'Queued' });
    expect(result.orders[before.key]!.history).toHaveLength(1);
    expect(result.events).toEqual([]);
  });

  it('an unknown word is kept verbatim and polled again', () => {
    const before = order('p', '1');
    const result = applyCycle({ [before.key]: before }, [{ panelId: 'p', statuses: batch({ '1': { ok: true, value: statusInfo('Awaiting review') } }), refills: null }], emptyState(), 5);
    expect(result.orders[before.key]).toMatchObject({ status: 'unknown', statusText: 'Awaiting review' });
    expect(pollPlan(result.orders).get('p')?.orderIds).toEqual(['1']);
    expect(result.events).toEqual([]);
  });

  it('an id the panel calls unknown is kept and marked, never deleted', () => {
    const before = order('p', '1');
    const result = applyCycle({ [before.key]: before }, [{ panelId: 'p', statuses: batch({ '1': { ok: false, error: panelError('not_found', 'Incorrect order ID') } }), refills: null }], emptyState(), 5);
    expect(result.orders[before.key]).toMatchObject({ missing: true, status: 'pending' });
    expect(pollPlan(result.orders).size).toBe(0);
  });

  it('nothing changed → the same objects (no storage write)', () => {
    const before = order('p', '1', { status: 'in_progress', statusText: 'In progress', remains: 10, charge: '0.9', startCount: 100, currency: 'USD' });
    const orders = { [before.key]: before };
    const state = { ...emptyState(), panels: { p: { ...freshPollState(), lastSuccessAt: 1 } } };
    const result = applyCycle(orders, [{ panelId: 'p', statuses: batch({ '1': { ok: true, value: statusInfo('In progress', 10) } }), refills: null }], state, 99);
    expect(result.orders).toBe(orders);
    expect(result.state).toBe(state);
    expect(result.changed).toBe(0);
  });

  it('remains and charge updates count as changes without a status event', () => {
    const before = order('p', '1', { status: 'in_progress', statusText: 'In progress', remains: 500 });
    const result = applyCycle({ [before.key]: before }, [{ panelId: 'p', statuses: batch({ '1': { ok: true, value: statusInfo('In progress', 200) } }), refills: null }], emptyState(), 5);
    expect(result.orders[before.key]!.remains).toBe(200);
    expect(result.orders[before.key]!.history).toEqual([]);
    expect(result.events).toEqual([]);
  });

  it('a change keeps every other order as the same object, in the same key order, and leaves the input as it was', () => {
    const orders = Object.fromEntries(['3', '1', '2'].map((id) => order('p', id, { status: 'in_progress', statusText: 'In progress', remains: 5 })).map((o) => [o.key, o]));
    const result = applyCycle(orders, [{ panelId: 'p', statuses: batch({ '1': { ok: true, value: statusInfo('Completed', 0) } }), refills: null }], emptyState(), 5);
    expect(Object.keys(result.orders)).toEqual(['p:3', 'p:1', 'p:2']);
    expect(result.orders['p:3']).toBe(orders['p:3']);
    expect(result.orders['p:2']).toBe(orders['p:2']);
    expect(result.orders['p:1']!.status).toBe('completed');
    expect(orders['p:1']!.status).toBe('in_progress');
    expect(result.changed).toBe(1);
    expect(result.events.map((e) => e.id)).toEqual(['p:1:completed']);
  });
});

describe('refills', () => {
  const withRefill = (status: 'pending' | 'in_progress' = 'pending') =>
    order('p', '1', { status: 'completed', statusText: 'Completed', refills: [{ refillId: 'r1', requestedAt: 0, status, statusText: 'Pending', lastCheckedAt: null, missing: false }] });

  it.each([
    ['Completed', 'completed', true],
    ['Rejected', 'rejected', true],
    ['Error', 'failed', true],
    ['In progress', 'in_progress', false],
    ['Strange', 'unknown', false],
  ])('refill %s → %s', (word, status, notifies) => {
    const before = withRefill();
    const result = applyCycle({ [before.key]: before }, [{ panelId: 'p', statuses: null, refills: batch({ r1: { ok: true, value: refillInfo(word) } }) }], emptyState(), 5);
    expect(result.orders[before.key]!.refills[0]).toMatchObject({ status, statusText: word });
    expect(result.events.map((e) => e.kind)).toEqual(notifies ? ['refill'] : []);
  });

  it('a refill the panel does not know is marked missing', () => {
    const before = withRefill();
    const result = applyCycle({ [before.key]: before }, [{ panelId: 'p', statuses: null, refills: batch({ r1: { ok: false, error: panelError('not_found', 'Refill not found') } }) }], emptyState(), 5);
    expect(result.orders[before.key]!.refills[0]!.missing).toBe(true);
    expect(pollPlan(result.orders).size).toBe(0);
  });

  it('finished orders with an unfinished refill are still polled for the refill only', () => {
    const plan = pollPlan({ a: withRefill('in_progress') });
    expect(plan.get('p')).toEqual({ orderIds: [], refillIds: ['r1'] });
  });
});

describe('dedupe across restarts', () => {
  it('the same change is never notified twice', () => {
    const before = order('p', '1');
    const answers = [{ panelId: 'p', statuses: batch({ '1': { ok: true as const, value: statusInfo('Completed') } }), refills: null }];
    const first = applyCycle({ [before.key]: before }, answers, emptyState(), 5);
    expect(first.events).toHaveLength(1);
    // The worker died before the orders were written, but after the state was: same answers again.
    const again = applyCycle({ [before.key]: before }, answers, JSON.parse(JSON.stringify(first.state)), 6);
    expect(again.events).toEqual([]);
    expect(again.orders[before.key]!.status).toBe('completed');
  });
});

describe('grouping', () => {
  it('one event → one group; many per panel and kind → one group each', () => {
    const orders = Object.fromEntries(
      ['1', '2', '3', '4', '5', '6', '7'].map((id) => [`a:${id}`, order('a', id)]).concat([['b:1', order('b', '1')], ['a:8', order('a', '8')]]),
    );
    const answers = [
      { panelId: 'a', statuses: batch<OrderStatusInfo>(Object.fromEntries([...['1', '2', '3', '4', '5', '6', '7'].map((id) => [id, { ok: true as const, value: statusInfo('Completed') }]), ['8', { ok: true as const, value: statusInfo('Partial', 10) }]])), refills: null },
      { panelId: 'b', statuses: batch({ '1': { ok: true as const, value: statusInfo('Completed') } }), refills: null },
    ];
    const result = applyCycle(orders, answers, emptyState(), 5);
    const groups = groupEvents(result.events).map((g) => [g.panelId, g.groupKey, g.events.length]);
    expect(groups).toEqual([
      ['a', 'order:completed', 7],
      ['a', 'order:partial', 1],
      ['b', 'order:completed', 1],
    ]);
  });
});

describe('backoff', () => {
  it('grows exponentially to a cap and honours Retry-After', () => {
    const err = panelError('server', 'HTTP 500');
    expect([1, 2, 3, 4].map((n) => backoffDelay(n, err))).toEqual([60_000, 120_000, 240_000, 480_000]);
    expect(backoffDelay(20, err)).toBe(BACKOFF_CAP_MS);
    expect(backoffDelay(1, { ...panelError('rate_limited', 'slow'), retryAfterMs: 90_000 })).toBe(90_000);
  });

  it('starts from the base the shell passes (half the poll interval) and doubles', () => {
    expect(backoffBaseFor(120)).toBe(60_000);
    expect(backoffBaseFor(1)).toBe(500);
    const before = order('p', '1');
    const failed = { panelId: 'p', statuses: { items: {}, failures: [panelError('network', 'reset')], calls: 1 }, refills: null };
    const first = applyCycle({ [before.key]: before }, [failed], emptyState(), 1000, { backoffBaseMs: 500 });
    expect(first.state.panels.p).toMatchObject({ failures: 1, nextAttemptAt: 1500 });
    const second = applyCycle({ [before.key]: before }, [failed], first.state, 1500, { backoffBaseMs: 500 });
    expect(second.state.panels.p).toMatchObject({ failures: 2, nextAttemptAt: 2500 });
  });

  it('Retry-After is a floor: honoured past the cap (up to a day), and even by "Check now"', () => {
    const slow = (ms: number) => ({ ...panelError('rate_limited', 'Too many requests'), retryAfterMs: ms });
    expect(backoffDelay(1, slow(2 * 3600_000))).toBe(2 * 3600_000);
    expect(backoffDelay(1, slow(10 * 24 * 3600_000))).toBe(RETRY_AFTER_MAX_MS);
    expect(backoffDelay(1, slow(2000), 500)).toBe(2000);
    const state = afterFailure(freshPollState(), slow(5000), 1000, 500);
    expect(state.nextAttemptAt).toBe(6000);
    expect(isDue(state, 5999, true)).toBe(false);
    expect(isDue(state, 6000)).toBe(true);
    // Our own backoff, by contrast, gives way to "Check now".
    const own = afterFailure(freshPollState(), panelError('server', 'HTTP 500'), 1000);
    expect(isDue(own, 1001)).toBe(false);
    expect(isDue(own, 1001, true)).toBe(true);
  });

  it('a working key lifts the auth pause; other panels and unpaused ones stay as they are', () => {
    const panels = { a: afterFailure(freshPollState(), panelError('auth', 'Invalid API key'), 0), b: freshPollState() };
    expect(liftAuthPauses(panels, ['b', 'zzz'])).toBe(panels);
    const lifted = liftAuthPauses(panels, ['a', 'b']);
    expect(lifted.a).toMatchObject({ pausedForAuth: false, failures: 0, nextAttemptAt: null });
    expect(lifted.b).toBe(panels.b);
    expect(isDue(lifted.a, 1)).toBe(true);
  });

  it('a failed batch changes no order and backs the panel off; auth pauses it and says so once', () => {
    const before = order('p', '1');
    const failed = { panelId: 'p', statuses: { items: {}, failures: [panelError('server', 'HTTP 500')], calls: 1 }, refills: null };
    const result = applyCycle({ [before.key]: before }, [failed], emptyState(), 1000);
    expect(result.orders[before.key]).toBe(before);
    expect(result.state.panels.p).toMatchObject({ failures: 1, nextAttemptAt: 61_000 });
    expect(isDue(result.state.panels.p, 2000)).toBe(false);
    expect(isDue(result.state.panels.p, 2000, true)).toBe(true);

    const auth = { panelId: 'p', statuses: { items: {}, failures: [panelError('auth', 'Invalid API key')], calls: 1 }, refills: null };
    const paused = applyCycle({ [before.key]: before }, [auth], emptyState(), 1000);
    expect(paused.events).toEqual([expect.objectContaining({ kind: 'auth', message: 'Invalid API key' })]);
    expect(isDue(paused.state.panels.p, 10_000_000, true)).toBe(false);
    const again = applyCycle({ [before.key]: before }, [auth], paused.state, 2000);
    expect(again.events).toEqual([]);
    expect(afterFailure(freshPollState(), panelError('auth', 'x'), 0).pausedForAuth).toBe(true);
    // An IP left off the whitelist or the API switched off: asking again does not help (and can get the IP banned).
    const ip = { panelId: 'p', statuses: { items: {}, failures: [panelError('ip_blocked', 'IP not allowed')], calls: 1 }, refills: null };
    const ipPaused = applyCycle({ [before.key]: before }, [ip], emptyState(), 1000);
    expect(ipPaused.events).toEqual([expect.objectContaining({ kind: 'auth', errorKind: 'ip_blocked', message: 'IP not allowed' })]);
    expect(isDue(ipPaused.state.panels.p, 10_000_000, true)).toBe(false);
    expect(afterFailure(freshPollState(), panelError('api_disabled', 'x'), 0).pausedForAuth).toBe(true);
    expect(afterFailure(freshPollState(), panelError('server', 'x'), 0).pausedForAuth).toBe(false);
  });
});

describe('found by fuzzing (fuzz.test.ts)', () => {
  it('order and refill ids named like inherited properties do not crash the cycle', () => {
    const before = order('p', 'toString', { refills: [{ refillId: 'constructor', requestedAt: 1, status: 'pending', statusText: 'Pending', lastCheckedAt: null, missing: false }] });
    const result = applyCycle({ [before.key]: before }, [{ panelId: 'p', statuses: batch({}), refills: batch({}) }], emptyState(), 5);
    expect(result.orders[before.key]).toBe(before);
    expect(result.events).toEqual([]);
  });
});
