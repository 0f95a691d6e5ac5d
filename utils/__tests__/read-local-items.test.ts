import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ordersItem, panelsItem, readLocalItems, recentServicesItem, storageNoticesItem } from '../storage';

const panel = { id: 'a', name: 'A', apiUrl: 'https://a.example/api/v2', isDefault: true, lowBalanceThreshold: null, createdAt: 1 };

describe('readLocalItems', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads several items in one storage call, each shaped as its getValue would', async () => {
    await fakeBrowser.storage.local.set({ panels: [panel], recentServices: { a: ['1'] } });
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    const values = await readLocalItems([panelsItem, ordersItem, recentServicesItem] as never[]);
    expect(values).toEqual([[panel], {}, { a: ['1'] }]);
    expect(get).toHaveBeenCalledTimes(1);
  });

  it('a corrupted value comes back as the readable part; a page writes nothing (the background repairs)', async () => {
    await fakeBrowser.storage.local.set({ orders: 'not orders at all' });
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    const [orders] = await readLocalItems([ordersItem] as never[]);
    expect(orders).toEqual({});
    expect(set).not.toHaveBeenCalled();
    expect(await storageNoticesItem.getValue()).toEqual([]);
  });
});
