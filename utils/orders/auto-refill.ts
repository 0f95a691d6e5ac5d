/**
 * Auto-refill's planner, a pure function like the tracker core: orders + settings + state +
 * now → which refills to ask for now, and the new state. The worker writes that state BEFORE
 * it sends the asks: a worker killed mid-send then never asks twice, it at worst skips one
 * interval. Nothing to ask gives back the very same state object, so nothing is written.
 *
 * Never for: orders whose window is closed or unknown, services without a stated guarantee
 * or whose refill the panel's API does not offer, panels stopped after rejections in a row.
 * Never twice within the interval (counted from completion, from auto asks and from the
 * user's own refills), never above the panel's cap in any 24 hours.
 */
import type { Guarantee } from '../catalog/guarantee';
import { t } from '../i18n/messages';
import { autoRefillChoice, refillIntervalMs, type AutoRefillSettings } from './auto-refill-settings';
import { guaranteeOfOrder, guaranteeWindow } from './guarantee-window';
import { DAY_MS } from './order-times';
import type { TrackedOrder } from './types';
import { activeRefills } from './active-refills';
import { panelRefillState, type AutoRefillState, type PanelRefillState } from '../tracker-state/auto-refill-state';


export interface AutoRefillOptions {
  /** The shortest interval allowed: 24 h in the product, shorter in the e2e build. */
  floorMs?: number;
  guaranteeOf?: (order: TrackedOrder) => Guarantee;
}

export type AutoRefillStatus =
  | { kind: 'off' }
  /** Never asked (now): the reason is shown beside the order. */
  | { kind: 'blocked'; reason: string }
  /** Asked at `dueAt` at the earliest (null: when the running refill ends). */
  | { kind: 'waiting'; reason: string; dueAt: number | null }
  /** `since`: the last ask, or the completion: who waited longest is asked first. */
  | { kind: 'due'; until: number | null; since: number };

function lastAskOf(order: TrackedOrder, state: AutoRefillState): number | null {
  let last = Object.hasOwn(state.lastAsk, order.key) ? state.lastAsk[order.key]! : null;
  for (const refill of order.refills) if (last === null || refill.requestedAt > last) last = refill.requestedAt;
  return last;
}

/** Where auto-refill stands for one order (the daily cap aside: that is per panel). */
export function autoRefillStatus(order: TrackedOrder, settings: AutoRefillSettings, state: AutoRefillState, now: number, options: AutoRefillOptions = {}): AutoRefillStatus {
  if (!autoRefillChoice(settings, order).on) return { kind: 'off' };
  if (order.missing) return { kind: 'blocked', reason: t('orders_unknownOrderId') };
  if (order.service?.refill === false) return { kind: 'blocked', reason: t('orders_apiNoRefill') };
  const window = guaranteeWindow(order, (options.guaranteeOf ?? guaranteeOfOrder)(order));
  if (window.kind === 'none') return { kind: 'blocked', reason: window.reason };
  if (now < window.from) return { kind: 'waiting', reason: t('orders_guaranteeNotStarted'), dueAt: window.from };
  if (window.kind === 'dated' && now >= window.until) return { kind: 'blocked', reason: t('orders_guaranteeEnded') };
  const panel = panelRefillState(state, order.panelId);
  if (panel.stopped) return { kind: 'blocked', reason: panel.stopped.reason };
  if (activeRefills(order).length > 0) return { kind: 'waiting', reason: t('orders_refillRunning'), dueAt: null };
  const interval = refillIntervalMs(settings, panel.limitMs, options.floorMs);
  const since = Math.max(window.from, lastAskOf(order, state) ?? window.from);
  if (now < since + interval) return { kind: 'waiting', reason: t('orders_waitingInterval'), dueAt: since + interval };
  return { kind: 'due', until: window.kind === 'dated' ? window.until : null, since };
}

export interface RefillAsk {
  panelId: string;
  orderKey: string;
  orderId: string;
}

export interface AutoRefillPlan {
  asks: RefillAsk[];
  state: AutoRefillState;
}

/** Asks of the last 24 hours at `now` (the daily cap's window slides). */
export const asksInLastDay = (panel: PanelRefillState, now: number): number[] => panel.asks.filter((at) => at > now - DAY_MS && at <= now);

export function planAutoRefills(
  orders: Record<string, TrackedOrder>,
  settings: AutoRefillSettings,
  state: AutoRefillState,
  now: number,
  options: AutoRefillOptions = {},
): AutoRefillPlan {
  const due = new Map<string, { order: TrackedOrder; until: number; since: number }[]>();
  for (const order of Object.values(orders)) {
    const status = autoRefillStatus(order, settings, state, now, options);
    if (status.kind !== 'due') continue;
    const list = due.get(order.panelId) ?? [];
    list.push({ order, until: status.until ?? Infinity, since: status.since });
    due.set(order.panelId, list);
  }
  const asks: RefillAsk[] = [];
  let panels = state.panels;
  let lastAsk = state.lastAsk;
  for (const [panelId, list] of due) {
    const panel = panelRefillState(state, panelId);
    const recent = asksInLastDay(panel, now);
    const room = Math.max(0, Math.floor(settings.dailyCapPerPanel) - recent.length);
    if (room === 0) continue;
    // Under the cap, the order that waited longest goes first, then the window closing first.
    list.sort((a, b) => a.since - b.since || a.until - b.until || (a.order.key < b.order.key ? -1 : 1));
    const chosen = list.slice(0, room);
    if (panels === state.panels) panels = { ...state.panels };
    if (lastAsk === state.lastAsk) lastAsk = pruneLastAsk(state.lastAsk, orders);
    panels[panelId] = { ...panel, asks: [...recent, ...chosen.map(() => now)] };
    for (const { order } of chosen) {
      lastAsk[order.key] = now;
      asks.push({ panelId, orderKey: order.key, orderId: order.orderId });
    }
  }
  if (asks.length === 0) return { asks, state };
  return { asks, state: { ...state, panels, lastAsk } };
}

/** A copy without the orders no longer tracked (done only when the state is written anyway). */
function pruneLastAsk(lastAsk: Record<string, number>, orders: Record<string, TrackedOrder>): Record<string, number> {
  const kept: Record<string, number> = {};
  for (const [key, at] of Object.entries(lastAsk)) if (Object.hasOwn(orders, key)) kept[key] = at;
  return kept;
}
