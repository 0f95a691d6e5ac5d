/**
 * The orders' stored items, declared beside the others (utils/storage.ts re-exports them all;
 * import them from there). Everything said there about versions, checks and repairs holds here.
 *
 * The orders live in two places (utils/orders/archive-split.ts has the rule):
 * - `local:orders`: every order still running and the newest finished ones. The poll cycle,
 *   the popup's view and the orders page's first paint read it; kept small, because
 *   chrome.storage hands over an item only whole (10,000 orders: ~1.8 s in a page).
 * - the archive: older finished orders, in chunks by the week they were placed
 *   (`local:ordersArchive:<week>`), named by `local:ordersArchive`. Written by the background
 *   only (utils/background/orders-archive.ts), under the orders' lock.
 * Everything that needs every order reads both through one API (utils/orders/read-all.ts).
 */
import { storage as wxtStorage } from 'wxt/utils/storage';
import { checked, defineItemOnFirstUse, type CheckedItem } from './checked-item';
import { checkOrders, checkPopupView } from './storage-check';
import type { TrackedOrder } from './orders/types';
import type { PopupView } from './orders/live-orders';

const storage = { ...wxtStorage, defineItem: defineItemOnFirstUse };

/** orderKey → order. Written only by the background, at most once per poll cycle. */
export const ordersItem = checked(
  storage.defineItem<Record<string, TrackedOrder>>('local:orders', { fallback: {}, version: 1 }),
  checkOrders,
  'orders',
);

/**
 * A fresh token with every write of `orders` by the background (utils/background/orders-store.ts):
 * the worker tells its own writes (shaped by construction) from anyone else's by it.
 */
export const ordersWriterItem = storage.defineItem<string | null>('local:ordersWriter', { fallback: null });

/**
 * The popup's view of the orders (utils/orders/live-orders.ts): per panel, compact rows of
 * the active orders and the latest finished ones. Derived, written only by the background
 * (utils/background/live-orders.ts) whenever `orders` changes and at every worker start;
 * null until first written. Builds before the compact view stored full orders by key: those
 * are still read (as the view they make) until the background rewrites them.
 */
export const liveOrdersItem = checked(
  storage.defineItem<PopupView | null>('local:liveOrders', { fallback: null, version: 1 }),
  checkPopupView,
  'liveOrders',
);

/**
 * The archive's chunk ids (weeks, "2026-08-27"), oldest first. Written in the same storage
 * write as the chunks it names (utils/background/orders-archive.ts).
 */
export const ordersArchiveIndexItem = storage.defineItem<string[]>('local:ordersArchive', { fallback: [] });

const archiveChunks = new Map<string, CheckedItem<Record<string, TrackedOrder>>>();

/** One chunk of the archive: orderKey → order, checked like `local:orders` and repaired under its lock. */
export function archiveChunkItem(id: string): CheckedItem<Record<string, TrackedOrder>> {
  let item = archiveChunks.get(id);
  if (!item) {
    item = checked(storage.defineItem<Record<string, TrackedOrder>>(`local:ordersArchive:${id}`, { fallback: {} }), checkOrders, 'orders');
    archiveChunks.set(id, item);
  }
  return item;
}

/** Storage's own key of an archive chunk (as change events name it), or null for any other key. */
export function archiveChunkIdOf(storageKey: string): string | null {
  return storageKey.startsWith('ordersArchive:') ? storageKey.slice('ordersArchive:'.length) : null;
}
