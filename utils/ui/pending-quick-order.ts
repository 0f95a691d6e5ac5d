import { pendingQuickOrderItem } from '../storage';
import { takeEarlyRead } from './early-read';

/** How long a context-menu click's URL waits for the popup it opened. */
const PENDING_TTL_MS = 60_000;

/** The URL a context-menu click asked to order for, once; null when there is none (or stale). */
export async function takePendingQuickOrderUrl(now = Date.now()): Promise<string | null> {
  // The popup read it before its modules loaded (utils/ui/early-read.ts).
  const early = takeEarlyRead([pendingQuickOrderItem.key]);
  const stored = early ? (await early.catch((): Record<string, unknown> => ({})))[pendingQuickOrderItem.key] : await pendingQuickOrderItem.getValue();
  const pending = isPending(stored) ? stored : null;
  if (!pending) return null;
  await pendingQuickOrderItem.removeValue();
  return now - pending.at <= PENDING_TTL_MS ? pending.url : null;
}

function isPending(value: unknown): value is { url: string; at: number } {
  const v = value as { url?: unknown; at?: unknown } | null;
  return typeof v?.url === 'string' && typeof v.at === 'number';
}
