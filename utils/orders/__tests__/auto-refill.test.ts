import { describe, expect, it } from 'vitest';
import { DEFAULT_AUTO_REFILL, refillIntervalMs, type AutoRefillSettings } from '../auto-refill-settings';
import type { TrackedOrder } from '../types';
import { D, H, service, tracked } from './timeline';
import { autoRefillStatus, planAutoRefills } from '../auto-refill';
import { EMPTY_AUTO_REFILL_STATE, type AutoRefillState } from '../../tracker-state/auto-refill-state';

const R30 = service('Instagram Followers [R30] [1H - 1K/Day]');
const onFor = (patch: Partial<AutoRefillSettings> = {}): AutoRefillSettings => ({ ...DEFAULT_AUTO_REFILL, panels: { p: true }, ...patch });
const byKey = (...orders: TrackedOrder[]) => Object.fromEntries(orders.map((o) => [o.key, o]));
const done = (id: string, doneAt: number, patch: Partial<TrackedOrder> = {}, panel = 'p') => tracked(panel, id, { doneAt }, { service: R30, ...patch });

describe('auto-refill planner', () => {
  it('is off by default, and gives back the same state when nothing is asked', () => {
    const orders = byKey(done('1', 0));
    const plan = planAutoRefills(orders, DEFAULT_AUTO_REFILL, EMPTY_AUTO_REFILL_STATE, 5 * D);
    expect(plan.asks).toEqual([]);
    expect(plan.state).toBe(EMPTY_AUTO_REFILL_STATE);
    expect(autoRefillStatus(orders['p:1']!, DEFAULT_AUTO_REFILL, EMPTY_AUTO_REFILL_STATE, 5 * D)).toEqual({ kind: 'off' });
  });

  it('asks once the interval has passed since completion, then not again within the interval', () => {
    const orders = byKey(done('1', 0));
    expect(planAutoRefills(orders, onFor(), EMPTY_AUTO_REFILL_STATE, D - 1).asks).toEqual([]);
    const first = planAutoRefills(orders, onFor(), EMPTY_AUTO_REFILL_STATE, D);
    expect(first.asks).toEqual([{ panelId: 'p', orderKey: 'p:1', orderId: '1' }]);
    expect(first.state.lastAsk).toEqual({ 'p:1': D });
    expect(first.state.panels.p!.asks).toEqual([D]);
    const again = planAutoRefills(orders, onFor(), first.state, 2 * D - 1);
    expect(again.asks).toEqual([]);
    expect(again.state).toBe(first.state);
    expect(planAutoRefills(orders, onFor(), first.state, 2 * D).asks).toHaveLength(1);
  });

  it('the most specific choice wins: order over service over panel', () => {
    const a = done('1', 0);
    const b = done('2', 0, { service: { ...R30, id: '77' } });
    const orders = byKey(a, b);
    const keys = (s: AutoRefillSettings) => planAutoRefills(orders, s, EMPTY_AUTO_REFILL_STATE, 2 * D).asks.map((x) => x.orderKey);
    expect(keys(onFor({ orders: { 'p:1': false } }))).toEqual(['p:2']);
    expect(keys({ ...DEFAULT_AUTO_REFILL, services: { 'p:77': true } })).toEqual(['p:2']);
    expect(keys({ ...DEFAULT_AUTO_REFILL, panels: { p: false }, orders: { 'p:1': true } })).toEqual(['p:1']);
  });

  it.each([
    ['a service without refill', done('1', 0, { service: service('Likes [NO REFILL]') }), 'This service has no refill guarantee.'],
    ['a guarantee of unstated length', done('1', 0, { service: service('Likes ♻') }), 'The service offers refills but does not say for how long.'],
    ['a service whose refill the API does not offer', done('1', 0, { service: { ...R30, refill: false } }), 'The panel’s API offers no refill for this service.'],
    ['an order the panel does not know', done('1', 0, { missing: true }), 'The panel does not know this order id.'],
    ['an order not completed', tracked('p', '1', { doneAt: null }, { service: R30 }), 'The guarantee starts when the order is completed.'],
    ['a canceled order', tracked('p', '1', { status: 'canceled' }, { service: R30 }), 'The guarantee starts when the order is completed.'],
    [
      'an order completed before it was tracked',
      done('1', 0, { source: 'import', history: [{ at: 0, status: 'completed', statusText: 'Imported: Completed' }] }),
      'It completed before PanelPilot tracked it, so the guarantee’s start is unknown.',
    ],
    ['an order whose window ended', done('1', 0), 'The refill guarantee has ended.'],
  ])('never for %s', (_, order, reason) => {
    const now = order.key && reason === 'The refill guarantee has ended.' ? 30 * D : 2 * D;
    expect(planAutoRefills(byKey(order), onFor(), EMPTY_AUTO_REFILL_STATE, now).asks).toEqual([]);
    expect(autoRefillStatus(order, onFor(), EMPTY_AUTO_REFILL_STATE, now)).toEqual({ kind: 'blocked', reason });
  });

  it('a lifetime guarantee keeps asking, one interval apart', () => {
    const order = done('1', 0, { service: service('Youtube Views [R∞]') });
    expect(planAutoRefills(byKey(order), onFor(), EMPTY_AUTO_REFILL_STATE, 900 * D).asks).toHaveLength(1);
  });

  it('the user’s own refill counts as an ask, and a running refill is waited for', () => {
    const manual = done('1', 0, { refills: [{ refillId: 'r1', requestedAt: 3 * D, status: 'completed', statusText: 'Completed', lastCheckedAt: null, missing: false }] });
    expect(autoRefillStatus(manual, onFor(), EMPTY_AUTO_REFILL_STATE, 4 * D - 1)).toMatchObject({ kind: 'waiting', dueAt: 4 * D });
    expect(autoRefillStatus(manual, onFor(), EMPTY_AUTO_REFILL_STATE, 4 * D)).toEqual({ kind: 'due', until: 30 * D, since: 3 * D });
    const running = done('1', 0, { refills: [{ refillId: 'r1', requestedAt: D, status: 'in_progress', statusText: 'In progress', lastCheckedAt: null, missing: false }] });
    expect(autoRefillStatus(running, onFor(), EMPTY_AUTO_REFILL_STATE, 10 * D)).toEqual({ kind: 'waiting', reason: 'A refill is still running.', dueAt: null });
  });

  it('the daily cap per panel: who waited longest first, then the window closing first; the rest wait for the cap’s 24 hours to slide', () => {
    const orders = byKey(done('1', 2 * D), done('2', 0), done('3', 0, { service: service('Followers [R20]') }), done('4', 0, {}, 'q'));
    const settings = onFor({ dailyCapPerPanel: 2, panels: { p: true, q: true } });
    const first = planAutoRefills(orders, settings, EMPTY_AUTO_REFILL_STATE, 6 * D);
    expect(first.asks.map((a) => a.orderKey)).toEqual(['p:3', 'p:2', 'q:4']);
    expect(planAutoRefills(orders, settings, first.state, 6 * D + H).asks).toEqual([]);
    expect(planAutoRefills(orders, settings, first.state, 7 * D).asks.map((a) => a.orderKey)).toEqual(['p:1', 'p:3', 'q:4']);
  });

  it('never below 24 hours or the panel’s own limit; the e2e floor allows a shorter interval', () => {
    expect(refillIntervalMs({ intervalHours: 1 }, null)).toBe(D);
    expect(refillIntervalMs({ intervalHours: 36 }, null)).toBe(36 * H);
    expect(refillIntervalMs({ intervalHours: 24 }, 48 * H)).toBe(48 * H);
    expect(refillIntervalMs({ intervalHours: 0.5 }, null, 60_000)).toBe(H / 2);
    const state: AutoRefillState = { ...EMPTY_AUTO_REFILL_STATE, panels: { p: { asks: [], rejectedInRow: 0, lastRejection: null, stopped: null, limitMs: 48 * H } } };
    expect(planAutoRefills(byKey(done('1', 0)), onFor(), state, 2 * D - 1).asks).toEqual([]);
    expect(planAutoRefills(byKey(done('1', 0)), onFor(), state, 2 * D).asks).toHaveLength(1);
    expect(planAutoRefills(byKey(done('1', 0)), onFor({ intervalHours: 0.5 }), EMPTY_AUTO_REFILL_STATE, H / 2, { floorMs: 60_000 }).asks).toHaveLength(1);
  });

  it('a stopped panel is not asked, and says why', () => {
    const state: AutoRefillState = { ...EMPTY_AUTO_REFILL_STATE, panels: { p: { asks: [], rejectedInRow: 3, lastRejection: 'x', stopped: { at: 1, reason: 'Stopped: rejected.' }, limitMs: null } } };
    expect(planAutoRefills(byKey(done('1', 0)), onFor(), state, 2 * D).asks).toEqual([]);
    expect(autoRefillStatus(done('1', 0), onFor(), state, 2 * D)).toEqual({ kind: 'blocked', reason: 'Stopped: rejected.' });
  });

  it('forgets orders no longer tracked when it writes anyway', () => {
    const state: AutoRefillState = { ...EMPTY_AUTO_REFILL_STATE, lastAsk: { 'p:gone': 1 } };
    expect(planAutoRefills(byKey(done('1', 0)), onFor(), state, 2 * D).state.lastAsk).toEqual({ 'p:1': 2 * D });
  });
});
