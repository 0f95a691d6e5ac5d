/**
 * What a user with a busy account has cached: two panels (real simulators, so the pages'
 * own balance refreshes get real answers), their balances, 250 active and 40 finished
 * orders, and the default panel's 8,536-service catalog, fetched and cached by the background
 * (fresh: the quick-order page will not refetch it).
 */
import { controlClient } from '../../panel-sim/control';
import { startPanelSim, type PanelSim } from '../../panel-sim/server';
import { seedPanels } from '../../testing/seed';
import { makeOrder } from '../../testing/orders';
import type { TrackedOrder } from '../../utils/orders/types';
import type { PanelBalanceState } from '../../utils/panels/types';
import { DEFAULT_SETTINGS } from '../../utils/settings';
import { BLANK_PAGE, type ExtensionSession } from './browser';
import { largeRawCatalog } from './catalogs';

export const ACTIVE_ORDERS = [200, 50];
export const FINISHED_ORDERS = 40;
export const DEFAULT_PANEL = 'p1';

export async function seedExtension(session: ExtensionSession): Promise<{ sims: PanelSim[]; services: number; orders: number }> {
  // The default panel answers `services` with the 8,536 real services.
  const sims = await Promise.all(ACTIVE_ORDERS.map((_, i) => startPanelSim({ port: 0, quiet: true, ...(i === 0 ? { services: largeRawCatalog() } : {}) })));
  const profiles = await seedPanels(
    session.worker,
    sims.map((sim, i) => ({ id: `p${i + 1}`, name: `Sim panel ${i + 1}`, apiUrl: sim.apiUrl, key: sim.key, isDefault: i === 0 })),
  );
  const now = Date.now();
  const orders: TrackedOrder[] = [];
  const balances: Record<string, PanelBalanceState> = {};
  for (const [i, sim] of sims.entries()) {
    const panelId = profiles[i]!.id;
    const { ids } = await controlClient(sim.url).createOrders(ACTIVE_ORDERS[i]! + FINISHED_ORDERS / 2);
    ids.forEach((id, n) => {
      const active = n < ACTIVE_ORDERS[i]!;
      orders.push(
        makeOrder(panelId, id, {
          createdAt: now - n * 60_000,
          status: active ? 'in_progress' : 'completed',
          statusText: active ? 'In progress' : 'Completed',
          charge: '0.9',
          currency: 'USD',
          startCount: 1200,
          remains: active ? 400 : 0,
          lastCheckedAt: now - 30_000,
        }),
      );
    });
    balances[panelId] = { last: { balance: '100.00', currency: 'USD', fetchedAt: now - 60_000 }, error: null };
  }
  await session.worker.evaluate(
    async ([orders, balances, settings]) => {
      const chrome = (globalThis as any).chrome;
      await chrome.storage.local.set({ orders, balances, settings });
      // No poll cycle in the middle of a measurement.
      await chrome.alarms.clearAll();
    },
    [Object.fromEntries(orders.map((o) => [o.key, o])), balances, { ...DEFAULT_SETTINGS, pollIntervalSec: 3600 }] as const,
  );
  // The catalog is cached the product's own way: the background fetches and stores it.
  const page = await session.open(BLANK_PAGE);
  try {
    const refreshed = await page.evaluate(
      (panelId) => (globalThis as any).chrome.runtime.sendMessage({ panelpilot: true, type: 'catalog.refresh', data: { panelId } }),
      DEFAULT_PANEL,
    );
    // The answer comes wrapped in the messaging layer's reply envelope ({ value }) when it has one.
    const result = refreshed && 'value' in refreshed && !('ok' in refreshed) ? refreshed.value : refreshed;
    if (!result?.ok) throw new Error(`catalog.refresh failed: ${JSON.stringify(refreshed)}`);
    return { sims, services: result.value.count as number, orders: orders.length };
  } finally {
    await page.close();
  }
}
