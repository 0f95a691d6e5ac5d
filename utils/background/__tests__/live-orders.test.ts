import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { makeOrder } from '../../../testing/orders';
import { liveOrdersItem, ordersItem, storageNoticesItem } from '../../storage';
import { refreshLiveOrders, registerLiveOrders } from '../live-orders';
import { EMPTY_POPUP_VIEW, liveOrdersOf, popupViewOrders } from '../../orders/live-orders';
import { registerStorageRepairs } from '../storage-repair';

const active = makeOrder('a', '1', { status: 'in_progress' });
const done = makeOrder('a', '2', { status: 'completed', lastCheckedAt: 5 });

describe('the popup’s view of the orders in storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is written from the stored orders, and not again while they are unchanged', async () => {
    await ordersItem.setValue({ [active.key]: active, [done.key]: done });
    await refreshLiveOrders();
    expect(await liveOrdersItem.getValue()).toEqual(liveOrdersOf({ [active.key]: active, [done.key]: done }));
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    await refreshLiveOrders();
    expect(set).not.toHaveBeenCalled();
  });

  it('follows every change of the orders, whoever wrote them, once registered', async () => {
    registerLiveOrders();
    await vi.waitFor(async () => expect(await liveOrdersItem.getValue()).toEqual(EMPTY_POPUP_VIEW));
    // As a page or a test would: straight into storage, not through the background's code.
    await fakeBrowser.storage.local.set({ orders: { [active.key]: active } });
    await vi.waitFor(async () => expect(await liveOrdersItem.getValue()).toEqual(liveOrdersOf({ [active.key]: active })));
    await ordersItem.setValue({ [active.key]: { ...active, status: 'completed', statusText: 'Completed' } });
    await vi.waitFor(async () => expect((await liveOrdersItem.getValue())?.panels.a?.recent[0]?.status).toBe('completed'));
  });

  it('an unreadable write of the orders is backed up, repaired and announced, and the slice follows', async () => {
    registerStorageRepairs();
    registerLiveOrders();
    await vi.waitFor(async () => expect(await liveOrdersItem.getValue()).toEqual(EMPTY_POPUP_VIEW));
    await fakeBrowser.storage.local.set({ orders: 'not orders at all' });
    await vi.waitFor(async () => expect((await storageNoticesItem.getValue()).map((n) => n.item)).toEqual(['orders']));
    const [notice] = await storageNoticesItem.getValue();
    expect((await fakeBrowser.storage.local.get(notice!.backupKey))[notice!.backupKey]).toBe('not orders at all');
    expect((await fakeBrowser.storage.local.get('orders')).orders).toEqual({});
    expect(await liveOrdersItem.getValue()).toEqual(EMPTY_POPUP_VIEW);
  });

  it('an older build’s slice (full orders by key) is read as its view, and rewritten compact at the next start', async () => {
    await ordersItem.setValue({ [active.key]: active, [done.key]: done });
    await fakeBrowser.storage.local.set({ liveOrders: { [active.key]: active, [done.key]: done } });
    expect(popupViewOrders((await liveOrdersItem.getValue())!).map((o) => o.key)).toEqual([active.key, done.key]);
    await refreshLiveOrders();
    expect((await fakeBrowser.storage.local.get('liveOrders')).liveOrders).toEqual(liveOrdersOf({ [active.key]: active, [done.key]: done }));
  });

  it('reads as null until written, and an unreadable slice as the readable part', async () => {
    expect(await liveOrdersItem.getValue()).toBeNull();
    await fakeBrowser.storage.local.set({ liveOrders: 'garbage' });
    expect(await liveOrdersItem.getValue()).toEqual(EMPTY_POPUP_VIEW);
  });
});
