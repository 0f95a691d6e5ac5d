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
 * Writes the view of the stored orders if it differs from the stored view. Under the orders'
 * lock and from a read taken inside it: a view derived from an older read (a change event's
 * value, a read before someone's write) must never land over the newer view that write brought.
 * Compared with the raw stored value, not the checked read: a view stored in the older shape
 * (full orders) reads as the same view, and must still be rewritten compact.
 */
export function refreshLiveOrders(): Promise<void> {
  return withLock('orders', async () => {
    const next = liveOrdersOf(await ordersItem.getValue());
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
    detached('the popup’s order list', refreshLiveOrders());
  });
  detached('the popup’s order list', oncePerSession('liveOrders', () => refreshLiveOrders()));
}
