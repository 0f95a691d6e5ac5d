/**
 * The one read of every order: `local:orders` and the archive's chunks
 * (utils/storage-orders.ts), an order in both counted once (the copy in `local:orders` wins).
 * Whatever needs every order (the orders page, backup, auto-refill, the catalog's watched
 * services, your record) reads through here; the poll cycle and the popup need only
 * `local:orders` (archived orders are finished).
 */
import { browser } from 'wxt/browser';
import { archiveChunkIdOf, archiveChunkItem, ordersArchiveIndexItem, ordersItem, readLocalItems } from '../storage';
import { mergeOrderParts } from './archive-split';
import type { TrackedOrder } from './types';

type OrdersById = Record<string, TrackedOrder>;

/** The archive's chunks by id, read (checked) in one storage call after the index. */
export async function readArchive(): Promise<Map<string, OrdersById>> {
  const index = await ordersArchiveIndexItem.getValue();
  if (index.length === 0) return new Map();
  const values = (await readLocalItems(index.map(archiveChunkItem))) as OrdersById[];
  return new Map(index.map((id, i) => [id, values[i]!]));
}

/** Every order: recent and archived. */
export async function readAllOrders(): Promise<OrdersById> {
  const [recent, archive] = await Promise.all([ordersItem.getValue(), readArchive()]);
  return mergeOrderParts(recent, [...archive.values()]);
}

/**
 * Every order of `keys` where it is kept: `local:orders` alone when it holds them all (a bulk
 * action on the orders the page shows first), the archive read only for a key it lacks.
 */
export async function readOrdersHolding(keys: Iterable<string>): Promise<OrdersById> {
  const recent = await ordersItem.getValue();
  for (const key of keys) if (!Object.hasOwn(recent, key)) return mergeOrderParts(recent, [...(await readArchive()).values()]);
  return recent;
}

/**
 * The archive, then each change of it: `onArchive` gets every chunk by id. Watched from before
 * the read, so a move landing during it is not missed (the read is then taken again).
 */
export function watchArchive(onArchive: (chunks: ReadonlyMap<string, OrdersById>) => void): { read: Promise<void>; stop(): void } {
  let chunks: Map<string, OrdersById> | null = null;
  let changedDuringRead = false;
  // Changes applied one after another, in the order they came.
  let queue = Promise.resolve();
  const listener = (changes: Record<string, { newValue?: unknown }>) => {
    const keys = Object.keys(changes).filter((key) => key === 'ordersArchive' || archiveChunkIdOf(key) !== null);
    if (keys.length === 0) return;
    if (!chunks) {
      changedDuringRead = true;
      return;
    }
    queue = queue.then(async () => {
      const next = new Map(chunks);
      for (const key of keys) {
        const id = archiveChunkIdOf(key);
        if (id === null) continue;
        const value = changes[key]!.newValue;
        if (value === undefined) next.delete(id);
        else next.set(id, await archiveChunkItem(id).fromStored(value));
      }
      const index = changes.ordersArchive?.newValue;
      if (Array.isArray(index)) for (const id of next.keys()) if (!index.includes(id)) next.delete(id);
      chunks = next;
      onArchive(next);
    });
  };
  browser.storage.local.onChanged.addListener(listener);
  const read = async (): Promise<void> => {
    changedDuringRead = false;
    const archive = await readArchive();
    if (changedDuringRead) return read();
    chunks = archive;
    onArchive(archive);
  };
  return { read: read(), stop: () => browser.storage.local.onChanged.removeListener(listener) };
}
