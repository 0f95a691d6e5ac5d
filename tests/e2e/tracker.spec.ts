/**
 * The order tracker in a real browser against two real simulators: batched polling, grouped
 * notifications, the badge, recovery from every fault, a worker stopped mid-cycle, and a
 * rejected key.
 * The simulators' clocks stand still until a test moves them, so each order's status is
 * exactly what the test says when the poller asks.
 */
import type { Worker } from '@playwright/test';
import type { FaultSpec } from '../../panel-sim/faults';
import type { TrackedOrder } from '../../utils/orders/types';
import type { PanelPollState, TrackerState } from '../../utils/tracker-state/types';
import { test, expect, type SimHandle } from './fixtures';
import { readStorage, seedOrders, seedPanels, seedSettings } from '../../testing/seed';
import { makeOrder } from '../../testing/orders';

test.use({ panelOptions: { clockSpeed: 0 } });

/** The badge colours of utils/background/tracker/badge.ts, as Chrome reports them (RGBA). */
const NORMAL = [0x24, 0x56, 0xd6, 255];
const WARNING = [0xd9, 0x77, 0x06, 255];

/** `count` orders per fate on the simulator, tracked in the extension as freshly placed. */
async function placeOrders(sim: SimHandle, panelId: string, fates: Record<string, number>): Promise<TrackedOrder[]> {
  const orders: TrackedOrder[] = [];
  for (const [fate, count] of Object.entries(fates)) {
    const link = `https://www.instagram.com/p/${fate}/?pp-fate=${fate}`;
    const { ids } = await sim.control.createOrders(count, { link, quantity: 1000 });
    orders.push(...ids.map((id) => makeOrder(panelId, id, { link, quantity: 1000 })));
  }
  return orders;
}

/** 200 orders on "Demo panel" (190 complete, 10 partial), 50 on "Second panel" (45 complete, 5 canceled). */
async function trackTwoPanels(worker: Worker, demo: SimHandle, second: SimHandle): Promise<void> {
  await seedPanels(worker, [
    { id: 'demo', name: 'Demo panel', apiUrl: demo.apiUrl, key: demo.key },
    { id: 'second', name: 'Second panel', apiUrl: second.apiUrl, key: second.key },
  ]);
  const orders = [
    ...(await placeOrders(demo, 'demo', { completed: 190, partial: 10 })),
    ...(await placeOrders(second, 'second', { completed: 45, canceled: 5 })),
  ];
  await seedOrders(worker, orders);
}

interface Shown {
  kind: string;
  keys: string[];
}

/** The notifications the extension shows, each with the order keys it is about. */
async function shown(worker: Worker): Promise<Shown[]> {
  const { ids, lists } = await worker.evaluate(async () => {
    const chrome = (globalThis as any).chrome;
    const ids = Object.keys(await chrome.notifications.getAll());
    const lists: Record<string, string[]> = (await chrome.storage.local.get('notificationLists')).notificationLists ?? {};
    return { ids, lists };
  });
  return ids.map((id) => {
    // pp|<page to open>|<kind>|<time>: the page names the orders (?keys=, or ?list= for a long list).
    const [, target = '', kind = ''] = id.split('|');
    const params = new URL(target, 'chrome-extension://x').searchParams;
    const keys = params.has('list') ? (lists[params.get('list')!] ?? []) : (params.get('keys') ?? params.get('order') ?? '').split(',');
    return { kind, keys };
  });
}

/** One line per notification: "panel|kind|how many orders", sorted. */
async function notifications(worker: Worker): Promise<string[]> {
  return (await shown(worker)).map(({ kind, keys }) => `${keys[0]?.split(':')[0]}|${kind}|${keys.length}`).sort();
}

/** How many orders were notified per panel and kind, and any order notified more than once. */
async function ordersNotified(worker: Worker): Promise<{ byKind: Record<string, number>; repeated: string[] }> {
  const byKind: Record<string, number> = {};
  const seen = new Set<string>();
  const repeated: string[] = [];
  for (const { kind, keys } of await shown(worker)) {
    for (const key of keys) {
      const group = `${key.split(':')[0]}|${kind}`;
      byKind[group] = (byKind[group] ?? 0) + 1;
      if (seen.has(key)) repeated.push(key);
      seen.add(key);
    }
  }
  return { byKind, repeated };
}

async function badge(worker: Worker): Promise<{ text: string; color: number[] }> {
  return worker.evaluate(async () => {
    const chrome = (globalThis as any).chrome;
    return { text: await chrome.action.getBadgeText({}), color: await chrome.action.getBadgeBackgroundColor({}) };
  });
}

async function pollState(worker: Worker, panelId: string): Promise<PanelPollState | undefined> {
  return (await readStorage<TrackerState | undefined>(worker, 'tracker'))?.panels[panelId];
}

