/**
 * What the popup lists of the orders: every active one and each panel's latest finished
 * ones. Kept as its own stored record (`local:liveOrders`, written by the background) so the
 * popup reads a few hundred orders, not a power user's 10,000 with their histories.
 */
import { isOrderFinished } from './status';
import type { TrackedOrder } from './types';

/** How many finished orders per panel the popup shows under "Recently finished". */
export const RECENT_FINISHED = 10;

/** Newest first: active orders by when they were placed. */
export const byNewest = (a: TrackedOrder, b: TrackedOrder): number => b.createdAt - a.createdAt;

/** Finished orders by when PanelPilot last heard of them (≈ when they finished). */
export const byRecentlyFinished = (a: TrackedOrder, b: TrackedOrder): number => (b.lastCheckedAt ?? b.createdAt) - (a.lastCheckedAt ?? a.createdAt);

export function liveOrdersOf(orders: Record<string, TrackedOrder>): Record<string, TrackedOrder> {
  const live: TrackedOrder[] = [];
  const finishedByPanel = new Map<string, TrackedOrder[]>();
  for (const order of Object.values(orders)) {
    if (!isOrderFinished(order.status)) {
      live.push(order);
      continue;
    }
    const finished = finishedByPanel.get(order.panelId);
    if (finished) finished.push(order);
    else finishedByPanel.set(order.panelId, [order]);
  }
  for (const finished of finishedByPanel.values()) live.push(...finished.sort(byRecentlyFinished).slice(0, RECENT_FINISHED));
  return Object.fromEntries(live.map((o) => [o.key, o]));
}
