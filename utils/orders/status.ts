/** What a status means for PanelPilot: finished or not, refill allowed, its label. */
import type { OrderStatus, RefillStatus } from '../panel-api/types';

const FINISHED_ORDER: ReadonlySet<OrderStatus> = new Set(['completed', 'partial', 'canceled', 'refunded', 'failed', 'expired']);
const FINISHED_REFILL: ReadonlySet<RefillStatus> = new Set(['completed', 'rejected', 'failed']);

/** Finished orders are no longer polled. `unknown` and `paused` are not finished: we keep asking. */
export const isOrderFinished = (status: OrderStatus): boolean => FINISHED_ORDER.has(status);
export const isRefillFinished = (status: RefillStatus): boolean => FINISHED_REFILL.has(status);

/** Refill is only offered on finished orders that delivered something. */
export const canRequestRefill = (status: OrderStatus): boolean => status === 'completed' || status === 'partial';

export const ORDER_STATUS_LABEL: Record<OrderStatus, string> = {
  pending: 'Pending',
  in_progress: 'In progress',
  processing: 'Processing',
  paused: 'Paused',
  completed: 'Completed',
  partial: 'Partial',
  canceled: 'Canceled',
  refunded: 'Refunded',
  failed: 'Failed',
  expired: 'Expired',
  unknown: 'Unknown',
};
