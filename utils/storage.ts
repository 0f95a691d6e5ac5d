/**
 * Every piece of stored state, declared in one place with its version and migrations.
 *
 * Where the API keys live, and why nobody else can read them:
 * - `local:panelSecrets` in the extension's own storage. Web pages have no access to
 *   extension storage at all. Content scripts normally do, so the background restricts
 *   `storage.local` to trusted contexts at every start (`restrictStorageToExtension`, Chrome
 *   114+); PanelPilot also declares no content scripts, and the only script it ever injects
 *   (reading a page's canonical URL at click time) is a fixed function that touches no storage.
 * - Keys are read only by the background (utils/panel-service/*), which sends them nowhere
 *   but the panel's own API URL. UI pages receive profiles without keys.
 */
import { storage as wxtStorage, type StorageItemKey, type WxtStorageItem, type WxtStorageItemOptions } from 'wxt/utils/storage';
import type { Service } from './panel-api/types';
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

export const panelsItem = storage.defineItem<PanelProfile[]>('local:panels', {
  fallback: [],
  version: 1,
});

/** panelId → API key. Read only in the background. */
export const panelSecretsItem = storage.defineItem<Record<string, string>>('local:panelSecrets', {
  fallback: {},
  version: 1,
});

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** panelId → last balance and last error. */
export const balancesItem = storage.defineItem<Record<string, PanelBalanceState>>('local:balances', {
  fallback: {},
  version: 1,
});

/** orderKey → order. Written only by the background, at most once per poll cycle. */
export const ordersItem = storage.defineItem<Record<string, TrackedOrder>>('local:orders', {
  fallback: {},
  version: 1,
});

export const unconfirmedItem = storage.defineItem<UnconfirmedAttempt[]>('local:unconfirmed', {
  fallback: [],
  version: 1,
});

/** Poller bookkeeping: per-panel backoff and pauses, and what was already notified. */
export const trackerStateItem = storage.defineItem<TrackerState>('local:tracker', {
  fallback: { panels: {}, notified: [], lowBalanceNotified: {}, lastCycleAt: null },
  version: 1,
});

/** panelId → service ids, most recent first (the picker shows these first). */
export const recentServicesItem = storage.defineItem<Record<string, string[]>>('local:recentServices', {
  fallback: {},
  version: 1,
});

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
