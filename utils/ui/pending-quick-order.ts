import { pendingQuickOrderItem } from '../storage';

/** How long a context-menu click's URL waits for the popup it opened. */
const PENDING_TTL_MS = 60_000;

/** The URL a context-menu click asked to order for, once; null when there is none (or stale). */
export async function takePendingQuickOrderUrl(now = Date.now()): Promise<string | null> {
  const pending = await pendingQuickOrderItem.getValue();
  if (!pending) return null;
  await pendingQuickOrderItem.removeValue();
  return now - pending.at <= PENDING_TTL_MS ? pending.url : null;
}
