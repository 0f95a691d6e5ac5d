/**
 * The archive of older finished orders (utils/background/orders-archive.ts): the split at
 * worker start, a move cut off by the worker's death, and every reader and action seeing
 * archived orders once.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../../entrypoints/background';
import { batch, order, statusInfo } from '../../../testing/orders';
import { KEEP_FINISHED, MOVE_ABOVE } from '../../orders/archive-split';
import { readAllOrders, readArchive, readOrdersHolding } from '../../orders/read-all';
import type { TrackedOrder } from '../../orders/types';
import type { PanelClient } from '../../panel-api/types';
import { archiveChunkItem, ordersArchiveIndexItem, ordersItem, storageNoticesItem } from '../../storage';
import { exportBackup, restoreBackup } from '../backup';
import { importOrders, restoreOrders, stopTracking } from '../order-actions';
import { archiveIfDue } from '../orders-archive';
import { recordRefills } from '../record-refills';
import { checkStoredItems } from '../storage-repair';
import { POLL_ALARM } from '../tracker/alarms';

const DAY = 24 * 3_600_000;
const NOW = Date.UTC(2026, 10, 30);
const FINISHED = MOVE_ABOVE + 200;
const RUNNING = 20;

/** A user's orders from the last months: FINISHED finished (one every 2 hours, newest first), RUNNING running. */
function history(): TrackedOrder[] {
  const finished = Array.from({ length: FINISHED }, (_, i) => order('p', `f${i}`, { status: 'completed', statusText: 'Completed', createdAt: NOW - DAY - i * 2 * 3_600_000 }));
  const running = Array.from({ length: RUNNING }, (_, i) => order('p', `r${i}`, { status: 'in_progress', statusText: 'In progress', createdAt: NOW - i * 60_000 }));
  return [...finished, ...running];
}

const seed = (list = history()) => ordersItem.setValue(Object.fromEntries(list.map((o) => [o.key, o])));

/** Every archived order key, once per chunk it is in. */
async function archivedKeys(): Promise<string[]> {
  return [...(await readArchive()).values()].flatMap((chunk) => Object.keys(chunk));
}

beforeEach(() => fakeBrowser.reset());

describe('the split', () => {
  it('happens at worker start: local:orders keeps the running and newest finished orders, the archive the rest, each order in one place', async () => {
    await seed();
    background.main();
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get(POLL_ALARM)).toBeDefined());
    await vi.waitFor(async () => expect(Object.keys(await ordersItem.getValue())).toHaveLength(RUNNING + KEEP_FINISHED), { timeout: 5000 });
    const recent = await ordersItem.getValue();
    const archived = await archivedKeys();
    expect(archived).toHaveLength(FINISHED - KEEP_FINISHED);
    expect(archived.filter((key) => Object.hasOwn(recent, key))).toEqual([]);
    expect(Object.keys(await readAllOrders())).toHaveLength(FINISHED + RUNNING);
    // The newest first screen is whole in local:orders: every archived order is older.
    const all = await readAllOrders();
    const oldestKept = Math.min(...Object.values(recent).map((o) => o.createdAt));
    expect(archived.every((key) => all[key]!.createdAt < oldestKept)).toBe(true);
    expect((await ordersArchiveIndexItem.getValue()).length).toBeGreaterThan(1);
  });

  it('a worker killed between the archive’s write and the orders’ leaves every order readable once; the move done again duplicates nothing', async () => {
    await seed();
    const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    const spy = vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items) => {
      if (Object.hasOwn(items, 'orders')) throw new Error('worker stopped');
      return set(items);
    });
    await expect(archiveIfDue()).rejects.toThrow('worker stopped');
    spy.mockRestore();
    // In both places for now: read once, the copy in local:orders winning.
    expect(Object.keys(await ordersItem.getValue())).toHaveLength(FINISHED + RUNNING);
    expect(await archivedKeys()).toHaveLength(FINISHED - KEEP_FINISHED);
    expect(Object.keys(await readAllOrders())).toHaveLength(FINISHED + RUNNING);

    expect(await archiveIfDue()).toBe(FINISHED - KEEP_FINISHED);
    expect(await archiveIfDue()).toBe(0);
    const archived = await archivedKeys();
    expect(archived).toHaveLength(FINISHED - KEEP_FINISHED);
    expect(new Set(archived).size).toBe(archived.length);
    expect(Object.keys(await ordersItem.getValue())).toHaveLength(RUNNING + KEEP_FINISHED);
    expect(Object.keys(await readAllOrders())).toHaveLength(FINISHED + RUNNING);
  });
});

