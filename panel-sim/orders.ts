/**
 * Orders and refills on the simulated panel. Status is a function of simulated time and the
 * order's fate, so tests control outcomes through the link (`pp-fate=partial` …) and the clock.
 */
export type Fate = 'completed' | 'partial' | 'canceled' | 'refunded' | 'fail' | 'rejected' | 'over' | 'stuck' | 'paused' | 'expired';
const FATES: ReadonlySet<string> = new Set(['completed', 'partial', 'canceled', 'refunded', 'fail', 'rejected', 'over', 'stuck', 'paused', 'expired']);

export const PENDING_MS = 30_000;
export const RUNNING_MS = 120_000;
export const REFILL_PENDING_MS = 20_000;
export const REFILL_RUNNING_MS = 40_000;
/** A subscription gets a new post this often (simulated time). */
export const POST_EVERY_MS = 60_000;

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
  /** Drip-feed: `quantity` is per run. */
  runs?: number;
  interval?: number;
  /** Subscriptions: posts ordered (null = until it expires) and the expiry as sent (d/m/Y). */
  subscription?: { posts: number | null; expiry: string | null };
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
  return fate && FATES.has(fate) ? (fate as Fate) : 'completed';
}

const FINAL_WORD: Record<Exclude<Fate, 'stuck'>, string> = {
  completed: 'Completed',
  partial: 'Partial',
  canceled: 'Canceled',
  refunded: 'Refunded',
  fail: 'Fail',
  rejected: 'Rejected',
  over: 'Completed',
  paused: 'Paused',
  expired: 'Expired',
};

/** How long an order runs once started: a drip-feed's runs follow each other `interval` minutes apart. */
export function runningMs(order: Pick<SimOrder, 'runs' | 'interval'>): number {
  return RUNNING_MS + (order.runs && order.interval ? (order.runs - 1) * order.interval * 60_000 : 0);
}

/** Drip-feed: the runs started by `now`, and the order each run became on the panel. */
export function dripRuns(order: SimOrder, now: number): { done: number; orders: string[] } {
  if (!order.runs || !order.interval) return { done: 0, orders: [] };
  const elapsed = now - order.createdAt - PENDING_MS;
  const done = elapsed < 0 ? 0 : Math.min(order.runs, 1 + Math.floor(elapsed / (order.interval * 60_000)));
  return { done, orders: Array.from({ length: done }, (_, k) => String(Number(order.id) * 100 + k + 1)) };
}

/** Subscriptions: a post every POST_EVERY_MS; fate `paused` stops after one, `expired` after two. */
export function subscriptionView(order: SimOrder, now: number): { status: string; posts: number; orders: string[] } {
  const elapsed = now - order.createdAt - PENDING_MS;
  const wanted = order.subscription?.posts ?? Infinity;
  const cap = order.fate === 'paused' ? 1 : order.fate === 'expired' ? 2 : wanted;
  const posts = elapsed < 0 ? 0 : Math.min(cap, 1 + Math.floor(elapsed / POST_EVERY_MS));
  const orders = Array.from({ length: posts }, (_, k) => String(Number(order.id) * 100 + k + 1));
  if (order.override) return { status: order.override.status, posts, orders };
  if (elapsed < 0) return { status: 'Pending', posts, orders };
  if (posts >= cap && (order.fate === 'paused' || order.fate === 'expired')) return { status: FINAL_WORD[order.fate], posts, orders };
  if (posts >= wanted && elapsed >= (wanted - 1) * POST_EVERY_MS + RUNNING_MS) return { status: 'Completed', posts, orders };
  return { status: 'Active', posts, orders };
}

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
  if (order.subscription) {
    const view = subscriptionView(order, now);
    return { status: view.status, remains: 0, startCount: view.status === 'Pending' ? 0 : order.startCount };
  }
  const running = runningMs(order);
  if (elapsed < PENDING_MS + running || order.fate === 'stuck') {
    const done = order.fate === 'stuck' ? 0.5 : (elapsed - PENDING_MS) / running;
    return { status: 'In progress', remains: Math.max(1, Math.round(order.quantity * (1 - done))), startCount: order.startCount };
  }
  const remains =
    order.fate === 'completed' ? 0 : order.fate === 'over' ? -Math.max(1, Math.round(order.quantity * 0.05)) : order.fate === 'partial' ? Math.max(1, Math.floor(order.quantity * 0.3)) : order.quantity;
  return { status: order.fate === 'paused' || order.fate === 'expired' ? 'Completed' : FINAL_WORD[order.fate], remains, startCount: order.startCount };
}

const FINISHED = new Set(['completed', 'partial', 'canceled', 'cancelled', 'refunded', 'fail', 'error', 'rejected', 'expired']);
export const isFinishedWord = (status: string) => FINISHED.has(status.toLowerCase());

/** What a final status gives back: all of it for canceled/refunded/fail, the remains' share for partial. */
export function refundFor(order: SimOrder, view: OrderView): bigint {
  const word = view.status.toLowerCase();
  if (word === 'partial') return (order.charge * BigInt(view.remains)) / BigInt(Math.max(1, order.quantity));
  if (word === 'canceled' || word === 'cancelled' || word === 'refunded' || word === 'fail' || word === 'rejected') return order.charge;
  return 0n;
}

export function refillView(refill: SimRefill, now: number): string {
  const elapsed = now - refill.createdAt;
  if (elapsed < REFILL_PENDING_MS) return 'Pending';
  if (elapsed < REFILL_PENDING_MS + REFILL_RUNNING_MS) return 'In progress';
  return refill.rejected ? 'Rejected' : 'Completed';
}
