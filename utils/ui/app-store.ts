/**
 * The UI's view of stored state, shared by popup, options, quick order and orders pages.
 * Hydrated from extension storage (not localStorage: pages and worker share one truth) and
 * kept live through storage change events, so a page updates the moment the worker writes.
 * Components read from here and dispatch messages; they never fetch from panels.
 */
import { createStore } from 'zustand/vanilla';
import type { TrackedOrder, UnconfirmedAttempt } from '../orders/types';
import type { PopupView } from '../orders/live-orders';
import type { PanelBalanceState, PanelProfile } from '../panels/types';
import type { Settings } from '../settings';
import {
  addsInFlightItem,
  autoRefillChoicesItem,
  autoRefillItem,
  balancesItem,
  catalogChangesItem,
  catalogRemovedItem,
  pinnedServicesItem,
  liveOrdersItem,
  ordersItem,
  panelsItem,
  settingsItem,
  storageNoticesItem,
  trackerStateItem,
  unconfirmedItem,
  type StorageNotice,
  handleLostValues,
  readLocalItems,
} from '../storage';
import { sendToBackground } from '../messaging';
import type { TrackerState } from '../tracker-state/types';
import type { AutoRefillState } from '../tracker-state/auto-refill-state';
import type { AutoRefillChoices } from '../orders/auto-refill-knobs';
import type { RemovedService } from '../catalog/catalog-diff';
import type { CatalogChangeLog } from '../catalog/change-log';
import { takeEarlyRead } from './early-read';
import { pickDefaultPanel } from '../panels/default-panel';

export interface AppState {
  ready: boolean;
  panels: PanelProfile[];
  balances: Record<string, PanelBalanceState>;
  orders: Record<string, TrackedOrder>;
  /** The popup's slice of the orders (utils/orders/live-orders.ts); null until the background wrote it. */
  liveOrders: PopupView | null;
  unconfirmed: UnconfirmedAttempt[];
  /** `add` requests on their way to a panel (written by the background around each add). */
  addsInFlight: UnconfirmedAttempt[];
  settings: Settings;
  tracker: TrackerState;
  /** Stored data that could not be read and was reset (a backup kept): see utils/storage.ts. */
  storageNotices: StorageNotice[];
  /** Auto-refill's bookkeeping (written by the background) and the user's on/off choices. */
  autoRefill: AutoRefillState;
  autoRefillChoices: AutoRefillChoices;
  /** Catalog changes found by the background's refreshes (the orders page's "Catalog changes"). */
  catalogChanges: CatalogChangeLog;
  /** panelId → services the panel removed, as last seen (the quick-order form flags a choice of one). */
  catalogRemoved: Record<string, Record<string, RemovedService>>;
  /** panelId → pinned service ids ("Pin service"). */
  pinnedServices: Record<string, string[]>;
}

const ITEMS = {
  panels: panelsItem,
  balances: balancesItem,
  orders: ordersItem,
  liveOrders: liveOrdersItem,
  unconfirmed: unconfirmedItem,
  addsInFlight: addsInFlightItem,
  settings: settingsItem,
  tracker: trackerStateItem,
  storageNotices: storageNoticesItem,
  autoRefill: autoRefillItem,
  autoRefillChoices: autoRefillChoicesItem,
  catalogChanges: catalogChangesItem,
  catalogRemoved: catalogRemovedItem,
  pinnedServices: pinnedServicesItem,
} as const;
export type ItemName = keyof typeof ITEMS;

/** The storage key behind each app-store item (`local:orders`…). */
export const appItemKey = (name: ItemName): string => ITEMS[name].key;

export const appStore = createStore<AppState>(() => ({
  ready: false,
  panels: panelsItem.fallback,
  balances: balancesItem.fallback,
  orders: ordersItem.fallback,
  liveOrders: liveOrdersItem.fallback,
  unconfirmed: unconfirmedItem.fallback,
  addsInFlight: addsInFlightItem.fallback,
  settings: settingsItem.fallback,
  tracker: trackerStateItem.fallback,
  storageNotices: storageNoticesItem.fallback,
  autoRefill: autoRefillItem.fallback,
  autoRefillChoices: autoRefillChoicesItem.fallback,
  catalogChanges: catalogChangesItem.fallback,
  catalogRemoved: catalogRemovedItem.fallback,
  pinnedServices: pinnedServicesItem.fallback,
}));

// A page never repairs stored data, it shows what could be read: a bad value found here is
// the background's to copy and repair (utils/background/storage-repair.ts), asked once.
let repairAsked = false;
handleLostValues(async () => {
  if (repairAsked) return;
  repairAsked = true;
  // Not awaited: the page paints what it read meanwhile.
  sendToBackground('storage.check', {}).catch(() => undefined);
});

/** Each item is read once per page, then kept live by its watch. */
const hydrations = new Map<ItemName, Promise<void>>();

/**
 * Reads the given items (all by default) and subscribes to their changes; items already
 * read are not read again. Pages pass only what they show: the popup reads `liveOrders`
 * (a few hundred orders), not the 10,000 in `orders`.
 */
export function hydrateAppStore(names: readonly ItemName[] = Object.keys(ITEMS) as ItemName[]): Promise<void> {
  const missing = names.filter((name) => !hydrations.has(name));
  if (missing.length) {
    const read = (async () => {
      const items = missing.map((name) => ITEMS[name]);
      // The popup starts its read before its modules load (utils/ui/early-read.ts).
      const early = takeEarlyRead(items.map((item) => item.key));
      // Watchers are registered in the same task the values land in: no change falls between.
      const values = await readLocalItems(items as never[], early);
      const patch: Partial<AppState> = { ready: true };
      missing.forEach((name, i) => Object.assign(patch, { [name]: values[i] }));
      appStore.setState(patch);
      for (const name of missing) {
        const set = (value: unknown) => appStore.setState({ [name]: value ?? ITEMS[name].fallback } as Partial<AppState>);
        const item = ITEMS[name] as { watch(cb: (value: unknown) => void): unknown; watchChecked?(cb: (value: unknown) => void): unknown };
        // A checked item's plain watch checks the previous value too: 10,000 orders twice per write.
        if (item.watchChecked) item.watchChecked(set);
        else item.watch(set);
      }
    })();
    for (const name of missing) hydrations.set(name, read);
  }
  return Promise.all(names.map((name) => hydrations.get(name))).then(() => undefined);
}

/** The panel to act on when the user has not picked one: the default, else the first. */
export function defaultPanel(panels: readonly PanelProfile[]): PanelProfile | null {
  return pickDefaultPanel(panels) ?? null;
}
