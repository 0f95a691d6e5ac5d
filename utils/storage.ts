/**
 * Every piece of stored state, declared in one place with its version and migrations.
 *
 * Where the API keys live, and why nobody else can read them:
 * - `local:panelSecrets` in the extension's own storage. Web pages have no access to
 *   extension storage at all. Content scripts normally do, so the background restricts
 *   `storage.local` to trusted contexts at every start (`restrictStorageToExtension`, Chrome
 *   114+); PanelPilot also declares no content scripts, and the only script it ever injects
 *   (reading a page's canonical URL at click time) is a fixed function that touches no storage.
 * - Keys are read only by the background (utils/background/key-vault.ts), which sends them nowhere
 *   but the panel's own API URL. UI pages receive profiles without keys.
 * - With the optional passphrase lock, keys at rest are only an AES-GCM blob (`sealedKeys`);
 *   the unlocked copy lives in session storage (memory only, trusted contexts only).
 *
 * Versions, migrations and bad blobs:
 * - Every item is at `version: 1`. WXT keeps the version beside the value (`<key>$`) and runs
 *   `migrations[n]` once, before any read, when `version` is raised: that is for changes of
 *   meaning (a field renamed or re-scaled). None has been needed yet.
 * - Added fields need no version: the important items (panels, keys, settings, orders,
 *   unconfirmed attempts, balances, tracker state, recent services) are read through
 *   `checked()` with the checks of utils/storage-check.ts, each derived from its type's one
 *   definition (utils/orders/schema.ts …), which gives a missing field its default. A blob
 *   from an older build (an order without `refills`, settings without `catalogTtlHours`)
 *   loads as is. The backup reader and restore read through the same definitions.
 * - A value that is there but unusable (a string where orders belong, an order without an id,
 *   a balance that is not money) is never allowed to crash a page or the worker: the raw
 *   value is copied to `local:backup:<key>:<time>`, the readable part (or the default) is
 *   written back, and a `storageNotices` entry makes the options page say so.
 */
import { storage as wxtStorage, type StorageItemKey, type WxtStorageItem, type WxtStorageItemOptions } from 'wxt/utils/storage';
import {
  checkBalances,
  checkOrders,
  checkPanels,
  checkRecentServices,
  checkSecrets,
  checkSettings,
  checkTrackerState,
  checkUnconfirmed,
  EMPTY_TRACKER_STATE,
  type Checked,
} from './storage-check';
import type { Service } from './panel-api/types';
import type { OpenedKeys, SealedKeys } from './panels/key-seal';
import type { TrackedOrder, UnconfirmedAttempt } from './orders/types';
import type { PanelBalanceState, PanelProfile } from './panels/types';
import { DEFAULT_SETTINGS, type Settings } from './settings';
import type { TrackerState } from './tracker/types';

/**
 * WXT's defineItem reads an item's value as soon as it is defined (for its `init` option).
 * Defined at import, every item would be read on every page load and worker start, the
 * orders and the API keys among them, whether that context uses them or not. Here an item
 * is defined (and read) on its first use. A plain object, so spreading it keeps it working.
 */
function defineItemOnFirstUse<T>(key: StorageItemKey, options: WxtStorageItemOptions<T> & { fallback: T }): WxtStorageItem<T, {}> {
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
    watch: (cb) => real().watch(cb),
    watchMeta: (cb) => real().watchMeta(cb),
    migrate: () => real().migrate(),
  };
}

const storage = { ...wxtStorage, defineItem: defineItemOnFirstUse };

/** A bad blob was replaced by what could be read of it; the raw value is kept at `backupKey`. */
export interface StorageNotice {
  item: string;
  backupKey: string;
  at: number;
}

export const storageNoticesItem = storage.defineItem<StorageNotice[]>('local:storageNotices', {
  fallback: [],
  version: 1,
});

type Item<T> = WxtStorageItem<T, Record<string, unknown>>;

async function keepBackup<T>(item: Item<T>, raw: unknown, repaired: T): Promise<void> {
  const name = item.key.replace(/^local:/, '');
  const at = Date.now();
  const backupKey = `backup:${name}:${at}`;
  await storage.setItem(`local:${backupKey}`, raw);
  await item.setValue(repaired);
  const notices = await storageNoticesItem.getValue();
  await storageNoticesItem.setValue([...notices.filter((n) => n.item !== name), { item: name, backupKey, at }]);
}

/** An item whose stored value is shaped by a check; `fromStored` shapes a value read elsewhere. */
export type CheckedItem<T> = Item<T> & {
  fromStored(raw: unknown): Promise<T>;
  /** Each change, shaped, and whether it had to be repaired (then a getValue makes the backup and the notice). */
  watchChecked(cb: (value: T, lost: boolean) => void): () => void;
};

