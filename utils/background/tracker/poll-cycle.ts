/**
 * One poll cycle, the thin shell around core.ts: read storage → ask each due panel for its
 * active orders and refills (≤ 100 ids per request) → apply → write once → notify → badge.
 *
 * If the worker is killed mid-cycle, nothing was written yet or everything was (orders and
 * tracker state go in one storage write): the next cycle asks again. The notified event ids
 * are written BEFORE notifications are raised: a kill between the two loses a notification
 * at worst, and never shows one twice.
 */
import { browser } from 'wxt/browser';
import { STOP_BATCHES } from '../../panel-api/client';
import { detached } from '../detached';
import type { PanelClient } from '../../panel-api/types';
import { openAllPanels, type PanelWithClient } from '../panel-client';
import type { Settings } from '../../settings';
import type { PanelProfile } from '../../panels/types';
import type { TrackedOrder } from '../../orders/types';
import type { TrackerState } from '../../tracker-state/types';
import { own } from '../../own';
import { withLock } from '../lock';
import { keyLockStatus } from '../key-vault';
import { recordBalance } from '../panels';
import { autoRefillItem, balancesItem, liveOrdersItem, notificationListsItem, ordersItem, panelsItem, readLocalItems, settingsItem, trackerStateItem, unconfirmedItem } from '../../storage';
import { watchOrdersWrites, writeOrders, writeStorage, type StorageWrite } from '../orders-store';
import { backoffBaseFor, isDue } from './backoff';
import { applyCycle, pollPlan, type CycleResult, type PanelAnswers } from './core';
import type { TrackerEvent } from './events';
import { lowBalanceCheck } from './low-balance';
import { planNotifications, showNotifications, type PlannedNotification } from './notifications';
import { badgeView, showBadge } from './badge';
import { popupViewOrders } from '../../orders/live-orders';
import { languageReady } from '../../i18n/worker-language';
import { autoRefillStep, tellAutoRefill, type AutoRefillStep } from './auto-refill-cycle';

/** Balances of panels with a low-balance warning are re-read at most this often. */
export const BALANCE_REFRESH_MS = 10 * 60_000;

export interface CycleDeps {
  openPanels: () => Promise<PanelWithClient[]>;
  now: () => number;
  /** Shows planned notifications (their lists are already stored). */
  notify: (notes: readonly PlannedNotification[]) => Promise<void>;
}

export const defaultCycleDeps: CycleDeps = { openPanels: openAllPanels, now: () => Date.now(), notify: showNotifications };

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

/**
 * The badge, from the popup's view (every active order in a few KB, where `orders` may be
 * megabytes). `written`: the view a storage write just brought (its change event's value),
 * so a write of 10,000 rows is not read and copied back a second time to count them.
 */
export async function refreshBadge(written?: unknown): Promise<void> {
  // Shaped by its check; a repair of a bad value is the repair watch's (storage-repair.ts).
  const view = written === undefined || written === null ? liveOrdersItem.getValue() : liveOrdersItem.check(written).value;
  // Every order only until the background first wrote the view.
  const [live, unconfirmed, state, panels, lock] = await Promise.all([view, unconfirmedItem.getValue(), trackerStateItem.getValue(), panelsItem.getValue(), keyLockStatus(), languageReady()]);
  const orders = live ? popupViewOrders(live) : await ordersItem.getValue();
  await showBadge(badgeView(orders, unconfirmed, state, panels, lock.locked));
}

/** What the badge is drawn from (badge.ts). */
const BADGE_KEYS = ['liveOrders', 'unconfirmed', 'tracker', 'panels'];

/**
 * Redraws the badge after each storage write that changes what it shows (registered at worker
 * start). The slice, not `orders`: it is what the badge reads. One redraw per write however
 * many of these keys it holds, and no deep comparison of 10,000 orders per key (WXT's watch).
 * A write that brought the slice is drawn from the slice it brought: redraws queue on the
 * lock in the order of the writes, so the last one drawn is the newest write (or a later read).
 */
export function watchBadge(): void {
  browser.storage.local.onChanged.addListener((changes) => {
    if (!BADGE_KEYS.some((key) => Object.hasOwn(changes, key))) return;
    const view = Object.hasOwn(changes, 'liveOrders') ? (changes.liveOrders as { newValue?: unknown }).newValue : undefined;
    detached('the badge', withLock('badge', () => refreshBadge(view)));
  });
}

export interface CycleOptions {
  /** Ask even panels that are backing off (the user pressed "Check now"). */
  force?: boolean;
  /** Only these order keys (a selection on the orders page). */
  keys?: readonly string[];
}

