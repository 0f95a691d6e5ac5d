/**
 * The archive of older finished orders (utils/orders/archive-split.ts has the rule), written
 * here only, under the orders' lock. A move writes the archive first and `local:orders`
 * second: a worker killed between the two leaves the moved orders in both places (readers
 * count them once, the copy in `local:orders` wins) and never in neither; the next move
 * writes them into the same chunks again (a chunk is fixed by the order's week).
 */
import { browser } from 'wxt/browser';
import { isArchivable, MOVE_ABOVE, planArchiveMove } from '../orders/archive-split';
import type { TrackedOrder } from '../orders/types';
import { readArchive } from '../orders/read-all';
import { archiveChunkItem, ordersArchiveIndexItem, ordersItem, readLocalItems } from '../storage';
import { detached } from './detached';
import { withLock } from './lock';
import { oncePerSession } from './once-per-session';
import { writeOrders, writeStorage, type OrdersById } from './orders-store';

/** Moves the older finished orders to the archive, if a move is due. Call under the 'orders' lock. */
export async function moveToArchive(): Promise<number> {
  const recent = await ordersItem.getValue();
  const plan = planArchiveMove(recent);
  if (!plan) return 0;
  const ids = [...plan.chunks.keys()];
  const [index, stored] = await Promise.all([ordersArchiveIndexItem.getValue(), readLocalItems(ids.map(archiveChunkItem)) as Promise<OrdersById[]>]);
  const chunks = ids.map((id, i) => ({ item: archiveChunkItem(id), value: { ...stored[i], ...Object.fromEntries(plan.chunks.get(id)!.map((o) => [o.key, o])) } }));
  await writeStorage([...chunks, { item: ordersArchiveIndexItem, value: [...new Set([...index, ...ids])].sort() }]);
  await writeOrders(plan.kept);
  return Object.keys(recent).length - Object.keys(plan.kept).length;
}

export const archiveIfDue = (): Promise<number> => withLock('orders', moveToArchive);

/** Archivable orders in a stored value of `local:orders` (as a change event brings it, unchecked). */
function countArchivable(raw: unknown): number {
  if (typeof raw !== 'object' || raw === null) return 0;
  let n = 0;
  for (const order of Object.values(raw as Record<string, TrackedOrder>)) {
    if (typeof order === 'object' && order !== null && typeof order.status === 'string' && Array.isArray(order.refills) && isArchivable(order)) n++;
  }
  return n;
}

/**
 * Runs `change` on the recent orders plus those of `keys` found in the archive, under the
 * orders' lock. When it changes anything, the result is written to `local:orders` (an
 * archived order it touched lives there again: a refill on it is polled, and the next move
 * takes it back once finished) and then those orders are taken out of their chunks.
 */
export function updateOrdersWithArchived<R>(keys: readonly string[], change: (orders: OrdersById) => { orders: OrdersById; result: R }): Promise<R> {
  return withLock('orders', async () => {
    const current = await ordersItem.getValue();
    const missing = keys.filter((key) => !Object.hasOwn(current, key));
    const archive = missing.length ? await readArchive() : new Map<string, OrdersById>();
    const found = new Map<string, string[]>();
    let withFound = current;
    for (const key of missing) {
      for (const [id, chunk] of archive) {
        if (!Object.hasOwn(chunk, key)) continue;
        if (withFound === current) withFound = { ...current };
        withFound[key] = chunk[key]!;
        found.set(id, [...(found.get(id) ?? []), key]);
      }
    }
    const { orders, result } = change(withFound);
    if (orders === withFound) return result;
    await writeOrders(orders);
    if (found.size) {
      const chunks = [...found].map(([id, taken]) => {
        const value = { ...archive.get(id)! };
        for (const key of taken) delete value[key];
        return { item: archiveChunkItem(id), value };
      });
      await writeStorage(chunks);
    }
    return result;
  });
}

/**
 * Worker start: a move after any write of `local:orders` that leaves too many finished orders
 * in it (the poll cycle's, an import's, a test's or an older build's), and once per browser
 * session the catch-up: a big `local:orders` from before the archive is split here, and a
 * move cut off by the worker's death is done again.
 */
export function registerOrdersArchive(): void {
  browser.storage.local.onChanged.addListener((changes) => {
    const change = changes.orders;
    if (change && countArchivable(change.newValue) > MOVE_ABOVE) detached('archiving older orders', archiveIfDue()); // i18n-exempt: a log label (console only)
  });
  detached('archiving older orders', oncePerSession('ordersArchive', async () => void (await archiveIfDue()))); // i18n-exempt: a log label (console only)
}
