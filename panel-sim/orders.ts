/**
 * Orders and refills on the simulated panel. Status is a function of simulated time and the
 * order's fate, so tests control outcomes through the link (`pp-fate=partial` …) and the clock.
 */
export type Fate = 'completed' | 'partial' | 'canceled' | 'refunded' | 'fail' | 'stuck';

export const PENDING_MS = 30_000;
export const RUNNING_MS = 120_000;
export const REFILL_PENDING_MS = 20_000;
export const REFILL_RUNNING_MS = 40_000;

export interface SimOrder {
  id: string;
  serviceId: string;
  link: string;
  quantity: number;
  charge: bigint;
  createdAt: number;
  fate: Fate;
  startCount: number;
  /** Set by cancel or by a control patch: overrides the time-based status. */
  override: { status: string; remains: number; startCount?: number } | null;
  /** True once a refund for a final status was paid back into the balance. */
  settled: boolean;
}

export interface SimRefill {
  id: string;
  orderId: string;
  createdAt: number;
  rejected: boolean;
}

export function fateFromLink(link: string): Fate {
  const match = /pp-fate=([a-z-]+)/.exec(link);
  const fate = match?.[1];
  return fate === 'partial' || fate === 'canceled' || fate === 'refunded' || fate === 'fail' || fate === 'stuck' ? fate : 'completed';
}

const FINAL_WORD: Record<Exclude<Fate, 'stuck'>, string> = {
  completed: 'Completed',
  partial: 'Partial',
  canceled: 'Canceled',
  refunded: 'Refunded',
  fail: 'Fail',
};

export interface OrderView {
  status: string;
  remains: number;
  startCount: number;
}

export function orderView(order: SimOrder, now: number): OrderView {
  if (order.override) {
    return { status: order.override.status, remains: order.override.remains, startCount: order.override.startCount ?? order.startCount };
  }
  const elapsed = now - order.createdAt;
  if (elapsed < PENDING_MS) return { status: 'Pending', remains: order.quantity, startCount: 0 };
  if (elapsed < PENDING_MS + RUNNING_MS || order.fate === 'stuck') {
    const done = order.fate === 'stuck' ? 0.5 : (elapsed - PENDING_MS) / RUNNING_MS;
    return { status: 'In progress', remains: Math.max(1, Math.round(order.quantity * (1 - done))), startCount: order.startCount };
  }
  const remains = order.fate === 'completed' ? 0 : order.fate === 'partial' ? Math.max(1, Math.floor(order.quantity * 0.3)) : order.quantity;
  return { status: FINAL_WORD[order.fate], remains, startCount: order.startCount };
}

const FINISHED = new Set(['completed', 'partial', 'canceled', 'cancelled', 'refunded', 'fail', 'error']);
export const isFinishedWord = (status: string) => FINISHED.has(status.toLowerCase());

/** What a final status gives back: all of it for canceled/refunded/fail, the remains' share for partial. */
export function refundFor(order: SimOrder, view: OrderView): bigint {
  const word = view.status.toLowerCase();
  if (word === 'partial') return (order.charge * BigInt(view.remains)) / BigInt(Math.max(1, order.quantity));
  if (word === 'canceled' || word === 'cancelled' || word === 'refunded' || word === 'fail') return order.charge;
  return 0n;
}

export function refillView(refill: SimRefill, now: number): string {
  const elapsed = now - refill.createdAt;
  if (elapsed < REFILL_PENDING_MS) return 'Pending';
  if (elapsed < REFILL_PENDING_MS + REFILL_RUNNING_MS) return 'In progress';
  return refill.rejected ? 'Rejected' : 'Completed';
}