describe('archived orders, acted on', () => {
  const OLD = `p:f${FINISHED - 1}`;

  beforeEach(async () => {
    await seed();
    await archiveIfDue();
    expect(Object.hasOwn(await ordersItem.getValue(), OLD)).toBe(false);
  });

  it('an action reads the archive only for a key local:orders lacks', async () => {
    const recentOnly = await readOrdersHolding(['p:r0', 'p:f0']);
    expect(Object.keys(recentOnly)).toHaveLength(RUNNING + KEEP_FINISHED);
    expect(Object.hasOwn(recentOnly, OLD)).toBe(false);
    const withArchived = await readOrdersHolding(['p:r0', OLD]);
    expect(withArchived[OLD]?.orderId).toBe(`f${FINISHED - 1}`);
    expect(Object.keys(withArchived)).toHaveLength(FINISHED + RUNNING);
  });

  it('a refill on an archived order is recorded where the tracker polls it, and it leaves the archive', async () => {
    await recordRefills(new Map([[OLD, '77']]), NOW);
    const recent = await ordersItem.getValue();
    expect(recent[OLD]!.refills.map((r) => r.refillId)).toEqual(['77']);
    expect(await archivedKeys()).not.toContain(OLD);
    expect(Object.keys(await readAllOrders())).toHaveLength(FINISHED + RUNNING);
    // Its refill still runs: no move takes it back meanwhile.
    await seed([...Object.values(await readAllOrders()), ...Array.from({ length: MOVE_ABOVE }, (_, i) => order('p', `n${i}`, { status: 'completed', createdAt: NOW + i }))]);
    await archiveIfDue();
    expect((await ordersItem.getValue())[OLD]!.refills).toHaveLength(1);
  });

  it('stop tracking removes it from its chunk; undo brings it back, once', async () => {
    const { removed } = await stopTracking([OLD, 'p:r0']);
    expect(removed.map((o) => o.key).sort()).toEqual([OLD, 'p:r0']);
    expect(Object.hasOwn(await readAllOrders(), OLD)).toBe(false);
    expect(Object.keys(await readAllOrders())).toHaveLength(FINISHED + RUNNING - 2);
    await restoreOrders(removed);
    expect(Object.keys(await readAllOrders())).toHaveLength(FINISHED + RUNNING);
    await restoreOrders(removed);
    const archived = await archivedKeys();
    expect(Object.keys(await ordersItem.getValue()).filter((key) => archived.includes(key))).toEqual([]);
  });

  it('import finds an archived order already tracked and keeps it as it is', async () => {
    const client = { statuses: async (ids: readonly string[]) => batch(Object.fromEntries(ids.map((id) => [id, { ok: true as const, value: statusInfo('Completed') }]))) } as unknown as PanelClient;
    const deps = { open: async (id: string) => ({ panel: { id, name: 'P', apiUrl: '', isDefault: true, lowBalanceThreshold: null, createdAt: 0 }, client }), now: () => NOW };
    const before = (await readAllOrders())[OLD];
    const outcome = await importOrders('p', [`f${FINISHED - 1}`, 'brand-new'], deps);
    expect(outcome.imported).toBe(1);
    expect(outcome.results[0]).toMatchObject({ key: OLD, ok: true, detail: 'Already tracked' });
    expect((await readAllOrders())[OLD]).toEqual(before);
    expect(Object.keys(await readAllOrders())).toHaveLength(FINISHED + RUNNING + 1);
  });

  it('a backup holds every order; restoring it over the same orders duplicates none', async () => {
    const { json } = await exportBackup(NOW);
    expect(Object.keys(JSON.parse(json).data.orders)).toHaveLength(FINISHED + RUNNING);
    await fakeBrowser.storage.local.clear();
    const outcome = await restoreBackup(json);
    expect(outcome).toMatchObject({ ok: true, orders: FINISHED + RUNNING });
    expect(Object.keys(await readAllOrders())).toHaveLength(FINISHED + RUNNING);
    await seed(); // the same orders again, as a second restore over an archive would find them
    expect((await restoreBackup(json)).ok).toBe(true);
    await archiveIfDue();
    const archived = await archivedKeys();
    expect(new Set(archived).size).toBe(archived.length);
    expect(Object.keys(await readAllOrders())).toHaveLength(FINISHED + RUNNING);
  });

  it('a chunk that cannot be read is repaired like the orders: its readable part kept, a copy and a notice', async () => {
    const [id] = await ordersArchiveIndexItem.getValue();
    const chunk = (await readArchive()).get(id!)!;
    const [first, ...rest] = Object.keys(chunk);
    await fakeBrowser.storage.local.set({ [`ordersArchive:${id}`]: { ...chunk, [first!]: { nonsense: true } } });
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { repairLostValues } = await import('../storage-repair');
    repairLostValues();
    await checkStoredItems();
    await vi.waitFor(async () => expect((await storageNoticesItem.getValue()).map((n) => n.item)).toEqual([`ordersArchive:${id}`]));
    await vi.waitFor(async () => expect(Object.keys(await archiveChunkItem(id!).getRaw() as object).sort()).toEqual(rest.sort()));
  });
});
