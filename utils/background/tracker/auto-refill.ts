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
import type { Guarantee } from '../../catalog/guarantee';
import { autoRefillChoice, refillIntervalMs, type AutoRefillSettings } from '../../orders/auto-refill-settings';
import { guaranteeOfOrder, guaranteeWindow } from '../../orders/guarantee-window';
import { DAY_MS } from '../../orders/order-times';
import type { TrackedOrder } from '../../orders/types';
import { activeRefills } from './core';

export interface PanelRefillState {
  /** When each auto ask of the last 24 hours was made (the daily cap counts these). */
  asks: number[];
  /** Refills rejected (or failed) in a row, asks the panel refused included; a completed refill resets it. */
  rejectedInRow: number;
  lastRejection: string | null;
  /** Set when rejections reached the limit: nothing is asked until the user resumes. */
  stopped: { at: number; reason: string } | null;
  /** The panel's own minimum time between refills, when one of its answers stated it. */
  limitMs: number | null;
}

export interface AutoRefillState {
  /** order key → when auto-refill last asked for it. */
  lastAsk: Record<string, number>;
  /** `${orderKey}|${refillId}` of the refills auto-refill asked for (newest last, capped). */
  autoRefills: string[];
  panels: Record<string, PanelRefillState>;
  /** Order keys already reminded that their window closes (once per order). */
  reminded: string[];
}

export const EMPTY_AUTO_REFILL_STATE: AutoRefillState = { lastAsk: {}, autoRefills: [], panels: {}, reminded: [] };
export const FRESH_PANEL_REFILL_STATE: PanelRefillState = { asks: [], rejectedInRow: 0, lastRejection: null, stopped: null, limitMs: null };

export const panelRefillState = (state: AutoRefillState, panelId: string): PanelRefillState =>
  Object.hasOwn(state.panels, panelId) ? state.panels[panelId]! : FRESH_PANEL_REFILL_STATE;

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
  if (order.missing) return { kind: 'blocked', reason: 'The panel does not know this order id.' };
  if (order.service?.refill === false) return { kind: 'blocked', reason: 'The panel’s API offers no refill for this service.' };
  const window = guaranteeWindow(order, (options.guaranteeOf ?? guaranteeOfOrder)(order));
  if (window.kind === 'none') return { kind: 'blocked', reason: window.reason };
  if (now < window.from) return { kind: 'waiting', reason: 'The guarantee has not started yet.', dueAt: window.from };
  if (window.kind === 'dated' && now >= window.until) return { kind: 'blocked', reason: 'The refill guarantee has ended.' };
  const panel = panelRefillState(state, order.panelId);
  if (panel.stopped) return { kind: 'blocked', reason: panel.stopped.reason };
  if (activeRefills(order).length > 0) return { kind: 'waiting', reason: 'A refill is still running.', dueAt: null };
  const interval = refillIntervalMs(settings, panel.limitMs, options.floorMs);
  const since = Math.max(window.from, lastAskOf(order, state) ?? window.from);
  if (now < since + interval) return { kind: 'waiting', reason: 'Waiting for the interval between refills.', dueAt: since + interval };
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
