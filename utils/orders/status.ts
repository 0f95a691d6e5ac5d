/**
 * Panels spell statuses many ways ("In progress", "Inprogress", "in_progress", "Cancelled").
 * They are matched case- and space-insensitively into the closed sets of panel-api/types.ts.
 * A word not listed here becomes `unknown`: shown verbatim, polled again, never guessed.
 * The tables are Maps: a panel's word is data, and "constructor" or "__proto__" must find
 * nothing (a plain object would hand back what every object inherits).
 */
import type { OrderStatus, RefillStatus } from '../panel-api/types';

const squash = (word: string): string => word.toLowerCase().replace(/[\s_-]+/g, '');

const ORDER_WORDS: ReadonlyMap<string, OrderStatus> = new Map([
  ['pending', 'pending'],
  ['awaiting', 'pending'], // subscriptions waiting for the first post
  ['inprogress', 'in_progress'],
  ['active', 'in_progress'], // subscriptions and some clones
  ['processing', 'processing'],
  ['completed', 'completed'],
  ['complete', 'completed'],
  // Subscriptions: on hold (not finished, still polled) and run out (finished, not "completed").
  ['paused', 'paused'],
  ['expired', 'expired'],
  ['partial', 'partial'],
  ['canceled', 'canceled'],
  ['cancelled', 'canceled'],
  ['refunded', 'refunded'],
  ['error', 'failed'],
  ['fail', 'failed'],
  ['failed', 'failed'],
  ['rejected', 'failed'], // the panel refused the order after taking it
]);

const REFILL_WORDS: ReadonlyMap<string, RefillStatus> = new Map([
  ['pending', 'pending'],
  ['awaiting', 'pending'],
  ['inprogress', 'in_progress'],
  ['processing', 'in_progress'],
  ['completed', 'completed'],
  ['complete', 'completed'],
  ['rejected', 'rejected'],
  ['error', 'failed'],
  ['failed', 'failed'],
  ['fail', 'failed'],
  ['canceled', 'rejected'],
  ['cancelled', 'rejected'],
]);

export function orderStatusFromWord(word: string): OrderStatus {
  return ORDER_WORDS.get(squash(word)) ?? 'unknown';
}

export function refillStatusFromWord(word: string): RefillStatus {
  return REFILL_WORDS.get(squash(word)) ?? 'unknown';
}

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
