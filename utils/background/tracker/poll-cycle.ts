/**
 * One poll cycle, the thin shell around core.ts: read storage → ask each due panel for its
 * active orders and refills (≤ 100 ids per request) → apply → write once → notify → badge.
 *
 * If the worker is killed mid-cycle, nothing was written yet or everything was (orders and
 * tracker state go in one storage write): the next cycle asks again. The notified event ids
 * are written BEFORE notifications are raised: a kill between the two loses a notification
 * at worst, and never shows one twice.
 */
import { STOP_BATCHES } from '../../panel-api/client';
import type { PanelClient } from '../../panel-api/types';
import { openAllPanels, type PanelWithClient } from '../panel-client';
import { storage } from 'wxt/utils/storage';
import { own } from '../../own';
import { withLock } from '../lock';
import { keyLockStatus } from '../key-vault';
import { recordBalance } from '../panels';
import { balancesItem, liveOrdersItem, ordersItem, panelsItem, settingsItem, trackerStateItem, unconfirmedItem } from '../../storage';
import { backoffBaseFor, isDue } from './backoff';
import { applyCycle, pollPlan, type PanelAnswers } from './core';
import type { TrackerEvent } from './events';
import { lowBalanceCheck } from './low-balance';
import { notifyEvents } from './notifications';
import { badgeView, showBadge } from './badge';
import { popupViewOrders } from '../../orders/live-orders';
import { languageReady } from '../../i18n/worker-language';
import { followAutoRefills } from './auto-refill-cycle';

/** Balances of panels with a low-balance warning are re-read at most this often. */
export const BALANCE_REFRESH_MS = 10 * 60_000;

export interface CycleDeps {
  openPanels: () => Promise<PanelWithClient[]>;
  now: () => number;
  notify: typeof notifyEvents;
}

export const defaultCycleDeps: CycleDeps = { openPanels: openAllPanels, now: () => Date.now(), notify: notifyEvents };

export interface CycleSummary {
  checked: number;
  changed: number;
  errors: number;
  calls: number;
}

async function askPanel(panelId: string, client: PanelClient, plan: { orderIds: string[]; refillIds: string[] }): Promise<PanelAnswers & { calls: number }> {
  const statuses = plan.orderIds.length ? await client.statuses(plan.orderIds) : null;
  // After a refused key, a rate limit or no answer at all, do not spend another request on refills.
  const stop = statuses?.failures.some((f) => STOP_BATCHES.has(f.kind));
  const refills = plan.refillIds.length && !stop ? await client.refillStatuses(plan.refillIds) : null;
  return { panelId, statuses, refills, calls: (statuses?.calls ?? 0) + (refills?.calls ?? 0) };
}

async function refreshWatchedBalances(opened: PanelWithClient[], now: number): Promise<void> {
  const [balances, state] = await Promise.all([balancesItem.getValue(), trackerStateItem.getValue()]);
  await Promise.all(
    opened
      // A panel paused for a rejected key is not called again until the user saves it.
      .filter(({ panel }) => !own(state.panels, panel.id)?.pausedForAuth)
      .filter(({ panel }) => panel.lowBalanceThreshold !== null && now - (own(balances, panel.id)?.last?.fetchedAt ?? 0) >= BALANCE_REFRESH_MS)
      .map(async ({ panel, client }) => recordBalance(panel.id, await client.balance(), now)),
  );
}

/** Runs the low-balance check against stored balances; returns its events. */
export async function checkLowBalances(now: number): Promise<TrackerEvent[]> {
  return withLock('tracker', async () => {
    const [panels, balances, state] = await Promise.all([panelsItem.getValue(), balancesItem.getValue(), trackerStateItem.getValue()]);
    const result = lowBalanceCheck(panels, balances, state, now);
    if (result.state !== state) await trackerStateItem.setValue(result.state);
    return result.events;
  });
}

export async function refreshBadge(): Promise<void> {
  // The popup's slice holds every active order (all the badge counts) in a few KB, where
  // `orders` may be megabytes; every order only until the background first wrote the slice.
  const [live, unconfirmed, state, panels, lock] = await Promise.all([liveOrdersItem.getValue(), unconfirmedItem.getValue(), trackerStateItem.getValue(), panelsItem.getValue(), keyLockStatus(), languageReady()]);
  const orders = live ? popupViewOrders(live) : await ordersItem.getValue();
  await showBadge(badgeView(orders, unconfirmed, state, panels, lock.locked));
}

