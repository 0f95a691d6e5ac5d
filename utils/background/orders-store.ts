/**
 * The one way the background changes tracked orders: locked, written only on change, and
 * always with the popup's slice (`local:liveOrders`, derived by `liveOrdersOf`) in the same
 * storage write, so the slice is never behind the orders, even when the worker is killed
 * between two lines.
 */
import { browser } from 'wxt/browser';
import { storage, type StorageItemKey } from 'wxt/utils/storage';
import { addsInFlightItem, liveOrdersItem, ordersItem, ordersWriterItem, unconfirmedItem } from '../storage';
import { liveOrdersOf } from '../orders/live-orders';
import type { TrackedOrder, UnconfirmedAttempt } from '../orders/types';
import { withLock } from './lock';

export type OrdersById = Record<string, TrackedOrder>;

/** An item and its new value, as wxt's storage.setItems takes them. */
export type StorageWrite = { item: { key: StorageItemKey }; value: unknown };

/** Writes of the orders made by this worker, counted before and after each (see watchOrdersWrites). */
let ownWrites = 0;

/**
 * Each write of writeOrders carries a fresh token; the worker remembers the
 * tokens it wrote (`local:ordersWriter`). A change event that brings one of them is this worker's own write: shaped
 * by construction (storable), with its slice, so the repair watch does not walk its 10,000
 * orders again, nor does the slice's watch derive the slice again. A write by anyone else
 * (a page, a test, an older build) brings no new token and is checked as before.
 */
const ownTokens = new Set<string>();

/** Is this change event one of this worker's own writes of the orders (writeOrders)? */
export function isOwnOrdersWrite(changes: Record<string, { newValue?: unknown }>): boolean {
  const token = changes[ordersWriterItem.key.slice('local:'.length)]?.newValue;
  return typeof token === 'string' && ownTokens.has(token);
}

/** The orders and their popup slice, for one storage write together with `others`. */
export function ordersWrites(orders: OrdersById): StorageWrite[] {
  return [
    { item: ordersItem, value: orders },
    { item: liveOrdersItem, value: liveOrdersOf(orders) },
  ];
}

/**
 * ONE storage.set call (one area, several keys): the orders, their slice and `others`. Call
 * it under the 'orders' lock. A worker killed during it leaves all of it written or none.
 */
export async function writeOrders(orders: OrdersById, others: readonly StorageWrite[] = []): Promise<OrdersById> {
  const items = ordersWrites(orders);
  const token = `${Date.now().toString(36)}.${++ownWrites}.${Math.random().toString(36).slice(2, 8)}`;
  ownTokens.add(token);
  if (ownTokens.size > 20) ownTokens.delete(ownTokens.values().next().value!);
  try {
    await writeStorage([...items, ...others, { item: ordersWriterItem, value: token }]);
  } finally {
    ownWrites++;
  }
  return items[1]!.value as OrdersById;
}

/** Several local items in ONE storage.set call (wxt makes one call per area: only `local:` keys here). */
export function writeStorage(items: readonly StorageWrite[]): Promise<void> {
  const elsewhere = items.find((w) => !w.item.key.startsWith('local:'));
  // i18n-exempt: a programming error, caught by the tests, never shown to a person
  if (elsewhere) throw new Error(`${elsewhere.item.key} is not in local storage: it would be a second write`);
  return storage.setItems(items as Parameters<typeof storage.setItems>[0]);
}

/**
 * Tells whether the stored orders may have been written since this call: by this worker
 * (counted at once) or by anyone else (storage's change event). The poll cycle starts this
 * before its first read and, if nothing was written meanwhile, applies the panels' answers to
 * that read instead of reading 10,000 orders a second time. Stop it when done.
 */
export function watchOrdersWrites(): { written(): boolean; stop(): void } {
  const start = ownWrites;
  let seen = false;
  const listener = (changes: Record<string, unknown>) => {
    if (Object.hasOwn(changes, 'orders')) seen = true;
  };
  browser.storage.local.onChanged.addListener(listener);
  return { written: () => seen || ownWrites !== start, stop: () => browser.storage.local.onChanged.removeListener(listener) };
}

/**
 * Runs `change` on the current orders. `change` returns the new record, or the same object
 * to mean "nothing changed" (then storage is not written at all).
 */
export function updateOrders<R>(change: (orders: OrdersById) => { orders: OrdersById; result: R }): Promise<R> {
  return withLock('orders', async () => {
    const current = await ordersItem.getValue();
    const { orders, result } = change(current);
    if (orders !== current) await writeOrders(orders);
    return result;
  });
}

type AttemptList = typeof unconfirmedItem;

type ListChange<R> = { list: UnconfirmedAttempt[]; result: R };

/** Locked read-change-write of one list of attempts; written only when `change` returns a new list. */
function listUpdater(item: AttemptList, lock: string) {
  return <R>(change: (list: UnconfirmedAttempt[]) => ListChange<R> | Promise<ListChange<R>>): Promise<R> =>
    withLock(lock, async () => {
      const current = await item.getValue();
      const { list, result } = await change(current);
      if (list !== current) await item.setValue(list);
      return result;
    });
}

export const updateUnconfirmed = listUpdater(unconfirmedItem, 'unconfirmed');
export const updateAddsInFlight = listUpdater(addsInFlightItem as AttemptList, 'addsInFlight');
