/**
 * Panels spell statuses many ways ("In progress", "Inprogress", "in_progress", "Cancelled").
 * They are matched case- and space-insensitively into the closed sets of types.ts.
 * A word not listed here becomes `unknown`: shown verbatim, polled again, never guessed.
 * The tables are Maps: a panel's word is data, and "constructor" or "__proto__" must find
 * nothing (a plain object would hand back what every object inherits).
 */
import type { OrderStatus, RefillStatus } from './types';

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
