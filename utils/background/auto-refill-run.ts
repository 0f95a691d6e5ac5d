/**
 * One auto-refill run (the `panelpilot-auto-refill` alarm): plan → write the plan → send the
 * asks → fold the answers in → record the accepted refills on their orders (the poll cycle
 * then follows each to Completed/Rejected, as it does the user's) → reminders.
 *
 * The worker can be killed at any line. The plan (each order's last ask, the panel's asks
 * today) is written BEFORE anything is sent: a kill during the send at worst skips one
 * interval for those orders; it never asks twice. A kill after the send loses only the
 * bookkeeping of that answer (the refill is then not followed), never a second ask.
 */
import type { PanelError } from '../panel-api/errors';
import { panelError, say } from '../panel-api/errors';
import type { Result } from '../panel-api/types';
import type { TrackedOrder } from '../orders/types';
import { AUTO_REFILL_FLOOR_MS, autoRefillSettings } from '../orders/auto-refill-knobs';
import { own } from '../own';
import { autoRefillChoicesItem, autoRefillItem, settingsItem, trackerStateItem } from '../storage';
import { readAllOrders } from '../orders/read-all';
import { planAutoRefills, type RefillAsk } from '../orders/auto-refill';
import { applyAskResults, autoRefillNotices, type AskResult } from './tracker/auto-refill-outcomes';
import { notifyAutoRefill, notifyReminders } from './tracker/auto-refill-notify';
import { planReminders } from './tracker/refill-reminders';
import { withLock } from './lock';
import { openAllPanels, type PanelWithClient } from './panel-client';
import { recordRefills } from './record-refills';

export interface AutoRefillDeps {
  openPanels: () => Promise<PanelWithClient[]>;
  now: () => number;
  notifyAutoRefill: typeof notifyAutoRefill;
  notifyReminders: typeof notifyReminders;
}

export const defaultAutoRefillDeps: AutoRefillDeps = { openPanels: openAllPanels, now: () => Date.now(), notifyAutoRefill, notifyReminders };

export interface AutoRefillRunSummary {
  asked: number;
  accepted: number;
  reminded: number;
}

/** The orders of panels auto-refill can ask now: a usable key, and not paused for a refused key. */
function askable(orders: Record<string, TrackedOrder>, panelIds: ReadonlySet<string>): Record<string, TrackedOrder> {
  return Object.fromEntries(Object.entries(orders).filter(([, o]) => panelIds.has(o.panelId)));
}

/** Each ask's answer, from one batched `refill` call per panel (≤ 100 ids per request). */
async function sendAsks(asks: readonly RefillAsk[], opened: readonly PanelWithClient[]): Promise<AskResult[]> {
  const byPanel = new Map<string, RefillAsk[]>();
  for (const ask of asks) byPanel.set(ask.panelId, [...(byPanel.get(ask.panelId) ?? []), ask]);
  const answered = await Promise.all(
    [...byPanel].map(async ([panelId, list]) => {
      const client = opened.find((o) => o.panel.id === panelId)!.client;
      const answer = await client.refills(list.map((a) => a.orderId));
      return list.map(({ orderKey, orderId }): AskResult => {
        const item = own(answer.items, orderId);
        const error: PanelError = answer.failures[0] ?? panelError('bad_response', say('errors_noAnswerForOrder'));
        const result: Result<{ refillId: string | null }> = item ?? { ok: false, error };
        return item ? { panelId, orderKey, result } : { panelId, orderKey, result, wholeCall: true };
      });
    }),
  );
  return answered.flat();
}

export async function runAutoRefill(deps: AutoRefillDeps = defaultAutoRefillDeps): Promise<AutoRefillRunSummary> {
  const now = deps.now();
  const [orders, settings, choices, tracker, opened] = await Promise.all([readAllOrders(), settingsItem.getValue(), autoRefillChoicesItem.getValue(), trackerStateItem.getValue(), deps.openPanels()]);
  const usable = opened.filter(({ panel }) => !own(tracker.panels, panel.id)?.pausedForAuth);
  const knobs = autoRefillSettings(settings.autoRefill, choices);

  // 1. Plan and write the plan, both inside the lock: two runs never plan the same ask.
  const asks = await withLock('autoRefill', async () => {
    const state = await autoRefillItem.getValue();
    const plan = planAutoRefills(askable(orders, new Set(usable.map((o) => o.panel.id))), knobs, state, now, { floorMs: AUTO_REFILL_FLOOR_MS });
    if (plan.state !== state) await autoRefillItem.setValue(plan.state);
    return plan.asks;
  });

  // 2. Send, then fold the answers in and record the accepted refills on their orders.
  let accepted = 0;
  if (asks.length) {
    const results = await sendAsks(asks, usable);
    const refillIds = new Map<string, string | null>();
    for (const { orderKey, result } of results) if (result.ok) refillIds.set(orderKey, result.value.refillId);
    accepted = refillIds.size;
    const stopped = await withLock('autoRefill', async () => {
      const state = await autoRefillItem.getValue();
      const update = applyAskResults(state, results, settings.autoRefill.stopAfterRejections, deps.now());
      if (update.state !== state) await autoRefillItem.setValue(update.state);
      return update.stopped;
    });
    await recordRefills(refillIds, now);
    // An ask the panel refused shows on the order page; only a panel that stopped is worth a notification here.
    const notices = autoRefillNotices([], stopped);
    if (notices.length && settings.notify.autoRefill) await deps.notifyAutoRefill(notices, opened.map((o) => o.panel));
  }

  // 3. Reminders (opt-in): the `reminded` list is written before the notification is shown.
  const groups = await withLock('autoRefill', async () => {
    const state = await autoRefillItem.getValue();
    const plan = planReminders(await readAllOrders(), settings.autoRefill, state.reminded, now);
    if (plan.reminded !== state.reminded) await autoRefillItem.setValue({ ...state, reminded: plan.reminded });
    return plan.groups;
  });
  if (groups.length) await deps.notifyReminders(groups, opened.map((o) => o.panel));
  return { asked: asks.length, accepted, reminded: groups.reduce((n, g) => n + g.orderKeys.length, 0) };
}

let running: Promise<AutoRefillRunSummary> | null = null;

/** One run at a time: an alarm landing during a run joins it. */
export function autoRefillOnce(deps?: AutoRefillDeps): Promise<AutoRefillRunSummary> {
  running ??= runAutoRefill(deps).finally(() => {
    running = null;
  });
  return running;
}
