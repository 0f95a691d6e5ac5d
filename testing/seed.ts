/**
 * Puts state straight into the extension's storage from its service worker, for tests that
 * are about something other than setting a panel up through the options page.
 * The keys and shapes are the ones declared in utils/storage.ts.
 */
import type { Worker } from '@playwright/test';
import type { PanelProfile } from '../utils/panels/types';
import type { TrackedOrder } from '../utils/orders/types';
import { DEFAULT_SETTINGS, type Settings } from '../utils/settings';

export interface SeedPanel {
  id?: string;
  name: string;
  apiUrl: string;
  key: string;
  isDefault?: boolean;
  lowBalanceThreshold?: string | null;
}

/** The stored records for `panels`: the profiles pages read, and the keys kept apart. */
export function panelRecords(panels: SeedPanel[]): { panels: PanelProfile[]; panelSecrets: Record<string, string> } {
  const profiles: PanelProfile[] = panels.map((p, i) => ({
    id: p.id ?? `panel-${i + 1}`,
    name: p.name,
    apiUrl: p.apiUrl,
    isDefault: p.isDefault ?? i === 0,
    lowBalanceThreshold: p.lowBalanceThreshold ?? null,
    createdAt: Date.now(),
  }));
  return { panels: profiles, panelSecrets: Object.fromEntries(profiles.map((p, i) => [p.id, panels[i]!.key])) };
}

export async function seedPanels(worker: Worker, panels: SeedPanel[]): Promise<PanelProfile[]> {
  const records = panelRecords(panels);
  await worker.evaluate(async (records) => {
    await (globalThis as any).chrome.storage.local.set(records);
  }, records);
  return records.panels;
}

export async function seedOrders(worker: Worker, orders: TrackedOrder[]): Promise<void> {
  const record = Object.fromEntries(orders.map((o) => [o.key, o]));
  await worker.evaluate(async (record) => {
    await (globalThis as any).chrome.storage.local.set({ orders: record });
  }, record);
}

export async function readStorage<T = unknown>(worker: Worker, key: string): Promise<T> {
  return worker.evaluate(async (key) => (await (globalThis as any).chrome.storage.local.get(key))[key], key) as Promise<T>;
}


/** Stores settings (defaults plus `patch`); the worker reconciles its poll alarm from them. */
export async function seedSettings(worker: Worker, patch: Partial<Settings>): Promise<void> {
  const settings: Settings = { ...DEFAULT_SETTINGS, ...patch };
  await worker.evaluate(async (settings) => {
    await (globalThis as any).chrome.storage.local.set({ settings });
  }, settings);
}
