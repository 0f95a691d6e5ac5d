/**
 * Runs inside the Vite module runner (bench/lib/node-runner.ts): the real poll cycle against
 * the fake browser's in-memory storage, with storage writes counted.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { TrackedOrder } from '@/utils/orders/types';
import type { PanelProfile } from '@/utils/panels/types';
import { ordersItem, panelSecretsItem, panelsItem } from '@/utils/storage';
import { defaultCycleDeps, runPollCycle, type CycleDeps, type CycleSummary } from '@/utils/tracker/poll-cycle';
import { createPanelClient } from '@/utils/panel-api/client';
import type { FetchLike } from '@/utils/panel-api/transport';

export { defaultCycleDeps };

export async function seed(panels: PanelProfile[], secrets: Record<string, string>, orders: TrackedOrder[]): Promise<void> {
  fakeBrowser.reset();
  await panelsItem.setValue(panels);
  await panelSecretsItem.setValue(secrets);
  await ordersItem.setValue(Object.fromEntries(orders.map((o) => [o.key, o])));
}

let sets = 0;
let instrumented = false;

/**
 * Counts every storage set() call (WXT storage writes go through these), and makes reads
 * return copies: chrome.storage deserializes on every get, the fake would hand out its own
 * objects, and the worker's CPU figure should include that copying.
 */
function instrumentStorage(): void {
  if (instrumented) return;
  instrumented = true;
  for (const area of [fakeBrowser.storage.local, fakeBrowser.storage.session, fakeBrowser.storage.sync]) {
    const set = area.set.bind(area);
    const get = area.get.bind(area) as (keys?: unknown) => Promise<Record<string, unknown>>;
    area.set = (items: Record<string, unknown>) => {
      sets += 1;
      return set(items);
    };
    area.get = (async (keys?: unknown) => structuredClone(await get(keys))) as typeof area.get;
  }
}

export async function cycle(deps: CycleDeps = defaultCycleDeps, force = false): Promise<CycleSummary & { storageSets: number }> {
  instrumentStorage();
  const before = sets;
  const summary = await runPollCycle({ force }, deps);
  return { ...summary, storageSets: sets - before };
}

/**
 * Clients that answer instantly from memory. Answers depend on the current `phase` (the
 * status word every order has) and are built once per phase and batch: after a warm-up, a
 * measured cycle spends nothing on making them (the network wait is excluded by design).
 */
export function readyPanels(panels: PanelProfile[], answer: (phase: string, orderId: string) => Record<string, string>) {
  const cache = new Map<string, string>();
  let phase = '';
  const fetch: FetchLike = async (_url, init) => {
    const list = new URLSearchParams(String(init.body)).get('orders') ?? '';
    const key = `${phase}|${list}`;
    let body = cache.get(key);
    if (body === undefined) {
      body = JSON.stringify(Object.fromEntries(list.split(',').map((id) => [id, answer(phase, id)])));
      cache.set(key, body);
    }
    return new Response(body, { headers: { 'content-type': 'application/json' } });
  };
  const opened = panels.map((panel) => ({ panel, client: createPanelClient({ apiUrl: panel.apiUrl, apiKey: 'bench-key' }, { fetch }) }));
  return {
    openPanels: async () => opened,
    setPhase: (next: string) => {
      phase = next;
    },
  };
}