/** Status request batch sizes per simulator, in order. */
async function statusBatches(...sims: SimHandle[]): Promise<number[][]> {
  return Promise.all(sims.map(async (sim) => (await sim.control.stats()).batchSizes.status ?? []));
}

async function expectNoOrderLost(worker: Worker, status: TrackedOrder['status'] | 'finished'): Promise<void> {
  const orders = Object.values((await readStorage<Record<string, TrackedOrder>>(worker, 'orders')) ?? {});
  expect(orders).toHaveLength(250);
  expect(orders.filter((o) => o.missing)).toEqual([]);
  const finished = ['completed', 'partial', 'canceled'];
  expect(orders.filter((o) => (status === 'finished' ? !finished.includes(o.status) : o.status !== status)).map((o) => o.key)).toEqual([]);
}

test('250 orders on two panels: 3 status calls a cycle, the popup’s Check now shows new statuses, grouped notifications, badge', async ({
  worker,
  panel: demo,
  startPanel,
  openPage,
}) => {
  const second = await startPanel({ clockSpeed: 0 });
  await trackTwoPanels(worker, demo, second);
  await expect.poll(() => badge(worker)).toEqual({ text: '250', color: NORMAL });
  await Promise.all([demo.control.reset(), second.control.reset()]);

  const popup = await openPage('popup.html');
  const checkNow = popup.getByRole('button', { name: 'Check now' });
  const result = popup.getByRole('status').filter({ hasText: 'Checked' });
  await checkNow.click();
  await expect(result).toHaveText('Checked 250 orders: 250 changed.');
  // ⌈200/100⌉ + ⌈50/100⌉ = 3 status calls, ids in batches of at most 100.
  expect(await statusBatches(demo, second)).toEqual([[100, 100], [50]]);
  await expect(popup.getByRole('button', { name: /^Order 10001: Instagram Followers .* Pending / })).toBeVisible();

  // A cycle in which nothing changed: the same 3 calls, nothing to tell.
  await checkNow.click();
  await expect(result).toHaveText('Checked 250 orders: 0 changed.');
  expect(await statusBatches(demo, second)).toEqual([[100, 100, 100, 100], [50, 50]]);
  expect(await notifications(worker)).toEqual([]);

  // Every order reaches its end on the panels.
  await Promise.all([demo.control.advance(200_000), second.control.advance(200_000)]);
  await checkNow.click();
  await expect(result).toHaveText('Checked 250 orders: 250 changed.');
  expect(await statusBatches(demo, second)).toEqual([[100, 100, 100, 100, 100, 100], [50, 50, 50]]);
  await expect(popup.getByRole('button', { name: /^Order 10001: Instagram Followers .* Completed / })).toBeVisible();
  await expect(popup.getByRole('heading', { name: 'Active (0)' })).toBeVisible();

  // One notification per panel and outcome, naming all of its orders.
  await expect.poll(() => notifications(worker)).toEqual(['demo|order:completed|190', 'demo|order:partial|10', 'second|order:canceled|5', 'second|order:completed|45']);
  await expect.poll(() => badge(worker)).toEqual({ text: '', color: NORMAL });
  await expectNoOrderLost(worker, 'finished');

  // Only unfinished orders are polled: now there are none.
  await checkNow.click();
  await expect(result).toHaveText('Checked 0 orders: 0 changed.');
  expect((await statusBatches(demo, second)).map((b) => b.length)).toEqual([6, 3]);
  expect(await notifications(worker)).toHaveLength(4);
});

const FAULTS: { spec: FaultSpec; kind: string }[] = [
  { spec: { kind: 'http500' }, kind: 'server' },
  { spec: { kind: 'http429', retryAfter: 2 }, kind: 'rate_limited' },
  // Cloudflare's check page: not the API, and not a key problem.
  { spec: { kind: 'html' }, kind: 'challenge' },
  // Longer than the e2e build’s 5 s client timeout.
  { spec: { kind: 'stall', stallMs: 10_000 }, kind: 'timeout' },
  { spec: { kind: 'reset' }, kind: 'network' },
];

