/**
 * Fuzzing auto-refill over simulated weeks: random orders, guarantees, settings, panel answers,
 * refill ends and the user's own refills. Whatever happens, it never asks above a panel's cap
 * in any 24 hours, never twice for one order within the interval, never outside the window,
 * never for a stopped panel, and a second plan at the same moment asks nothing.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_AUTO_REFILL, refillIntervalMs, type AutoRefillSettings } from '../../../orders/auto-refill-settings';
import { guaranteeWindow, isWindowOpen } from '../../../orders/guarantee-window';
import { panelError } from '../../../panel-api/errors';
import type { TrackedOrder } from '../../../orders/types';
import { D, H, service, tracked } from '../../../orders/__tests__/timeline';
import type { TrackerEvent } from '../events';
import { planAutoRefills } from '../../../orders/auto-refill';
import { EMPTY_AUTO_REFILL_STATE, panelRefillState, type AutoRefillState } from '../../../tracker-state/auto-refill-state';
import { applyAskResults, applyRefillEvents, type AskResult } from '../auto-refill-outcomes';

const PANELS = ['p', 'q'] as const;
const NAMES = ['Followers [R7]', 'Followers [R30]', 'Views [R∞]', 'Likes [NO REFILL]', 'Likes ♻', 'Followers [AR15]', 'Followers'];

const orderSpec = fc.record({
  panel: fc.constantFrom(...PANELS),
  name: fc.constantFrom(...NAMES),
  refill: fc.constantFrom(true, false, null),
  doneAt: fc.option(fc.integer({ min: 0, max: 10 * D }), { freq: 5 }),
  imported: fc.boolean(),
  missing: fc.boolean(),
  choice: fc.constantFrom(undefined, true, false),
});

const settingsSpec = fc.record({
  p: fc.boolean(),
  q: fc.boolean(),
  intervalHours: fc.constantFrom(1, 24, 30, 48, 100),
  cap: fc.integer({ min: 0, max: 4 }),
  stopAfter: fc.integer({ min: 1, max: 4 }),
});

type Answer = 'accepted' | 'rejected' | 'busy' | 'limit' | 'timeout';
const stepSpec = fc.record({
  advance: fc.integer({ min: 60_000, max: 40 * H }),
  answers: fc.array(fc.constantFrom<Answer>('accepted', 'accepted', 'accepted', 'rejected', 'busy', 'limit', 'timeout'), { minLength: 8, maxLength: 8 }),
  refillEnds: fc.constantFrom<'completed' | 'rejected' | 'failed'>('completed', 'completed', 'rejected', 'failed'),
  refillTakes: fc.integer({ min: 0, max: 30 * H }),
  manual: fc.option(fc.nat(20), { freq: 4 }),
});

const ANSWER: Record<Exclude<Answer, 'accepted'>, () => AskResult['result']> = {
  rejected: () => ({ ok: false, error: panelError('validation', 'Refill is disabled for this service') }),
  busy: () => ({ ok: false, error: panelError('validation', 'The refill task is not completed for this order') }),
  limit: () => ({ ok: false, error: panelError('validation', 'You can request a refill once every 48 hours') }),
  timeout: () => ({ ok: false, error: panelError('timeout', 'The panel did not answer in time.') }),
};

type OrderSpec = typeof orderSpec extends fc.Arbitrary<infer T> ? T : never;

function build(specs: OrderSpec[]): Record<string, TrackedOrder> {
  const orders: Record<string, TrackedOrder> = {};
  specs.forEach((s, i) => {
    const o = tracked(s.panel, String(i), { doneAt: s.doneAt }, { service: service(s.name, { refill: s.refill }), missing: s.missing });
    orders[o.key] = s.imported && s.doneAt !== null ? { ...o, source: 'import', history: [{ at: s.doneAt, status: 'completed', statusText: 'Imported: Completed' }] } : o;
  });
  return orders;
}

describe('fuzz: auto-refill over simulated weeks', () => {
  it('never above the cap, never twice within the interval, never outside the window, never for a stopped panel', () => {
    fc.assert(
      fc.property(fc.array(orderSpec, { minLength: 1, maxLength: 10 }), settingsSpec, fc.array(stepSpec, { minLength: 1, maxLength: 40 }), (specs, s, steps) => {
        let orders = build(specs);
        const settings: AutoRefillSettings = {
          ...DEFAULT_AUTO_REFILL,
          panels: { p: s.p, q: s.q },
          orders: Object.fromEntries(specs.flatMap((x, i) => (x.choice === undefined ? [] : [[`${x.panel}:${i}`, x.choice]]))),
          intervalHours: s.intervalHours,
          dailyCapPerPanel: s.cap,
          stopAfterRejections: s.stopAfter,
        };
        const interval = refillIntervalMs(settings, null);
        let state: AutoRefillState = EMPTY_AUTO_REFILL_STATE;
        let now = 0;
        let nextRefill = 1;
        const ends = new Map<string, { at: number; status: 'completed' | 'rejected' | 'failed' }>();
        const asksByPanel = new Map<string, number[]>();
        const requestsByOrder = new Map<string, { at: number; auto: boolean }[]>();
        const request = (key: string, at: number, auto: boolean) => requestsByOrder.set(key, [...(requestsByOrder.get(key) ?? []), { at, auto }]);

        for (const step of steps) {
          now += step.advance;
          // Refills end; the tracker's events feed the rejection count.
          const events: TrackerEvent[] = [];
          for (const order of Object.values(orders)) {
            const refills = order.refills.map((r) => {
              const end = r.refillId === null ? undefined : ends.get(r.refillId);
              if (!end || r.refillId === null || r.status !== 'in_progress' || end.at > now) return r;
              events.push({ kind: 'refill', id: r.refillId, panelId: order.panelId, orderKey: order.key, refillId: r.refillId, status: end.status });
              return { ...r, status: end.status, statusText: end.status };
            });
            orders = { ...orders, [order.key]: { ...order, refills } };
          }
          state = applyRefillEvents(state, events, settings.stopAfterRejections, now).state;

          const before = state;
          const plan = planAutoRefills(orders, settings, state, now);
          for (const ask of plan.asks) {
            const order = orders[ask.orderKey]!;
            expect(isWindowOpen(guaranteeWindow(order), now)).toBe(true);
            expect(order.service?.refill).not.toBe(false);
            expect(order.missing).toBe(false);
            expect(panelRefillState(before, ask.panelId).stopped).toBeNull();
            asksByPanel.set(ask.panelId, [...(asksByPanel.get(ask.panelId) ?? []), now]);
            request(ask.orderKey, now, true);
          }
          state = plan.state;
          const again = planAutoRefills(orders, settings, state, now);
          expect(again.asks).toEqual([]);
          expect(again.state).toBe(state);

          const results: AskResult[] = plan.asks.map((ask, i) => {
            const answer = step.answers[i % step.answers.length]!;
            if (answer !== 'accepted') return { panelId: ask.panelId, orderKey: ask.orderKey, result: ANSWER[answer]() };
            const refillId = `r${nextRefill++}`;
            ends.set(refillId, { at: now + step.refillTakes, status: step.refillEnds });
            const order = orders[ask.orderKey]!;
            orders = { ...orders, [order.key]: { ...order, refills: [...order.refills, { refillId, requestedAt: now, status: 'in_progress', statusText: 'In progress', lastCheckedAt: null, missing: false }] } };
            return { panelId: ask.panelId, orderKey: ask.orderKey, result: { ok: true, value: { refillId } } };
          });
          state = applyAskResults(state, results, settings.stopAfterRejections, now).state;

          // The user asks for a refill by hand now and then.
          if (step.manual !== null) {
            const order = Object.values(orders)[step.manual % Object.keys(orders).length]!;
            const refillId = `m${nextRefill++}`;
            ends.set(refillId, { at: now + step.refillTakes, status: 'completed' });
            orders = { ...orders, [order.key]: { ...order, refills: [...order.refills, { refillId, requestedAt: now, status: 'in_progress', statusText: 'In progress', lastCheckedAt: null, missing: false }] } };
            request(order.key, now, false);
          }
        }

        for (const times of asksByPanel.values()) {
          for (const t of times) expect(times.filter((x) => x > t - D && x <= t).length).toBeLessThanOrEqual(settings.dailyCapPerPanel);
        }
        for (const [key, requests] of requestsByOrder) {
          const window = guaranteeWindow(orders[key]!);
          requests.forEach(({ at, auto }, i) => {
            if (!auto) return;
            // Each auto ask comes at least one interval after completion and after every earlier ask, the user's included.
            const previous = i === 0 ? (window.kind === 'none' ? null : window.from) : requests[i - 1]!.at;
            expect(previous).not.toBeNull();
            expect(at - previous!).toBeGreaterThanOrEqual(interval);
          });
        }
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 1500) },
    );
  }, 300_000);
});
