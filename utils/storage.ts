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
 *   a balance that is not money) is never allowed to crash a page or the worker: every read
 *   gives the readable part (or the default). The BACKGROUND alone repairs (pages only read):
 *   the raw value is copied to `local:backup:<key>:<time>` (once per blob, at most five per
 *   item, utils/storage-backups.ts), the readable part is written back under the item's lock,
 *   and a `storageNotices` entry makes the options page say so.
 */
import { storage as wxtStorage } from 'wxt/utils/storage';
import { checked, defineItemOnFirstUse } from './checked-item';
import {
  checkAutoRefillChoices,
  checkAutoRefillState,
  checkBalances,
  checkPanels,
  checkRecentServices,
  checkSecrets,
  checkSettings,
  checkTrackerState,
  checkUnconfirmed,
  checkCatalogTimes,
  checkCatalogRemoved,
  checkChangeLog,
  checkPinnedServices,
  EMPTY_TRACKER_STATE,
  type Checked,
} from './storage-check';
import type { StoredBackup } from './storage-backups';
import type { Service } from './panel-api/types';
import type { OpenedKeys, SealedKeys } from './panels/key-seal';
import type { UnconfirmedAttempt } from './orders/types';
import type { PanelBalanceState, PanelProfile } from './panels/types';
import { DEFAULT_SETTINGS, type Settings } from './settings';
import type { TrackerState } from './tracker-state/types';
import { EMPTY_AUTO_REFILL_STATE, type AutoRefillState } from './tracker-state/auto-refill-state';
import { EMPTY_AUTO_REFILL_CHOICES, type AutoRefillChoices } from './orders/auto-refill-knobs';
import type { RemovedService } from './catalog/catalog-diff';
import type { CatalogTimes } from './catalog/refresh-plan';
import { EMPTY_CHANGE_LOG, type CatalogChangeLog } from './catalog/change-log';
import { packServices, unpackServices } from './catalog/packed-services';

const storage = { ...wxtStorage, defineItem: defineItemOnFirstUse };

export { handleLostValues, readLocalItems, type CheckedItem, type LostValueHandler } from './checked-item';
// The orders' items (recent, archive, the popup's view): utils/storage-orders.ts.
export * from './storage-orders';

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

/** Which copies of unreadable values exist (utils/storage-backups.ts). Written by the background only. */
export const storageBackupsItem = storage.defineItem<StoredBackup[]>('local:storageBackups', { fallback: [] });

export const panelsItem = checked(
  storage.defineItem<PanelProfile[]>('local:panels', {
    fallback: [],
    version: 1,
  }),
  checkPanels,
  'panels',
);

/** panelId → API key. Read only in the background (utils/background/key-vault.ts). Empty while the passphrase lock is on. */
export const panelSecretsItem = checked(
  storage.defineItem<Record<string, string>>('local:panelSecrets', { fallback: {}, version: 1 }),
  checkSecrets,
  'keys',
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
  'settings',
);

/** panelId → last balance and last error. */
export const balancesItem = checked(
  storage.defineItem<Record<string, PanelBalanceState>>('local:balances', { fallback: {}, version: 1 }),
  checkBalances,
  'balances',
);

export const unconfirmedItem = checked(
  storage.defineItem<UnconfirmedAttempt[]>('local:unconfirmed', { fallback: [], version: 1 }),
  checkUnconfirmed,
  'unconfirmed',
);

/** Poller bookkeeping: per-panel backoff and pauses, and what was already notified. */
export const trackerStateItem = checked(
  storage.defineItem<TrackerState>('local:tracker', { fallback: EMPTY_TRACKER_STATE, version: 1 }),
  checkTrackerState,
  'tracker',
);

/**
 * Auto-refill's bookkeeping (utils/tracker/auto-refill.ts): when each order was last asked
 * for, the refills it asked for, each panel's asks, rejections in a row and stop. Written by
 * the background only: its alarm (the plan is written BEFORE the asks are sent), the poll
 * cycle (refill ends) and `autoRefill.resume`.
 */
export const autoRefillItem = checked(
  storage.defineItem<AutoRefillState>('local:autoRefill', { fallback: EMPTY_AUTO_REFILL_STATE, version: 1 }),
  checkAutoRefillState,
  'autoRefill',
);

