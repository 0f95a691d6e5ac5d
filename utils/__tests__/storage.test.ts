import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '../settings';
import { balancesItem, ordersItem, panelsItem, settingsItem, storageNoticesItem, trackerStateItem, unconfirmedItem } from '../storage';
import { runPollCycle } from '../tracker/poll-cycle';
import { order } from '../tracker/__tests__/helpers';

const raw = async (key: string) => (await fakeBrowser.storage.local.get(key))[key];
const backups = async () => Object.entries(await fakeBrowser.storage.local.get(null)).filter(([k]) => k.startsWith('backup:'));

beforeEach(() => {
  fakeBrowser.reset();
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
    expect(await settingsItem.getValue()).toEqual({ pollIntervalSec: 300, catalogTtlHours: 24, notify: { ...DEFAULT_SETTINGS.notify, completed: false } });
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
    expect(await raw('orders')).toEqual({});
    const [[backupKey, kept]] = (await backups()) as [[string, unknown]];
    expect(backupKey).toMatch(/^backup:orders:\d+$/);
    expect(kept).toBe('not orders at all');
    expect(await storageNoticesItem.getValue()).toEqual([{ item: 'orders', backupKey, at: expect.any(Number) }]);
    // Read again: nothing left to repair, no second backup.
    await ordersItem.getValue();
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
    expect((await storageNoticesItem.getValue()).map((n) => n.item).sort()).toEqual(['balances', 'panels', 'settings', 'tracker', 'unconfirmed']);
    expect(await backups()).toHaveLength(5);
  });

  it('a poll cycle over corrupted orders runs instead of crashing the worker', async () => {
    await fakeBrowser.storage.local.set({ orders: { 'p:1': 'garbage' }, tracker: null });
    await expect(runPollCycle({}, { openPanels: async () => [], now: () => 1, notify: async () => undefined })).resolves.toMatchObject({ checked: 0, errors: 0 });
    expect(await backups()).toHaveLength(1);
  });
});
