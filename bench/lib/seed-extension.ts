/**
 * What a user with a busy account has cached: two panels (real simulators, so the pages'
 * own balance refreshes get real answers), their balances, 250 active and 40 finished
 * orders, and the default panel's 8,536-service catalog, fresh (no refetch on open).
 */
import { controlClient } from '../../panel-sim/control';
import { startPanelSim, type PanelSim } from '../../panel-sim/server';
import { makeOrder, seedPanels } from '../../tests/e2e/seed';
import type { TrackedOrder } from '../../utils/orders/types';
import type { PanelBalanceState } from '../../utils/panels/types';
import { DEFAULT_SETTINGS } from '../../utils/settings';
import type { ExtensionSession } from './browser';
import { largeCatalog } from './catalogs';

export const ACTIVE_ORDERS = [200, 50];
export const FINISHED_ORDERS = 40;
export const DEFAULT_PANEL = 'p1';

export async function seedExtension(session: ExtensionSession): Promise<{ sims: PanelSim[]; services: number; orders: number }> {
  const sims = await Promise.all(ACTIVE_ORDERS.map(() => startPanelSim({ port: 0, quiet: true })));
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
  const services = largeCatalog();
  await session.worker.evaluate(
    async ([orders, balances, catalog, settings]) => {
      const chrome = (globalThis as any).chrome;
      await chrome.storage.local.set({ orders, balances, [`catalog:${catalog.panelId}`]: catalog, settings });
      // No poll cycle in the middle of a measurement.
      await chrome.alarms.clearAll();
    },
    [Object.fromEntries(orders.map((o) => [o.key, o])), balances, { panelId: DEFAULT_PANEL, fetchedAt: now, services }, { ...DEFAULT_SETTINGS, pollIntervalSec: 3600 }] as const,
  );
  return { sims, services: services.length, orders: orders.length };
}
