/**
 * How stored items are defined and read (utils/storage.ts declares them): on first use, and
 * the important ones through their shape check, which never writes (only the background
 * repairs: utils/background/storage-repair.ts).
 */
import { storage as wxtStorage, type StorageItemKey, type WxtStorageItem, type WxtStorageItemOptions } from 'wxt/utils/storage';
import type { Checked } from './schema/read';

/**
 * WXT's defineItem reads an item's value as soon as it is defined (for its `init` option).
 * Defined at import, every item would be read on every page load and worker start, the
 * orders and the API keys among them, whether that context uses them or not. Here an item
 * is defined (and read) on its first use. A plain object, so spreading it keeps it working.
 */
export function defineItemOnFirstUse<T>(key: StorageItemKey, options: WxtStorageItemOptions<T> & { fallback: T }): WxtStorageItem<T, {}> {
  let item: WxtStorageItem<T, {}> | undefined;
  const real = () => (item ??= wxtStorage.defineItem<T>(key, options));
  return {
    key,
    fallback: options.fallback,
    defaultValue: options.fallback,
    getValue: () => real().getValue(),
    getMeta: () => real().getMeta(),
    setValue: (value) => real().setValue(value),
    setMeta: (properties) => real().setMeta(properties),
    removeValue: (opts) => real().removeValue(opts),
    removeMeta: (properties) => real().removeMeta(properties),
    // Watched without defining the item: WXT's defineItem reads the value (the 10,000 orders,
    // at every worker start, for a watch registered there), and a watch needs no read.
    watch: (cb) => wxtStorage.watch<T>(key, (next, previous) => cb(next ?? options.fallback, previous ?? options.fallback)),
    watchMeta: (cb) => real().watchMeta(cb),
    migrate: () => real().migrate(),
  };
}

type Item<T> = WxtStorageItem<T, Record<string, unknown>>;

/** An item whose stored value is shaped by a check; `fromStored` shapes a value read elsewhere. */
export type CheckedItem<T> = Item<T> & {
  /** The item's name in notices and backups: "orders". */
  name: string;
  /** The lock its background writers take (utils/background/lock.ts): repairs take it too. */
  lock: string;
  check(raw: unknown): Checked<T>;
  /** The value as stored, unshaped (fallback when absent). */
  getRaw(): Promise<unknown>;
  fromStored(raw: unknown): Promise<T>;
  /** Each change, shaped, and whether it had to be repaired. */
  watchChecked(cb: (value: T, lost: boolean) => void): () => void;
};

/**
 * A read found a value that had to be repaired. Only the background repairs (it installs the
 * handler, utils/background/storage-repair.ts): it keeps a copy, writes the repaired value
 * under the item's own lock, re-read there, and tells the user. A page writing its repair
 * from a value read earlier deleted an order placed in between.
 */
export type LostValueHandler = (item: CheckedItem<unknown>, raw: unknown) => Promise<void>;
let onLostValue: LostValueHandler = async () => undefined;

export function handleLostValues(handler: LostValueHandler): void {
  onLostValue = handler;
}

/** The item, read through `check`: never an unexpected shape, and never written by a read. */
export function checked<T>(item: Item<T>, check: (raw: unknown) => Checked<T>, lock: string): CheckedItem<T> {
  const self: CheckedItem<T> = {
    ...item,
    name: item.key.replace(/^local:/, ''),
    lock,
    check: (raw) => check(raw ?? item.fallback),
    getRaw: () => item.getValue(),
    fromStored: async (raw) => {
      const result = self.check(raw);
      if (result.lost) await onLostValue(self as CheckedItem<unknown>, raw);
      return result.value;
    },
    getValue: async () => self.fromStored(await item.getValue()),
    watch: (cb) => item.watch((next, previous) => cb(self.check(next).value, self.check(previous).value)),
    watchChecked: (cb) =>
      item.watch((next) => {
        const result = self.check(next);
        cb(result.value, result.lost);
      }),
  };
  return self;
}

/**
 * Several items in ONE storage call, each shaped as its own getValue would: a page's first
 * paint waits on one round trip to the browser instead of one or more per item. `early` is
 * that round trip already under way (utils/ui/early-read.ts): raw values by item key.
 */
export async function readLocalItems(items: readonly Item<unknown>[], early?: Promise<Record<string, unknown>> | null): Promise<unknown[]> {
  const raw = early
    ? await early.then(
        (values) => items.map((item) => values[item.key]),
        // The early read failed: read the usual way.
        () => readRaw(items),
      )
    : await readRaw(items);
  return Promise.all(
    items.map((item, i) => {
      const value = raw[i];
      return 'fromStored' in item ? (item as CheckedItem<unknown>).fromStored(value) : (value ?? item.fallback);
    }),
  );
}

async function readRaw(items: readonly Item<unknown>[]): Promise<unknown[]> {
  const raw = await wxtStorage.getItems(items.map((item) => item.key as StorageItemKey));
  return raw.map((entry) => entry.value);
}

