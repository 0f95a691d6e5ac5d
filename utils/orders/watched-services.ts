/**
 * The services whose catalog changes are worth listing: those the user ordered in the last
 * 90 days on that panel, and those pinned ("Pin service"). Everything else is only counted.
 */
import { DAY_MS } from './order-times';
import type { TrackedOrder } from './types';

export const WATCH_DAYS = 90;

export function watchedServices(orders: Iterable<TrackedOrder>, panelId: string, pinned: readonly string[], now: number): Set<string> {
  const watched = new Set(pinned);
  const since = now - WATCH_DAYS * DAY_MS;
  for (const order of orders) {
    if (order.panelId === panelId && order.service && order.createdAt >= since) watched.add(order.service.id);
  }
  return watched;
}
