/**
 * Puts state straight into the extension's storage, from the harness page, for tests about
 * something other than setting a panel up. The shapes are testing/seed.ts's (utils/storage.ts).
 */
import type { TrackedOrder } from '../../utils/orders/types';
import type { PanelProfile } from '../../utils/panels/types';
import { DEFAULT_SETTINGS, type Settings } from '../../utils/settings';
import { panelRecords, type SeedPanel } from '../../testing/seed';
import type { FirefoxExtension } from '../../testing/firefox/extension';

export async function seedPanels(ext: FirefoxExtension, panels: SeedPanel[]): Promise<PanelProfile[]> {
  const records = panelRecords(panels);
  await ext.storageSet(records);
  return records.panels;
}

export async function seedOrders(ext: FirefoxExtension, orders: TrackedOrder[]): Promise<void> {
  await ext.storageSet({ orders: Object.fromEntries(orders.map((o) => [o.key, o])) });
}

/** Stores settings (defaults plus `patch`); the background reconciles its poll alarm from them. */
export async function seedSettings(ext: FirefoxExtension, patch: Partial<Settings>): Promise<void> {
  await ext.storageSet({ settings: { ...DEFAULT_SETTINGS, ...patch } });
}

export async function storedOrders(ext: FirefoxExtension): Promise<TrackedOrder[]> {
  return Object.values((await ext.storageGet<Record<string, TrackedOrder> | undefined>('orders')) ?? {});
}
