/**
 * Keeps `local:liveOrders` (the popup's compact view of the orders) in step with `local:orders`.
 * The background's own writes store both in one storage write (orders-store.ts); this catches
 * the others (a test or a repair writing the orders alone), and derives the view once per
 * browser session (after an update that changed what the view holds, for one).
 */
import { browser } from 'wxt/browser';
import { liveOrdersOf } from '../orders/live-orders';
import type { TrackedOrder } from '../orders/types';
import { liveOrdersItem, ordersItem } from '../storage';
import { detached } from './detached';
import { withLock } from './lock';
import { oncePerSession } from './once-per-session';
import { isOwnOrdersWrite } from './orders-store';

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
 * Synchronous registration (worker start): the watch, then the catch-up. A write of the orders
 * that brought its slice along is left alone (no second derivation of 10,000 orders). An
 * unreadable write is read back through getValue, which keeps a backup, stores the readable
 * part and leaves the notice the pages show: the popup no longer reads `orders`, so it cannot
 * be the one to notice.
 */
export function registerLiveOrders(): void {
  browser.storage.local.onChanged.addListener((changes) => {
    if (!Object.hasOwn(changes, 'orders') || Object.hasOwn(changes, 'liveOrders') || isOwnOrdersWrite(changes)) return;
    const result = ordersItem.check(changes.orders!.newValue);
    detached('the popup’s order list', refreshLiveOrders(result.lost ? undefined : result.value));
  });
  detached('the popup’s order list', oncePerSession('liveOrders', () => refreshLiveOrders()));
}
