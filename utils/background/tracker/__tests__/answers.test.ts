/**
 * New answer fields applied by the tracker core: drip-feed and subscription progress, the
 * subscription words Paused and Expired, refills the panel accepted without an id, and
 * balances that are not known.
 */
import { describe, expect, it } from 'vitest';
import type { OrderProgress } from '../../../panel-api/types';
import { applyCycle, pollPlan } from '../core';
import { lowBalanceCheck } from '../low-balance';
import { describeGroup } from '../notifications';
import { groupEvents, settingFor } from '../events';
import { batch, emptyState, order, statusInfo } from '../../../../testing/orders';

const drip: OrderProgress = { kind: 'drip_feed', runsDone: 2, postsDone: null, childOrders: ['1000101', '1000102'], childOrderCount: 2, expiry: null };
const sub: OrderProgress = { kind: 'subscription', runsDone: null, postsDone: 4, childOrders: ['11', '12', '13', '14'], childOrderCount: 4, expiry: '31/12/2030' };

describe('drip-feed and subscription answers', () => {
  it('the progress is stored; the same answer again changes nothing (same objects, no write)', () => {
    const before = order('p', '1', { runs: 3, interval: 10, status: 'in_progress', statusText: 'In progress' });
    const answer = (progress: OrderProgress) => ({ panelId: 'p', statuses: batch({ '1': { ok: true as const, value: { ...statusInfo('In progress', 0), progress } } }), refills: null });
    const first = applyCycle({ [before.key]: before }, [answer(drip)], emptyState(), 1000);
    expect(first.orders[before.key]!.progress).toEqual(drip);
    const again = applyCycle(first.orders, [answer({ ...drip, childOrders: [...drip.childOrders] })], first.state, 2000);
    expect(again.orders).toBe(first.orders);
    const more = applyCycle(first.orders, [answer({ ...drip, runsDone: 3, childOrders: [...drip.childOrders, '1000103'], childOrderCount: 3 })], first.state, 3000);
    expect(more.orders[before.key]!.progress).toMatchObject({ runsDone: 3, childOrderCount: 3 });
    // An answer without progress (a plain status) keeps what was known.
    const plain = applyCycle(more.orders, [{ panelId: 'p', statuses: batch({ '1': { ok: true as const, value: statusInfo('In progress', 0) } }), refills: null }], more.state, 4000);
    expect(plain.orders[before.key]!.progress).toMatchObject({ runsDone: 3 });
  });

  it('a paused subscription stays polled and notifies nothing; an expired one finishes as "expired", not "completed"', () => {
    const before = order('p', '1', { service: { id: '2', name: 'Auto likes', type: 'Subscriptions', category: 'Instagram', rate: '2', refill: false, cancel: false }, status: 'in_progress', statusText: 'Active' });
    const paused = applyCycle({ [before.key]: before }, [{ panelId: 'p', statuses: batch({ '1': { ok: true as const, value: { ...statusInfo('Paused', 0), progress: sub } } }), refills: null }], emptyState(), 1000);
    expect(paused.orders[before.key]).toMatchObject({ status: 'paused', statusText: 'Paused' });
    expect(paused.events).toEqual([]);
    expect(pollPlan(paused.orders).get('p')?.orderIds).toEqual(['1']);
    const expired = applyCycle(paused.orders, [{ panelId: 'p', statuses: batch({ '1': { ok: true as const, value: { ...statusInfo('Expired', 0), progress: sub } } }), refills: null }], paused.state, 2000);
    expect(expired.orders[before.key]).toMatchObject({ status: 'expired', statusText: 'Expired' });
    expect(expired.events).toEqual([expect.objectContaining({ kind: 'order', status: 'expired' })]);
    expect(pollPlan(expired.orders).size).toBe(0);
    // Told under the "completed" setting, in words of its own.
    expect(settingFor(expired.events[0]!)).toBe('completed');
    const text = describeGroup(groupEvents(expired.events)[0]!, [], expired.orders);
    expect(`${text.title} ${text.message}`).toMatch(/expired/);
    expect(`${text.title} ${text.message}`).not.toMatch(/completed/i);
  });
});

describe('a refill the panel accepted without an id', () => {
  it('is never asked about, and never changes', () => {
    const before = order('p', '1', {
      status: 'completed',
      statusText: 'Completed',
      refills: [
        { refillId: null, requestedAt: 1, status: 'pending', statusText: 'Requested (no id given by the panel)', lastCheckedAt: null, missing: false },
        { refillId: '77', requestedAt: 2, status: 'pending', statusText: 'Requested', lastCheckedAt: null, missing: false },
      ],
    });
    expect(pollPlan({ [before.key]: before }).get('p')).toEqual({ orderIds: [], refillIds: ['77'] });
    const result = applyCycle({ [before.key]: before }, [{ panelId: 'p', statuses: null, refills: batch({ '77': { ok: true as const, value: { status: 'completed', statusText: 'Completed' } } }) }], emptyState(), 1000);
    expect(result.orders[before.key]!.refills.map((r) => [r.refillId, r.status])).toEqual([
      [null, 'pending'],
      ['77', 'completed'],
    ]);
    expect(result.events.map((e) => e.kind === 'refill' && e.refillId)).toEqual(['77']);
  });
});

describe('a balance PanelPilot could not read', () => {
  it('is unknown to the low-balance check: neither low nor recovered', () => {
    const panel = { id: 'p', name: 'Demo', apiUrl: 'https://p/api/v2', isDefault: true, lowBalanceThreshold: '10', createdAt: 0 };
    const low = lowBalanceCheck([panel], { p: { last: { balance: '5', currency: null, fetchedAt: 1 }, error: null } }, emptyState(), 1);
    expect(low.events).toEqual([expect.objectContaining({ kind: 'low_balance', currency: null })]);
    const unknown = lowBalanceCheck([panel], { p: { last: { balance: null, currency: 'RUB', text: '12,500', fetchedAt: 2 }, error: null } }, low.state, 2);
    expect(unknown).toEqual({ state: low.state, events: [] });
  });
});
