/** The refills of an order still running on the panel: what the tracker asks about and auto-refill waits for. */
import { isRefillFinished } from './status';
import type { RefillRecord, TrackedOrder } from './types';

/** Refills to ask about. One the panel accepted without an id cannot be asked about: not here. */
export function activeRefills(order: TrackedOrder): (RefillRecord & { refillId: string })[] {
  return order.refills.filter((r): r is RefillRecord & { refillId: string } => r.refillId !== null && !r.missing && !isRefillFinished(r.status));
}

