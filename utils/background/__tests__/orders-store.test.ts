import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { makeOrder } from '../../../testing/orders';
import { liveOrdersItem, ordersItem, storageNoticesItem, trackerStateItem } from '../../storage';
import { EMPTY_TRACKER_STATE } from '../../storage-check';
import { updateOrders, watchOrdersWrites, writeOrders } from '../orders-store';
import { registerStorageRepairs } from '../storage-repair';
import { registerLiveOrders } from '../live-orders';
import { liveOrdersOf } from '../../orders/live-orders';

const active = makeOrder('a', '1', { status: 'in_progress' });
const done = makeOrder('a', '2', { status: 'completed', lastCheckedAt: 5 });

beforeEach(() => fakeBrowser.reset());

describe('the background’s writes of the orders', () => {
  it('store the orders, their popup slice and what else is given in ONE storage.set call', async () => {
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    await writeOrders({ [active.key]: active, [done.key]: done }, [{ item: trackerStateItem, value: { ...EMPTY_TRACKER_STATE, lastCycleAt: 7 } }]);
    expect(set).toHaveBeenCalledTimes(1);
    expect(Object.keys(set.mock.calls[0]![0]).sort()).toEqual(['liveOrders', 'orders', 'ordersWriter', 'tracker']);
    expect(await liveOrdersItem.getValue()).toEqual(liveOrdersOf({ [active.key]: active, [done.key]: done }));
    expect((await trackerStateItem.getValue()).lastCycleAt).toBe(7);
  });

  it('updateOrders brings the slice along, and writes nothing when nothing changed', async () => {
    await updateOrders(() => ({ orders: { [active.key]: active }, result: null }));
    expect(await liveOrdersItem.getValue()).toEqual(liveOrdersOf({ [active.key]: active }));
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    await updateOrders((orders) => ({ orders, result: null }));
    expect(set).not.toHaveBeenCalled();
  });

  it('refuse a key outside local storage (it would be a second write)', async () => {
    await expect(writeOrders({}, [{ item: { key: 'session:x' }, value: 1 }])).rejects.toThrow('second write');
  });

  it('are seen by a watch started before them, and by nobody’s watch started after', async () => {
    const before = watchOrdersWrites();
    expect(before.written()).toBe(false);
    await writeOrders({ [active.key]: active });
    expect(before.written()).toBe(true);
    const after = watchOrdersWrites();
    expect(after.written()).toBe(false);
    // Someone else (a page, a test) writing the orders straight into storage.
    await fakeBrowser.storage.local.set({ orders: {} });
    expect(after.written()).toBe(true);
    before.stop();
    after.stop();
  });

  it('are not checked again by the repair watch nor sliced again; anyone else’s bad write is repaired', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    registerStorageRepairs();
    registerLiveOrders();
    await vi.waitFor(async () => expect(await liveOrdersItem.getValue()).toEqual(liveOrdersOf({})));
    const check = vi.spyOn(ordersItem, 'check');
    await writeOrders({ [active.key]: active });
    await new Promise((r) => setTimeout(r, 20));
    expect(check).not.toHaveBeenCalled();
    await fakeBrowser.storage.local.set({ orders: { [active.key]: active, bad: { orderId: 5 } } });
    await vi.waitFor(async () => expect((await storageNoticesItem.getValue()).map((n) => n.item)).toEqual(['orders']));
    expect(await ordersItem.getValue()).toEqual({ [active.key]: active });
  });
});
