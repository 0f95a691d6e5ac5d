/**
 * When an order was placed, started and finished, read from its status history. The history
 * holds what PanelPilot saw, each change stamped at the poll that saw it (so up to one poll
 * interval late). A moment PanelPilot did not see is unknown, not guessed: an order imported
 * already completed has no known completion time.
 */
import { isOrderFinished } from './status';
import type { TrackedOrder } from './types';

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

export interface OrderTimes {
  /** When it was placed; null for imported orders (their createdAt is the import). */
  placedAt: number | null;
  /** The first time it was seen started (in progress / processing) after being seen pending. */
  startedAt: number | null;
  /** The first time it was seen finished after being seen unfinished. */
  finishedAt: number | null;
  /** The first time it was seen completed or partial after being seen unfinished: a guarantee counts from here. */
  deliveredAt: number | null;
}

type Timed = Pick<TrackedOrder, 'createdAt' | 'source' | 'history'>;

export function orderTimes(order: Timed): OrderTimes {
  const history = order.history;
  let startedAt: number | null = null;
  let finishedAt: number | null = null;
  let deliveredAt: number | null = null;
  let seenPending = false;
  let seenUnfinished = false;
  for (const change of history) {
    const finished = isOrderFinished(change.status);
    if (!finished) {
      if (change.status === 'pending') seenPending = true;
      else if (seenPending && startedAt === null && (change.status === 'in_progress' || change.status === 'processing')) startedAt = change.at;
      seenUnfinished = true;
      continue;
    }
    if (!seenUnfinished) continue;
    finishedAt ??= change.at;
    if (deliveredAt === null && (change.status === 'completed' || change.status === 'partial')) deliveredAt = change.at;
  }
  return { placedAt: order.source === 'import' ? null : order.createdAt, startedAt, finishedAt, deliveredAt };
}
