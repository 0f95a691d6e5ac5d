/**
 * An order's refill window: from the moment it was seen completed (or partial) for as long as
 * its service's guarantee lasts; a lifetime guarantee has no end. Pure; `now` is passed in.
 * An order that completed before PanelPilot tracked it has no known start, so no window.
 */
import { parseGuarantee, type Guarantee } from '../catalog/guarantee';
import { t } from '../i18n/messages';
import { DAY_MS, orderTimes } from './order-times';
import type { TrackedOrder } from './types';

export type GuaranteeWindow =
  | { kind: 'dated'; from: number; until: number; days: number; auto: boolean }
  | { kind: 'lifetime'; from: number; auto: boolean }
  | { kind: 'none'; reason: string };

const parsed = new Map<string, Guarantee>();

/**
 * The guarantee of an order's service, as it was when ordered (the snapshot), read once per
 * distinct service: 10,000 orders share a few hundred services.
 */
export function guaranteeOfOrder(order: Pick<TrackedOrder, 'service'>): Guarantee {
  const service = order.service;
  if (!service) return { kind: 'unknown', refill: null, auto: false, matched: null, source: null };
  const key = `${service.refill}\u0000${service.name}\u0000${service.category}`;
  let guarantee = parsed.get(key);
  if (!guarantee) {
    guarantee = parseGuarantee(service);
    if (parsed.size > 20_000) parsed.clear();
    parsed.set(key, guarantee);
  }
  return guarantee;
}

export function guaranteeWindow(order: TrackedOrder, guarantee: Guarantee = guaranteeOfOrder(order)): GuaranteeWindow {
  if (guarantee.kind === 'none') return { kind: 'none', reason: t('orders_guaranteeNone') };
  if (guarantee.kind === 'unknown') {
    return { kind: 'none', reason: t(guarantee.refill ? 'orders_guaranteeNoLength' : 'orders_guaranteeUnstated') };
  }
  if (order.status !== 'completed' && order.status !== 'partial') return { kind: 'none', reason: t('orders_guaranteeStartsOnCompletion') };
  const from = orderTimes(order).deliveredAt;
  if (from === null) return { kind: 'none', reason: t('orders_guaranteeStartUnknown') };
  if (guarantee.kind === 'lifetime') return { kind: 'lifetime', from, auto: guarantee.auto };
  return { kind: 'dated', from, until: from + guarantee.days * DAY_MS, days: guarantee.days, auto: guarantee.auto };
}

export function isWindowOpen(window: GuaranteeWindow, now: number): boolean {
  if (window.kind === 'lifetime') return now >= window.from;
  return window.kind === 'dated' && now >= window.from && now < window.until;
}

/** Open now and closing within `withinMs` (a lifetime window never closes). */
export function isWindowClosingSoon(window: GuaranteeWindow, now: number, withinMs = 3 * DAY_MS): boolean {
  return window.kind === 'dated' && isWindowOpen(window, now) && window.until - now <= withinMs;
}

export const REFILL_WINDOW_FILTERS = ['open', 'closing'] as const;
export type RefillWindowFilter = (typeof REFILL_WINDOW_FILTERS)[number];

export const refillWindowFilterLabel = (filter: RefillWindowFilter): string => t(filter === 'open' ? 'orders_windowOpen' : 'orders_windowClosing');

/** The orders page's filters "Refill window open" and "Window closing in 3 days". */
export function matchesRefillWindow(order: TrackedOrder, filter: RefillWindowFilter, now: number): boolean {
  if (order.missing) return false;
  const window = guaranteeWindow(order);
  return filter === 'open' ? isWindowOpen(window, now) : isWindowClosingSoon(window, now);
}