/** The item, read through `check`: never an unexpected shape, never a lost blob. */
export function checked<T>(item: Item<T>, check: (raw: unknown) => Checked<T>): CheckedItem<T> {
  const fromStored = async (raw: unknown) => {
    const result = check(raw ?? item.fallback);
    if (result.lost) await keepBackup(item, raw, result.value);
    return result.value;
  };
  return {
    ...item,
    fromStored,
    getValue: async () => fromStored(await item.getValue()),
    // Changes are shaped too (the backup is made by the next getValue).
    watch: (cb) => item.watch((next, previous) => cb(check(next).value, check(previous).value)),
    watchChecked: (cb) =>
      item.watch((next) => {
        const result = check(next ?? item.fallback);
        cb(result.value, result.lost);
      }),
  };
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

export const panelsItem = checked(
  storage.defineItem<PanelProfile[]>('local:panels', {
    fallback: [],
    version: 1,
  }),
  checkPanels,
);

/** panelId → API key. Read only in the background (utils/background/key-vault.ts). Empty while the passphrase lock is on. */
export const panelSecretsItem = checked(
  storage.defineItem<Record<string, string>>('local:panelSecrets', { fallback: {}, version: 1 }),
  checkSecrets,
);

/**
 * The passphrase lock (optional): the keys sealed with AES-GCM under a PBKDF2-derived key.
 * Present = the lock is on, and `panelSecrets` is empty. See utils/panels/key-seal.ts.
 */
export const sealedKeysItem = storage.defineItem<SealedKeys | null>('local:sealedKeys', { fallback: null });

/**
 * The unlocked keys while the lock is on. Session storage: held in memory, gone when the
 * browser closes (so a restart locks again), and not readable by content scripts (Chrome's
 * default access level for session storage is trusted contexts only). Background only.
 */
export const unlockedKeysItem = storage.defineItem<OpenedKeys | null>('session:unlockedKeys', { fallback: null });

export const settingsItem = checked(
  storage.defineItem<Settings>('local:settings', { fallback: DEFAULT_SETTINGS, version: 1 }),
  checkSettings,
);

/** panelId → last balance and last error. */
export const balancesItem = checked(
  storage.defineItem<Record<string, PanelBalanceState>>('local:balances', { fallback: {}, version: 1 }),
  checkBalances,
);

/** orderKey → order. Written only by the background, at most once per poll cycle. */
export const ordersItem = checked(
  storage.defineItem<Record<string, TrackedOrder>>('local:orders', { fallback: {}, version: 1 }),
  checkOrders,
);

/**
 * The popup's slice of `orders` (utils/orders/live-orders.ts): active orders and each panel's
 * latest finished ones. Derived, written only by the background (utils/background/live-orders.ts)
 * whenever `orders` changes and at every worker start; null until first written.
 */
export const liveOrdersItem = checked(
  storage.defineItem<Record<string, TrackedOrder> | null>('local:liveOrders', { fallback: null, version: 1 }),
  (raw): Checked<Record<string, TrackedOrder> | null> => (raw === null ? { value: null, lost: false } : checkOrders(raw)),
);

export const unconfirmedItem = checked(
  storage.defineItem<UnconfirmedAttempt[]>('local:unconfirmed', { fallback: [], version: 1 }),
  checkUnconfirmed,
);

/** Poller bookkeeping: per-panel backoff and pauses, and what was already notified. */
export const trackerStateItem = checked(
  storage.defineItem<TrackerState>('local:tracker', { fallback: EMPTY_TRACKER_STATE, version: 1 }),
  checkTrackerState,
);

/**
 * `add` requests on their way to a panel. Written before the request leaves and removed when
 * its answer is recorded: one still here at worker start was cut off by the worker's death
 * (Chrome ends a worker mid-fetch), so it becomes an unconfirmed attempt, never a resend.
 */
export const addsInFlightItem = storage.defineItem<UnconfirmedAttempt[]>('local:addsInFlight', { fallback: [] });

/** panelId → service ids, most recent first (the picker shows these first). */
export const recentServicesItem = checked(
  storage.defineItem<Record<string, string[]>>('local:recentServices', { fallback: {}, version: 1 }),
  checkRecentServices,
);

export interface CachedCatalog {
  panelId: string;
  fetchedAt: number;
  services: Service[];
}

/**
 * How a catalog sits in storage: the service list as ONE JSON string. chrome.storage hands a
 * page an object by converting every field of every service (8,536 services: ~110 ms); a
 * string crosses in ~20 ms and JSON.parse takes ~5 ms (`npm run bench`, figure 3).
 */
interface StoredCatalog {
  panelId: string;
  fetchedAt: number;
  servicesJson?: string;
  /** The shape written before catalogs were stored as strings. */
  services?: Service[];
}

function readCatalog(stored: StoredCatalog | null): CachedCatalog | null {
  if (!stored) return null;
  const { panelId, fetchedAt } = stored;
  if (Array.isArray(stored.services)) return { panelId, fetchedAt, services: stored.services };
  try {
    const services: unknown = JSON.parse(stored.servicesJson ?? '');
    return Array.isArray(services) ? { panelId, fetchedAt, services: services as Service[] } : null;
  } catch {
    return null; // An unreadable cache counts as missing: the catalog is fetched again.
  }
}

/**
 * One item per panel: catalogs are large (10,000 services ≈ 2 MB) and read one at a time.
 * Plain getItem/setItem, not defineItem: a defined item reads its value once when defined
 * (WXT's `init` support), which for a catalog is a second 2 MB read on every use.
 */
export function catalogItem(panelId: string) {
  const key = `local:catalog:${panelId}` as const;
  return {
    getValue: async (): Promise<CachedCatalog | null> => readCatalog(await storage.getItem<StoredCatalog>(key)),
    setValue: ({ panelId, fetchedAt, services }: CachedCatalog) => storage.setItem<StoredCatalog>(key, { panelId, fetchedAt, servicesJson: JSON.stringify(services) }),
    removeValue: () => storage.removeItem(key),
  };
}

/**
 * The URL a context-menu click asked to order for, handed to the popup it opens. Session
 * storage: gone when the browser closes, and never visible to content scripts.
 */
export const pendingQuickOrderItem = storage.defineItem<{ url: string; at: number } | null>(
  'session:pendingQuickOrder',
  { fallback: null },
);

/**
 * Order keys behind a notification about many orders, by a short token: Chrome silently drops
 * notifications whose id (which carries the click target) runs to several hundred characters,
 * so a long "?keys=" target becomes "?list=<token>". Session storage: notifications are gone
 * after a browser restart too.
 */
export const notificationListsItem = storage.defineItem<Record<string, string[]>>('session:notificationLists', {
  fallback: {},
});
