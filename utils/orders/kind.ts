/**
 * What kind of order a tracked order is: a plain one, a drip-feed (quantity per run × runs)
 * or a subscription (posts, no fixed end). The panel's status answer says it when it lists
 * runs or posts; before that, the order as placed does (runs, the service type).
 */
import type { OrderKind, OrderProgress } from '../panel-api/types';
import type { OrderServiceSnapshot, TrackedOrder } from './types';
import { plural, t } from '../i18n/messages';

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

/**
 * Each kind's name in the reader's language. Getters, so the name is read when shown (the
 * language is loaded after this module), and the pages keep indexing it as a record.
 */
export const ORDER_KIND_LABEL: Readonly<Record<OrderKind, string>> = {
  get order() {
    return t('quickOrder_kindOrder');
  },
  // i18n-exempt: drip-feed is the panels' own word in every language (glossary)
  drip_feed: 'Drip-feed',
  get subscription() {
    return t('quickOrder_kindSubscription');
  },
};

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
    return t('quickOrder_runsProgress', done ?? '?', order.runs ?? '?');
  }
  if (kind === 'subscription') {
    const posts = p?.postsDone ?? null;
    const parts = [posts === null ? null : plural('quickOrder_posts', posts), p?.expiry ? t('quickOrder_until', p.expiry) : null].filter(Boolean);
    return parts.length ? parts.join(' · ') : null;
  }
  return null;
}
