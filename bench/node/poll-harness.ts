/**
 * Runs inside the Vite module runner (bench/lib/node-runner.ts): the real poll cycle against
 * the fake browser's in-memory storage, with storage writes counted.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { TrackedOrder } from '@/utils/orders/types';
import type { PanelProfile } from '@/utils/panels/types';
import { ordersItem, panelSecretsItem, panelsItem } from '@/utils/storage';
import { defaultCycleDeps, pollOnce, watchBadge, type CycleDeps, type CycleSummary } from '@/utils/background/tracker/poll-cycle';
import { createPanelClient } from '@/utils/panel-api/client';
import { registerLiveOrders } from '@/utils/background/live-orders';
import { registerStorageRepairs } from '@/utils/background/storage-repair';
import { withLock } from '@/utils/background/lock';
import type { FetchLike } from '@/utils/panel-api/transport';

export { defaultCycleDeps };

export async function seed(panels: PanelProfile[], secrets: Record<string, string>, orders: TrackedOrder[]): Promise<void> {
  fakeBrowser.reset();
  // The reset dropped every listener: the worker's watchers are registered again after.
  watching = false;
  await panelsItem.setValue(panels);
  await panelSecretsItem.setValue(secrets);
  await ordersItem.setValue(Object.fromEntries(orders.map((o) => [o.key, o])));
}

let sets = 0;
let instrumented = false;
/** What each set() wrote (area:keys), and the CPU time spent copying values in and out (ms). */
let written: string[] = [];
let storageMs = { get: 0, set: 0 };

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
    const name = area === fakeBrowser.storage.local ? 'local' : area === fakeBrowser.storage.session ? 'session' : 'sync';
    area.set = async (items: Record<string, unknown>) => {
      sets += 1;
      written.push(`${name}:${Object.keys(items).filter((k) => !k.endsWith('$')).join('+')}`);
      // chrome.storage serializes what it stores: the copy is part of the write's cost.
      const start = process.cpuUsage();
      const copy = structuredClone(items);
      storageMs.set += cpuMs(start);
      return set(copy);
    };
    area.get = (async (keys?: unknown) => {
      const value = await get(keys);
      const start = process.cpuUsage();
      const out = structuredClone(value);
      storageMs.get += cpuMs(start);
      return out;
    }) as typeof area.get;
  }
}

/** CPU time (user + system) since `start`, in ms: wall time would count a descheduled process. */
function cpuMs(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

let watching = false;

/**
 * The worker's own reactions to a cycle's write: the repair watch over every checked item
 * (utils/background/storage-repair.ts), the popup's slice (`liveOrders`) for writes that did
 * not bring it (utils/background/live-orders.ts), and the badge redrawn from the stored slice
 * after every write of what it shows (watchBadge). Registered once, as the
 * worker does at its start; `cycle()` waits for them, since the worker does that work too.
 */
export async function watchLikeTheWorker(): Promise<void> {
  if (watching) return;
  watching = true;
  registerStorageRepairs();
  registerLiveOrders();
  watchBadge();
  // Their once-per-session work at registration, as at a first worker start: done before anything is timed.
  for (const done of ['done:liveOrders', 'done:storageCheck']) while (!(await fakeBrowser.storage.session.get(done))[done]) await new Promise((r) => setTimeout(r, 5));
}

export interface CycleOutcome extends CycleSummary {
  storageSets: number;
  written: string[];
  storageMs: { get: number; set: number };
}

export async function cycle(deps: CycleDeps = defaultCycleDeps, force = false): Promise<CycleOutcome> {
  instrumentStorage();
  const before = sets;
  written = [];
  storageMs = { get: 0, set: 0 };
  const summary = await pollOnce({ force }, deps);
  if (watching) {
    // The change event is delivered after the write; then the slice is written under its lock.
    await new Promise((r) => setTimeout(r, 0));
    await withLock('liveOrders', async () => undefined);
    await withLock('badge', async () => undefined);
  }
  return { ...summary, storageSets: sets - before, written, storageMs };
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
