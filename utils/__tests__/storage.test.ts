import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '../settings';
import { createPanelClient } from '../panel-api/client';
import { balancesItem, handleLostValues, readLocalItems, ordersItem, panelsItem, settingsItem, storageNoticesItem, trackerStateItem, unconfirmedItem } from '../storage';
import { pollOnce } from '../background/tracker/poll-cycle';
import { order } from '../../testing/orders';
import { CHECKED_ITEMS, repairLostValues, whenRepaired } from '../background/storage-repair';
import { updateOrders } from '../background/orders-store';

/** The background's queued repairs, all written. */
const repaired = () => Promise.all(CHECKED_ITEMS.map(whenRepaired));

const raw = async (key: string) => (await fakeBrowser.storage.local.get(key))[key];
const backups = async () => Object.entries(await fakeBrowser.storage.local.get(null)).filter(([k]) => k.startsWith('backup:'));

beforeEach(() => {
  fakeBrowser.reset();
  // As in the background (utils/background/storage-repair.ts): reads there repair.
  repairLostValues();
});

describe('an old-version blob loads through migration on read', () => {
  it('fields added since are given their defaults; nothing is lost, backed up or announced', async () => {
    // As an early build stored them: orders without refills/history/missing/source, settings
    // without catalogTtlHours or the low-balance switch, panels without a threshold.
    await fakeBrowser.storage.local.set({
      orders: {
        'p:1': { key: 'p:1', panelId: 'p', orderId: '1', status: 'in_progress', statusText: 'In progress', charge: '0.9', quantity: 1000, remains: 300 },
        'p:2': { panelId: 'p', orderId: 2, status: 'completed', statusText: 'Completed' },
      },
      settings: { pollIntervalSec: 300, notify: { completed: false, partial: true, canceled: true, failed: true, refill: true } },
      panels: [{ id: 'p', name: 'Old panel', apiUrl: 'https://old.example/api/v2', isDefault: true }],
      // An unconfirmed attempt from before attempts kept runs, interval, source and service.
      unconfirmed: [{ id: 'u', panelId: 'p', serviceId: '1', serviceName: 'Followers', link: null, quantity: 100, estimatedCharge: '0.09', attemptedAt: 5, reason: 'timeout' }],
    });

    const orders = await ordersItem.getValue();
    expect(orders['p:1']).toMatchObject({ status: 'in_progress', statusText: 'In progress', charge: '0.9', remains: 300, refills: [], history: [], missing: false, source: 'import', service: null });
    expect(orders['p:2']).toMatchObject({ key: 'p:2', orderId: '2', status: 'completed' });
    expect(await settingsItem.getValue()).toEqual({ pollIntervalSec: 300, catalogTtlHours: 24, language: 'auto', notify: { ...DEFAULT_SETTINGS.notify, completed: false }, autoRefill: DEFAULT_SETTINGS.autoRefill });
    expect(await panelsItem.getValue()).toEqual([{ id: 'p', name: 'Old panel', apiUrl: 'https://old.example/api/v2', isDefault: true, lowBalanceThreshold: null, createdAt: 0 }]);
    expect(await unconfirmedItem.getValue()).toEqual([
      { id: 'u', panelId: 'p', serviceId: '1', serviceName: 'Followers', link: null, quantity: 100, estimatedCharge: '0.09', attemptedAt: 5, reason: 'timeout', runs: null, interval: null, source: 'quick-order', service: null },
    ]);
    expect(await backups()).toEqual([]);
    expect(await storageNoticesItem.getValue()).toEqual([]);
  });
});