export interface CycleOptions {
  /** Ask even panels that are backing off (the user pressed "Check now"). */
  force?: boolean;
  /** Only these order keys (a selection on the orders page). */
  keys?: readonly string[];
}

async function runPollCycle(options: CycleOptions, deps: CycleDeps): Promise<CycleSummary> {
  const now = deps.now();
  const [orders, state, settings] = await Promise.all([ordersItem.getValue(), trackerStateItem.getValue(), settingsItem.getValue()]);
  const plan = pollPlan(orders, options.keys ? new Set(options.keys) : undefined);
  const opened = await deps.openPanels();
  const due = opened.filter(({ panel }) => plan.has(panel.id) && isDue(own(state.panels, panel.id), now, options.force));

  // Panels are different hosts with their own rate limits: ask them in parallel; each
  // panel's batches go one after another inside the client.
  const answers = await Promise.all(due.map(({ panel, client }) => askPanel(panel.id, client, plan.get(panel.id)!)));

  const { events, changed, orders: nextOrders } = await withLock('tracker', () =>
    withLock('orders', async () => {
      // Applied to the orders as stored NOW (inside both locks), so an order placed while the
      // panels were answering is kept.
      const [current, currentState] = await Promise.all([ordersItem.getValue(), trackerStateItem.getValue()]);
      const result = applyCycle(current, answers, currentState, now, { backoffBaseMs: backoffBaseFor(settings.pollIntervalSec) });
      // One storage write for orders and tracker state together: a worker killed mid-cycle
      // leaves both as they were or both updated, never orders without their notified ids.
      const writes = [
        ...(result.orders !== current ? [{ item: ordersItem, value: result.orders }] : []),
        ...(result.state !== currentState ? [{ item: trackerStateItem, value: result.state }] : []),
      ];
      if (writes.length) await storage.setItems(writes);
      return result;
    }),
  );

  const context = { settings, panels: opened.map((o) => o.panel), orders: nextOrders };
  // Auto-refill's own refills are told by auto-refill (only what is worth reading).
  const told = await followAutoRefills(events, context, now);
  // Orders first: a slow balance call must not hold back "your orders are done".
  if (told.length) await deps.notify(told, context);
  await refreshBadge();
  await refreshWatchedBalances(opened, now);
  const lowBalance = await checkLowBalances(now);
  if (lowBalance.length) await deps.notify(lowBalance, context);
  return {
    checked: due.reduce((n, { panel }) => n + (plan.get(panel.id)?.orderIds.length ?? 0), 0),
    changed,
    errors: answers.filter((a) => (a.statuses?.failures.length ?? 0) + (a.refills?.failures.length ?? 0) > 0).length,
    calls: answers.reduce((n, a) => n + a.calls, 0),
  };
}

let inFlight: { promise: Promise<CycleSummary>; force: boolean; keys: ReadonlySet<string> | null } | null = null;

/**
 * A running cycle answers a call that asks no more than it does. A call for chosen orders
 * follows what the user just did (a cancel, a selection): it is never answered by a cycle that
 * may have asked the panel before that.
 */
function covers(running: { force: boolean; keys: ReadonlySet<string> | null }, options: CycleOptions): boolean {
  return options.keys === undefined && running.keys === null && (running.force || !options.force);
}

/**
 * The one entrance to the poll cycle (alarm, "Check now", the orders page's checks, unlocking).
 * One cycle at a time: a call that the running cycle covers joins it (an alarm during "Check
 * now"); any other runs right after it ("Check now" during a plain cycle, so panels in backoff
 * are asked too). Cycles never overlap, so two never apply answers to the same orders at once.
 */
export function pollOnce(options: CycleOptions = {}, deps: CycleDeps = defaultCycleDeps): Promise<CycleSummary> {
  if (inFlight && covers(inFlight, options)) return inFlight.promise;
  const previous = inFlight?.promise.catch(() => undefined) ?? Promise.resolve();
  const current = {
    force: options.force === true,
    keys: options.keys ? new Set(options.keys) : null,
    promise: previous
      .then(() => runPollCycle(options, deps))
      .finally(() => {
        if (inFlight === current) inFlight = null;
      }),
  };
  inFlight = current;
  return current.promise;
}
