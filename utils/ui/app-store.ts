/**
 * The UI's view of stored state, shared by popup, options, quick order and orders pages.
 * Hydrated from extension storage (not localStorage: pages and worker share one truth) and
 * kept live through storage change events, so a page updates the moment the worker writes.
 * Components read from here and dispatch messages; they never fetch from panels.
 */
import { createStore } from 'zustand/vanilla';
import type { TrackedOrder, UnconfirmedAttempt } from '../orders/types';
import type { PanelBalanceState, PanelProfile } from '../panels/types';
import type { Settings } from '../settings';
import {
  balancesItem,
  ordersItem,
  panelsItem,
  settingsItem,
  storageNoticesItem,
  trackerStateItem,
  unconfirmedItem,
  type StorageNotice,
  readLocalItems,
} from '../storage';
import type { TrackerState } from '../tracker/types';
import { takeEarlyRead } from './early-read';

export interface AppState {
  ready: boolean;
  panels: PanelProfile[];
  balances: Record<string, PanelBalanceState>;
  orders: Record<string, TrackedOrder>;
  unconfirmed: UnconfirmedAttempt[];
  settings: Settings;
  tracker: TrackerState;
  /** Stored data that could not be read and was reset (a backup kept): see utils/storage.ts. */
  storageNotices: StorageNotice[];
}

const ITEMS = {
  panels: panelsItem,
  balances: balancesItem,
  orders: ordersItem,
  unconfirmed: unconfirmedItem,
  settings: settingsItem,
  tracker: trackerStateItem,
  storageNotices: storageNoticesItem,
} as const;
export type ItemName = keyof typeof ITEMS;

/** The storage key behind each app-store item (`local:orders`…). */
export const appItemKey = (name: ItemName): string => ITEMS[name].key;

export const appStore = createStore<AppState>(() => ({
  ready: false,
  panels: panelsItem.fallback,
  balances: balancesItem.fallback,
  orders: ordersItem.fallback,
  unconfirmed: unconfirmedItem.fallback,
  settings: settingsItem.fallback,
  tracker: trackerStateItem.fallback,
  storageNotices: storageNoticesItem.fallback,
}));

let hydration: Promise<void> | null = null;

/**
 * Reads the given items (all by default) once and subscribes to their changes. Pages pass
 * only what they show, so the popup does not parse 10,000 orders it will not list… it does
 * need orders, but not, say, the tracker state.
 */
export function hydrateAppStore(names: readonly ItemName[] = Object.keys(ITEMS) as ItemName[]): Promise<void> {
  hydration ??= (async () => {
    const items = names.map((name) => ITEMS[name]);
    // The popup starts its read before its modules load (utils/ui/early-read.ts).
    const early = takeEarlyRead(items.map((item) => item.key));
    // Watchers are registered in the same task the values land in: no change falls between.
    const values = await readLocalItems(items as never[], early);
    const patch: Partial<AppState> = { ready: true };
    names.forEach((name, i) => Object.assign(patch, { [name]: values[i] }));
    appStore.setState(patch);
    for (const name of names) {
      (ITEMS[name] as { watch(cb: (value: unknown) => void): unknown }).watch((value) => {
        appStore.setState({ [name]: value ?? ITEMS[name].fallback } as Partial<AppState>);
      });
    }
  })();
  return hydration;
}

/** The panel to act on when the user has not picked one: the default, else the first. */
export function defaultPanel(panels: readonly PanelProfile[]): PanelProfile | null {
  return panels.find((p) => p.isDefault) ?? panels[0] ?? null;
}
