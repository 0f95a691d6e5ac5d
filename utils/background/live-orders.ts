/**
 * Keeps `local:liveOrders` (the popup's compact view of the orders) in step with `local:orders`.
 * Derived from every change of the orders, whoever wrote them, and once at every worker start:
 * a worker killed between the two writes leaves the slice behind only until it starts again.
 */
import { liveOrdersOf } from '../orders/live-orders';
import type { TrackedOrder } from '../orders/types';
import { liveOrdersItem, ordersItem } from '../storage';
import { detached } from './detached';
import { withLock } from './lock';

/**
 * Writes the view of `orders` (read when not given) if it differs from the stored one.
 * Compared with the raw stored value, not the checked read: a view stored in the older shape
 * (full orders) reads as the same view, and must still be rewritten compact.
 */
export function refreshLiveOrders(orders?: Record<string, TrackedOrder>): Promise<void> {
  // Serialized, in the order the changes came: an older slice never lands after a newer one.
  return withLock('liveOrders', async () => {
    const next = liveOrdersOf(orders ?? (await ordersItem.getValue()));
    const stored = await liveOrdersItem.getRaw();
    if (stored === null || stored === undefined || JSON.stringify(stored) !== JSON.stringify(next)) await liveOrdersItem.setValue(next);
  });
}

/**
 * Synchronous registration (worker start): the watch, then the catch-up. An unreadable write
 * is read back through getValue, which keeps a backup, stores the readable part and leaves the
 * notice the pages show: the popup no longer reads `orders`, so it cannot be the one to notice.
 */
export function registerLiveOrders(): void {
  ordersItem.watchChecked((orders, lost) => detached('the popup’s order list', refreshLiveOrders(lost ? undefined : orders)));
  detached('the popup’s order list', refreshLiveOrders());
}