test('the poller recovers from every fault and from a worker stopped mid-cycle, losing no order and notifying nothing twice', async ({
  context,
  worker,
  panel: demo,
  startPanel,
}) => {
  test.setTimeout(90_000);
  const second = await startPanel({ clockSpeed: 0 });
  await trackTwoPanels(worker, demo, second);
  // Unpacked extensions are not held to Chrome's 30 s alarm minimum: a cycle every second.
  await seedSettings(worker, { pollIntervalSec: 1 });
  await expect.poll(async () => (await pollState(worker, 'demo'))?.lastSuccessAt ?? null).not.toBeNull();

  for (const { spec, kind } of FAULTS) {
    await test.step(`${spec.kind} on, then off`, async () => {
      await demo.control.setFault({ ...spec, actions: ['status'] });
      await expect.poll(async () => (await pollState(worker, 'demo'))?.lastError?.error.kind ?? null).toBe(kind);
      await expect.poll(() => badge(worker)).toEqual({ text: '250', color: WARNING });
      if (spec.kind === 'http429') {
        const state = (await pollState(worker, 'demo'))!;
        expect(state.nextAttemptAt! - state.lastError!.at).toBeGreaterThanOrEqual(2000);
      }
      await demo.control.clearFaults();
      await expect.poll(async () => (await pollState(worker, 'demo'))?.failures, { timeout: 15_000 }).toBe(0);
      await expect.poll(() => badge(worker)).toEqual({ text: '250', color: NORMAL });
      await expectNoOrderLost(worker, 'pending');
    });
  }

  // Demo panel's orders finish: told once. (A cycle may catch them between its two batches,
  // so they can arrive in two notifications; what matters is each order exactly once.)
  const demoDone = { 'demo|order:completed': 190, 'demo|order:partial': 10 };
  await demo.control.advance(200_000);
  await expect.poll(() => ordersNotified(worker)).toEqual({ byKind: demoDone, repeated: [] });

  // Second panel's orders finish too, but its answer stalls: a cycle is under way when the
  // worker is stopped. Nothing of that cycle was written.
  await second.control.setFault({ kind: 'stall', actions: ['status'], stallMs: 60_000 });
  await second.control.advance(200_000);
  const asked = (await second.control.stats()).counts['status:orders'] ?? 0;
  await expect.poll(async () => (await second.control.stats()).counts['status:orders'] ?? 0).toBeGreaterThan(asked);
  await worker.evaluate(() => ((globalThis as any).beforeStop = true));
  const cdp = await context.newCDPSession(await context.newPage());
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await second.control.clearFaults();

  // The alarm starts a fresh worker, whose cycle finishes the job.
  await expect.poll(() => worker.evaluate(() => ((globalThis as any).beforeStop ? 'old worker' : 'fresh worker'))).toBe('fresh worker');
  const allDone = { byKind: { ...demoDone, 'second|order:completed': 45, 'second|order:canceled': 5 }, repeated: [] };
  await expect.poll(() => ordersNotified(worker), { timeout: 15_000 }).toEqual(allDone);
  await expectNoOrderLost(worker, 'finished');
  await expect.poll(() => badge(worker)).toEqual({ text: '', color: NORMAL });

  // More cycles pass: nothing new is told, nothing is written.
  const lastCycle = (await readStorage<TrackerState>(worker, 'tracker')).lastCycleAt;
  await new Promise((resolve) => setTimeout(resolve, 2500));
  expect(await ordersNotified(worker)).toEqual(allDone);
  expect((await readStorage<TrackerState>(worker, 'tracker')).lastCycleAt).toBe(lastCycle);
});

test('a rejected key pauses that panel and says so once; the panel saved with the right key is polled again', async ({ worker, panel, openPage }) => {
  await seedPanels(worker, [{ id: 'demo', name: 'Demo panel', apiUrl: panel.apiUrl, key: 'a-wrong-key' }]);
  const { ids } = await panel.control.createOrders(3);
  await seedOrders(worker, ids.map((id) => makeOrder('demo', id)));
  await seedSettings(worker, { pollIntervalSec: 1 });

  await expect.poll(async () => (await pollState(worker, 'demo'))?.pausedForAuth).toBe(true);
  await expect.poll(() => badge(worker)).toEqual({ text: '3', color: WARNING });
  // Paused: a few alarm cycles pass without asking the panel or telling the user again.
  await panel.control.reset();
  await new Promise((resolve) => setTimeout(resolve, 2500));
  expect((await panel.control.stats()).counts.status ?? 0).toBe(0);
  expect((await shown(worker)).map((n) => n.kind)).toEqual(['auth']);
  // Check now says which panel was not asked, and why.
  const popup = await openPage('popup.html');
  await popup.getByRole('button', { name: 'Check now' }).click();
  await expect(popup.getByRole('status').filter({ hasText: 'Checked' })).toHaveText(
    'Checked 0 orders: 0 changed. Not asked: Demo panel (the panel refused access: fix the key, IP whitelist or API switch it named, then save the panel in Settings).',
  );
  await popup.close();

  await seedPanels(worker, [{ id: 'demo', name: 'Demo panel', apiUrl: panel.apiUrl, key: panel.key }]);
  await expect.poll(async () => (await pollState(worker, 'demo'))?.lastSuccessAt ?? null).not.toBeNull();
  await expect.poll(() => badge(worker)).toEqual({ text: '3', color: NORMAL });
  expect((await shown(worker)).map((n) => n.kind)).toEqual(['auth']);
});
