/**
 * What kind of order a tracked order is: a plain one, a drip-feed (quantity per run × runs)
 * or a subscription (posts, no fixed end). The panel's status answer says it when it lists
 * runs or posts; before that, the order as placed does (runs, the service type).
 */
import type { OrderKind, OrderProgress } from '../panel-api/types';
import type { OrderServiceSnapshot, TrackedOrder } from './types';

/** What the kind is read from: a full order or a popup row (utils/orders/live-orders.ts). */
type KindFields = Pick<TrackedOrder, 'runs'> & {
  service: Pick<OrderServiceSnapshot, 'type'> | null;
  progress?: Pick<OrderProgress, 'kind' | 'runsDone' | 'postsDone' | 'expiry'> | null;
};

export function orderKind(order: KindFields): OrderKind {
  if (order.progress) return order.progress.kind;
  if (order.service && order.service.type.trim().toLowerCase() === 'subscriptions') return 'subscription';
  if (order.runs !== null && order.runs > 0) return 'drip_feed';
  return 'order';
}

/** Units ordered in all: a drip-feed's quantity is per run (SmartPanel and Perfect Panel alike). */
export function orderedTotal(order: Pick<TrackedOrder, 'quantity' | 'runs'>): number | null {
  if (order.quantity === null) return null;
  return order.runs !== null && order.runs > 0 ? order.quantity * order.runs : order.quantity;
}

export const ORDER_KIND_LABEL: Record<OrderKind, string> = { order: 'Order', drip_feed: 'Drip-feed', subscription: 'Subscription' };

/**
 * Units delivered so far: ordered in all minus what the panel says remains. Over-delivery
 * (negative remains) counts in full; unknown remains is unknown.
 */
export function deliveredCount(order: Pick<TrackedOrder, 'quantity' | 'runs' | 'remains'>): number | null {
  const total = orderedTotal(order);
  if (total === null || order.remains === null) return null;
  return Math.max(0, total - order.remains);
}

/** "2 of 3 runs", "4 posts · until 31/12/2030": what a drip-feed or subscription has done, in words. */
export function progressWords<T extends KindFields>(order: T): string | null {
  const kind = orderKind(order);
  const p = order.progress;
  if (kind === 'drip_feed') {
    const done = p?.runsDone ?? null;
    if (done === null && order.runs === null) return null;
    return `${done ?? '?'} of ${order.runs ?? '?'} runs`;
  }
  if (kind === 'subscription') {
    const posts = p?.postsDone ?? null;
    const parts = [posts === null ? null : `${posts} post${posts === 1 ? '' : 's'}`, p?.expiry ? `until ${p.expiry}` : null].filter(Boolean);
    return parts.length ? parts.join(' · ') : null;
  }
  return null;
}
