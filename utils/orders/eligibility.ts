/**
 * Which actions an order allows, with the reason when it does not. Services whose catalog
 * did not say (older panels, imported orders) are "unknown", not "no": the panel decides.
 */
import { canRequestRefill, isOrderFinished } from './status';
import type { TrackedOrder } from './types';

export type Eligibility = { ok: true } | { ok: false; reason: string };

const yes: Eligibility = { ok: true };

export function refillEligibility(order: TrackedOrder): Eligibility {
  if (order.missing) return { ok: false, reason: 'The panel does not know this order id.' };
  if (order.service?.refill === false) return { ok: false, reason: 'This service does not offer refills.' };
  if (!canRequestRefill(order.status)) return { ok: false, reason: 'Refill is only possible once an order is completed or partial.' };
  return yes;
}

export function cancelEligibility(order: TrackedOrder): Eligibility {
  if (order.missing) return { ok: false, reason: 'The panel does not know this order id.' };
  if (order.service?.cancel === false) return { ok: false, reason: 'This service does not allow cancelling.' };
  if (isOrderFinished(order.status)) return { ok: false, reason: 'Only orders that are not finished can be cancelled.' };
  return yes;
}

export interface SelectionEligibility {
  eligible: TrackedOrder[];
  /** Why nothing is eligible, when nothing is; null when some orders are. */
  reason: string | null;
}

/** Splits a selection into the orders an action applies to, and says why when none do. */
export function eligibleFor(orders: readonly TrackedOrder[], check: (o: TrackedOrder) => Eligibility, action: string): SelectionEligibility {
  if (orders.length === 0) return { eligible: [], reason: `Select orders to ${action}.` };
  const eligible = orders.filter((o) => check(o).ok);
  if (eligible.length > 0) return { eligible, reason: null };
  const first = check(orders[0]!);
  const why = first.ok ? '' : first.reason;
  return { eligible, reason: orders.length === 1 ? why : `None of the selected orders can ${action}: ${why}` };
}
