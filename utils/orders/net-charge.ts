/**
 * What an order really cost and delivered, after refunds. A partial order is refunded pro
 * rata: charge × (1 − remains/quantity). A canceled, refunded or failed order costs 0 (the
 * panel refunds it), or — for panels that keep part of it — its reported charge. Exact money.
 * One rule, used by the service record and by spending.
 */
import { big, type Money } from '../money';
import type { TrackedOrder } from './types';

export type CanceledCharge = 'zero' | 'reported';

export interface NetCharge {
  amount: Money;
  currency: string | null;
  /** From PanelPilot's estimate, or a partial order whose refund cannot be computed. */
  estimated: boolean;
}

type Costed = Pick<TrackedOrder, 'status' | 'charge' | 'estimatedCharge' | 'currency' | 'quantity' | 'remains'>;

const REFUNDED = new Set(['canceled', 'refunded', 'failed']);

export function netCharge(order: Costed, canceled: CanceledCharge = 'zero'): NetCharge | null {
  const charge = order.charge ?? order.estimatedCharge;
  if (charge === null) return null;
  const estimated = order.charge === null;
  if (REFUNDED.has(order.status)) return canceled === 'zero' ? { amount: '0', currency: order.currency, estimated: false } : { amount: charge, currency: order.currency, estimated };
  if (order.status === 'partial') {
    const delivered = deliveredUnits(order);
    if (delivered === null || !order.quantity) return { amount: charge, currency: order.currency, estimated: true };
    return { amount: big(charge).times(delivered).div(order.quantity).toString(), currency: order.currency, estimated };
  }
  return { amount: charge, currency: order.currency, estimated };
}

/**
 * Units delivered by a finished order: quantity − remains (a "completed" order that reports
 * remains delivered less). Null when unknown or not finished; 0 for canceled/refunded/failed.
 */
export function deliveredUnits(order: Pick<TrackedOrder, 'status' | 'quantity' | 'remains'>): number | null {
  if (REFUNDED.has(order.status)) return 0;
  if (order.status !== 'completed' && order.status !== 'partial') return null;
  if (order.quantity === null) return null;
  if (order.remains === null) return order.status === 'completed' ? order.quantity : null;
  return Math.min(order.quantity, Math.max(0, order.quantity - order.remains));
}