/** "Auto-refill while the guarantee lasts", on/off per panel, service and order. Written by the background on `autoRefill.choose`. */
export const autoRefillChoicesItem = checked(
  storage.defineItem<AutoRefillChoices>('local:autoRefillChoices', { fallback: EMPTY_AUTO_REFILL_CHOICES, version: 1 }),
  checkAutoRefillChoices,
  'autoRefillChoices',
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
  'recentServices',
);

/** panelId → service ids pinned with "Pin service": their catalog changes are listed. Written by `service.pin`. */
export const pinnedServicesItem = checked(
  storage.defineItem<Record<string, string[]>>('local:pinnedServices', { fallback: {}, version: 1 }),
  checkPinnedServices,
  'pinnedServices',
);

/**
 * panelId → serviceId → a service the panel removed, as last seen, and when it was found gone
 * (utils/catalog/catalog-diff.ts): "back again" and the quick-order form's replacements read
 * it. Written by the background's catalog refresh only.
 */
export const catalogRemovedItem = checked(
  storage.defineItem<Record<string, Record<string, RemovedService>>>('local:catalogRemoved', { fallback: {}, version: 1 }),
  checkCatalogRemoved,
  'catalogChanges',
);

/** The "Catalog changes" list (utils/catalog/change-log.ts). Written by the background's catalog refresh only. */
export const catalogChangesItem = checked(
  storage.defineItem<CatalogChangeLog>('local:catalogChanges', { fallback: EMPTY_CHANGE_LOG, version: 1 }),
  checkChangeLog,
  'catalogChanges',
);

/**
 * panelId → when the background's own refresh last asked for its catalog (answered or not: a
 * panel that keeps failing takes its turn after the others) and when a catalog was last
 * stored, so the hourly check reads this instead of every 2 MB catalog
 * (utils/background/catalog-alarm.ts). Background only.
 */
export const catalogTimesItem = checked(
  storage.defineItem<Record<string, CatalogTimes>>('local:catalogTimes', { fallback: {}, version: 1 }),
  checkCatalogTimes,
  'catalogTimes',
);

export interface CachedCatalog {
  panelId: string;
  fetchedAt: number;
  services: Service[];
}

/**
 * How a catalog sits in storage: the services packed into ONE JSON string
 * (utils/catalog/packed-services.ts). chrome.storage hands a page an object by converting
 * every field of every service (8,536 services: ~110 ms); a string crosses in ~20 ms and
 * JSON.parse takes ~5 ms, and the packed text is half the plain list's (`npm run bench`, figure 3).
 */
export interface StoredCatalog {
  panelId: string;
  fetchedAt: number;
  packed?: string;
  /** The shapes written before: the plain list as a JSON string, and before that as objects. */
  servicesJson?: string;
  services?: Service[];
}

/** A stored catalog (either shape) as the pages use it; null when absent or unreadable. */
export function catalogFromStored(stored: StoredCatalog | null): CachedCatalog | null {
  if (!stored) return null;
  const { panelId, fetchedAt } = stored;
  if (Array.isArray(stored.services)) return { panelId, fetchedAt, services: stored.services };
  if (typeof stored.packed === 'string') {
    const services = unpackServices(stored.packed);
    return services ? { panelId, fetchedAt, services } : null;
  }
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
    getValue: async (): Promise<CachedCatalog | null> => catalogFromStored(await storage.getItem<StoredCatalog>(key)),
    setValue: ({ panelId, fetchedAt, services }: CachedCatalog) => storage.setItem<StoredCatalog>(key, { panelId, fetchedAt, packed: packServices(services) }),
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
 * Request ids of orders already sent (newest last, capped by the background), claimed before
 * anything goes to the panel: a double click, a second tab or a message replayed after the
 * worker restarted finds its id taken. Session storage: survives worker eviction, not a
 * browser restart (by then the form that made the id is gone too). Written and read only in
 * utils/background/place-order.ts.
 */
export const sentRequestIdsItem = storage.defineItem<string[]>('session:sentRequestIds', { fallback: [] });

/**
 * Order keys behind a notification about many orders, by a short token: Chrome silently drops
 * notifications whose id (which carries the click target) runs to several hundred characters,
 * so a long "?keys=" target becomes "?list=<token>". Local, not session, storage: the poll
 * cycle stores a new list in its one storage write with the orders and the notified ids (one
 * set call holds one area). Capped at 50 lists (utils/background/tracker/notifications.ts), so
 * the lists of notifications gone after a browser restart cost a few KB at most.
 */
export const notificationListsItem = storage.defineItem<Record<string, string[]>>('local:notificationLists', {
  fallback: {},
});