describe('a corrupted blob loads through a reset that keeps a backup', () => {
  it('unreadable orders: the raw value is backed up, the default stored, the user told', async () => {
    await fakeBrowser.storage.local.set({ orders: 'not orders at all' });
    expect(await ordersItem.getValue()).toEqual({});
    await repaired();
    expect(await raw('orders')).toEqual({});
    const [[backupKey, kept]] = (await backups()) as [[string, unknown]];
    expect(backupKey).toMatch(/^backup:orders:\d+$/);
    expect(kept).toBe('not orders at all');
    expect(await storageNoticesItem.getValue()).toEqual([{ item: 'orders', backupKey, at: expect.any(Number) }]);
    // Read again: nothing left to repair, no second backup.
    await ordersItem.getValue();
    await repaired();
    expect(await backups()).toHaveLength(1);
  });

  it('one bad order among good ones: the good ones stay, the whole blob is backed up', async () => {
    const good = order('p', '7', { status: 'completed', statusText: 'Completed', charge: '1.5' });
    const blob = { [good.key]: good, 'p:8': { orderId: 8, status: 42 }, junk: [1, 2, 3] };
    await fakeBrowser.storage.local.set({ orders: blob });
    expect(await ordersItem.getValue()).toEqual({ [good.key]: good });
    expect((await backups())[0]?.[1]).toEqual(blob);
  });

  it('settings, panels, balances, unconfirmed and tracker state of the wrong shape do not crash', async () => {
    await fakeBrowser.storage.local.set({
      settings: 42,
      panels: [{ id: 'p', name: 'Kept', apiUrl: 'https://p.example/api/v2' }, { name: 'no id' }, null],
      balances: { p: { last: { balance: 'lots', currency: 'USD', fetchedAt: 1 }, error: null } },
      unconfirmed: { not: 'a list' },
      tracker: { panels: 'x', notified: [1, 2], lowBalanceNotified: {}, lastCycleAt: null },
    });
    expect(await settingsItem.getValue()).toEqual(DEFAULT_SETTINGS);
    expect((await panelsItem.getValue()).map((p) => p.name)).toEqual(['Kept']);
    expect(await balancesItem.getValue()).toEqual({ p: { last: null, error: null } });
    expect(await unconfirmedItem.getValue()).toEqual([]);
    expect(await trackerStateItem.getValue()).toEqual({ panels: {}, notified: [], lowBalanceNotified: {}, lastCycleAt: null });
    await repaired();
    expect((await storageNoticesItem.getValue()).map((n) => n.item).sort()).toEqual(['balances', 'panels', 'settings', 'tracker', 'unconfirmed']);
    expect(await backups()).toHaveLength(5);
  });

  it('a poll cycle over corrupted orders runs instead of crashing the worker', async () => {
    await fakeBrowser.storage.local.set({ orders: { 'p:1': 'garbage' }, tracker: null });
    await expect(pollOnce({}, { openPanels: async () => [], now: () => 1, notify: async () => undefined })).resolves.toMatchObject({ checked: 0, errors: 0 });
    await repaired();
    expect(await backups()).toHaveLength(1);
  });
});

describe('backups of unreadable values', () => {
  it('the same blob is copied once, however often it is read or written again', async () => {
    for (let i = 0; i < 5; i++) {
      await fakeBrowser.storage.local.set({ settings: 'junk' });
      await settingsItem.getValue();
      await repaired();
    }
    expect(await backups()).toHaveLength(1);
  });

  it('at most five copies per item: the first, and the four latest', async () => {
    for (let i = 1; i <= 8; i++) {
      await fakeBrowser.storage.local.set({ settings: `junk ${i}` });
      await settingsItem.getValue();
      await repaired();
    }
    expect((await backups()).map(([, value]) => value).sort()).toEqual(['junk 1', 'junk 5', 'junk 6', 'junk 7', 'junk 8']);
  });

  it('a panel answering the status "constructor" and 40-digit amounts: cycle after cycle, nothing is backed up or reset', async () => {
    const client = createPanelClient(
      { apiUrl: 'https://p.example/api/v2', apiKey: 'k' },
      { fetch: async () => new Response(JSON.stringify({ status: 'constructor', charge: '0.1234567890123456789012345678901234567890', remains: '9'.repeat(40), start_count: '12', currency: 'USD' })) },
    );
    const panel = { id: 'p', name: 'P', apiUrl: 'https://p.example/api/v2', isDefault: true, lowBalanceThreshold: null, createdAt: 0 };
    await panelsItem.setValue([panel]);
    await ordersItem.setValue({ 'p:1': order('p', '1', { status: 'in_progress', statusText: 'In progress' }) });
    for (let now = 1; now <= 3; now++) await pollOnce({ force: true }, { openPanels: async () => [{ panel, client }], now: () => now, notify: async () => undefined });
    await repaired();
    expect(await backups()).toEqual([]);
    expect(await storageNoticesItem.getValue()).toEqual([]);
    expect((await ordersItem.getValue())['p:1']).toMatchObject({ status: 'unknown', statusText: 'constructor', charge: '0.123456789012', startCount: 12 });
  });
});

describe('only the background repairs stored data', () => {
  it('a page reading a bad value shows the readable part and writes nothing', async () => {
    handleLostValues(async () => undefined); // a page: utils/ui/app-store.ts asks the background instead
    const good = order('p', '1');
    await fakeBrowser.storage.local.set({ orders: { [good.key]: good, 'p:2': 'garbage' } });
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    expect(await ordersItem.getValue()).toEqual({ [good.key]: good });
    expect(set).not.toHaveBeenCalled();
    expect(await backups()).toEqual([]);
  });

  it('an order placed after a bad value was read (a page’s early read) is kept', async () => {
    const good = order('p', '1');
    const bad = { [good.key]: good, 'p:2': 'garbage' };
    await fakeBrowser.storage.local.set({ orders: bad });
    // The popup starts its read before its modules load (utils/ui/early-read.ts) …
    const early = Promise.resolve({ 'local:orders': bad });
    // … the background places an order meanwhile …
    const placed = order('p', '3');
    await updateOrders((orders) => ({ orders: { ...orders, [placed.key]: placed }, result: null }));
    // … and the page then shapes what it read earlier.
    expect(await readLocalItems([ordersItem] as never[], early)).toEqual([{ [good.key]: good }]);
    await repaired();
    expect(Object.keys((await raw('orders')) as object).sort()).toEqual(['p:1', 'p:3']);
    // One copy, holding what was there, the bad entry included.
    expect((await backups()).map(([, value]) => value)).toEqual([bad]);
  });
});
