/**
 * Which actions an order allows, with the reason when it does not. Services whose catalog
 * did not say (older panels, imported orders) are "unknown", not "no": the panel decides.
 */
import { t } from '../i18n/messages';
import { canRequestRefill, isOrderFinished } from './status';
import type { TrackedOrder } from './types';

export type Eligibility = { ok: true } | { ok: false; reason: string };

const yes: Eligibility = { ok: true };

export function refillEligibility(order: TrackedOrder): Eligibility {
  if (order.missing) return { ok: false, reason: t('orders_unknownOrderId') };
  if (order.service?.refill === false) return { ok: false, reason: t('orders_serviceNoRefill') };
  if (!canRequestRefill(order.status)) return { ok: false, reason: t('orders_refillOnlyFinished') };
  return yes;
}

export function cancelEligibility(order: TrackedOrder): Eligibility {
  if (order.missing) return { ok: false, reason: t('orders_unknownOrderId') };
  if (order.service?.cancel === false) return { ok: false, reason: t('orders_serviceNoCancel') };
  if (isOrderFinished(order.status)) return { ok: false, reason: t('orders_cancelOnlyUnfinished') };
  return yes;
}

export interface SelectionEligibility {
  eligible: TrackedOrder[];
  /** Why nothing is eligible, when nothing is; null when some orders are. */
  reason: string | null;
}

export type BulkAction = 'refill' | 'cancel';

/** Splits a selection into the orders an action applies to, and says why when none do. */
export function eligibleFor(orders: readonly TrackedOrder[], check: (o: TrackedOrder) => Eligibility, action: BulkAction): SelectionEligibility {
  if (orders.length === 0) return { eligible: [], reason: t(action === 'refill' ? 'orders_selectToRefill' : 'orders_selectToCancel') };
  const eligible = orders.filter((o) => check(o).ok);
  if (eligible.length > 0) return { eligible, reason: null };
  const first = check(orders[0]!);
  const why = first.ok ? '' : first.reason;
  return { eligible, reason: orders.length === 1 ? why : t(action === 'refill' ? 'orders_noneCanRefill' : 'orders_noneCanCancel', why) };
}
