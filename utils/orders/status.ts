/**
 * Panels spell statuses many ways ("In progress", "Inprogress", "in_progress", "Cancelled").
 * They are matched case- and space-insensitively into the closed sets of panel-api/types.ts.
 * A word not listed here becomes `unknown`: shown verbatim, polled again, never guessed.
 */
import type { OrderStatus, RefillStatus } from '../panel-api/types';

const squash = (word: string): string => word.toLowerCase().replace(/[\s_-]+/g, '');

const ORDER_WORDS: Record<string, OrderStatus> = {
  pending: 'pending',
  awaiting: 'pending', // subscriptions waiting for the first post
  paused: 'pending', // subscriptions on hold: not finished
  inprogress: 'in_progress',
  active: 'in_progress', // subscriptions and some clones
  processing: 'processing',
  completed: 'completed',
  complete: 'completed',
  expired: 'completed', // a subscription that ran its course
  partial: 'partial',
  canceled: 'canceled',
  cancelled: 'canceled',
  refunded: 'refunded',
  error: 'failed',
  fail: 'failed',
  failed: 'failed',
};

const REFILL_WORDS: Record<string, RefillStatus> = {
  pending: 'pending',
  awaiting: 'pending',
  inprogress: 'in_progress',
  processing: 'in_progress',
  completed: 'completed',
  complete: 'completed',
  rejected: 'rejected',
  error: 'failed',
  failed: 'failed',
  fail: 'failed',
  canceled: 'rejected',
  cancelled: 'rejected',
};

export function orderStatusFromWord(word: string): OrderStatus {
  return ORDER_WORDS[squash(word)] ?? 'unknown';
}

export function refillStatusFromWord(word: string): RefillStatus {
  return REFILL_WORDS[squash(word)] ?? 'unknown';
}

const FINISHED_ORDER: ReadonlySet<OrderStatus> = new Set(['completed', 'partial', 'canceled', 'refunded', 'failed']);
const FINISHED_REFILL: ReadonlySet<RefillStatus> = new Set(['completed', 'rejected', 'failed']);

/** Finished orders are no longer polled. `unknown` is not finished: we keep asking. */
export const isOrderFinished = (status: OrderStatus): boolean => FINISHED_ORDER.has(status);
export const isRefillFinished = (status: RefillStatus): boolean => FINISHED_REFILL.has(status);

/** Refill is only offered on finished orders that delivered something. */
export const canRequestRefill = (status: OrderStatus): boolean => status === 'completed' || status === 'partial';

export const ORDER_STATUS_LABEL: Record<OrderStatus, string> = {
  pending: 'Pending',
  in_progress: 'In progress',
  processing: 'Processing',
  completed: 'Completed',
  partial: 'Partial',
  canceled: 'Canceled',
  refunded: 'Refunded',
  failed: 'Failed',
  unknown: 'Unknown',
};