interface Applied {
  result: CycleResult;
  /** Something was stored. */
  wrote: boolean;
  notes: PlannedNotification[];
  autoRefill: AutoRefillStep | null;
}

/**
 * Inside the tracker and orders locks: the answers applied to the orders as stored NOW (an
 * order placed while the panels were answering is kept; `first` is reused when nothing wrote
 * the orders since it was read), notifications planned, and ONE storage write: orders, their
 * popup slice, tracker state (the notified ids), auto-refill's state and the lists behind long
 * notification targets. A worker killed mid-cycle leaves all of it as it was or all updated,
 * and the notified ids are stored before any notification is shown (a kill loses one at
 * worst, never shows one twice).
 */
function applyAndWrite(first: Record<string, TrackedOrder>, writes: { written(): boolean }, answers: PanelAnswers[], settings: Settings, panels: PanelProfile[], now: number): Promise<Applied> {
  return withLock('tracker', () =>
    withLock('orders', async () => {
      const fresh = writes.written();
      const [current, state] = (await readLocalItems(fresh ? [ordersItem, trackerStateItem] : [trackerStateItem])) as [Record<string, TrackedOrder>, TrackerState] | [TrackerState];
      const orders = fresh ? (current as Record<string, TrackedOrder>) : first;
      const currentState = (fresh ? state : current) as TrackerState;
      const result = applyCycle(orders, answers, currentState, now, { backoffBaseMs: backoffBaseFor(settings.pollIntervalSec) });
      return withLock('autoRefill', async () => {
        const autoRefill = await autoRefillStep(result.events, settings, now);
        const plan = await planNotifications(autoRefill ? autoRefill.other : result.events, { settings, panels, orders: result.orders }, () => notificationListsItem.getValue());
        const others: StorageWrite[] = [
          ...(result.state !== currentState ? [{ item: trackerStateItem, value: result.state }] : []),
          ...(autoRefill && autoRefill.state !== autoRefill.before ? [{ item: autoRefillItem, value: autoRefill.state }] : []),
          ...(plan.lists ? [{ item: notificationListsItem, value: plan.lists }] : []),
        ];
        if (result.orders !== orders) await writeOrders(result.orders, others);
        else if (others.length) await writeStorage(others);
        return { result, wrote: result.orders !== orders || others.length > 0, notes: plan.notes, autoRefill };
      });
    }),
  );
}

async function runPollCycle(options: CycleOptions, deps: CycleDeps): Promise<CycleSummary> {
  const now = deps.now();
  // Watched from before the read: any write of the orders after it makes the apply read them again.
  const writes = watchOrdersWrites();
  try {
    const [orders, state, settings] = (await readLocalItems([ordersItem, trackerStateItem, settingsItem])) as [Record<string, TrackedOrder>, TrackerState, Settings];
    const plan = pollPlan(orders, options.keys ? new Set(options.keys) : undefined);
    const opened = await deps.openPanels();
    const due = opened.filter(({ panel }) => plan.has(panel.id) && isDue(own(state.panels, panel.id), now, options.force));

    // Panels are different hosts with their own rate limits: ask them in parallel; each
    // panel's batches go one after another inside the client.
    const answers = await Promise.all(due.map(({ panel, client }) => askPanel(panel.id, client, plan.get(panel.id)!)));
    const panels = opened.map((o) => o.panel);
    const applied = await applyAndWrite(orders, writes, answers, settings, panels, now);
    writes.stop();

    // Orders first: a slow balance call must not hold back "your orders are done".
    await tellAutoRefill(applied.autoRefill, { settings, panels });
    if (applied.notes.length) await deps.notify(applied.notes);
    // The badge: its watch redraws it from the write above (watchBadge), once, under its lock.
    await refreshWatchedBalances(opened, now);
    const lowBalance = await checkLowBalances(now);
    if (lowBalance.length) await deps.notify((await planNotifications(lowBalance, { settings, panels, orders: applied.result.orders }, () => notificationListsItem.getValue())).notes);
    return {
      checked: due.reduce((n, { panel }) => n + (plan.get(panel.id)?.orderIds.length ?? 0), 0),
      changed: applied.result.changed,
      errors: answers.filter((a) => (a.statuses?.failures.length ?? 0) + (a.refills?.failures.length ?? 0) > 0).length,
      calls: answers.reduce((n, a) => n + a.calls, 0),
    };
  } finally {
    writes.stop();
  }
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
