/**
 * The badge's watch draws a write that brought the popup's view from the view it brought
 * (no second read and copy of 10,000 rows), and the last write is what stays drawn.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { liveOrdersOf } from '../../../orders/live-orders';
import { liveOrdersItem, panelsItem, unconfirmedItem } from '../../../storage';
import { writeOrders } from '../../orders-store';
import { withLock } from '../../lock';
import { watchBadge } from '../poll-cycle';
import { order } from '../../../../testing/orders';

const ordersOf = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => order('a', String(i + 1))).map((o) => [o.key, o]));
const drawn = () => withLock('badge', async () => fakeBrowser.action.getBadgeText({}));

describe('the badge watch', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await panelsItem.setValue([{ id: 'a', name: 'A', apiUrl: 'https://a.example/api/v2', isDefault: true, lowBalanceThreshold: null, createdAt: 0 }]);
    watchBadge();
  });

  it('counts the orders of a write from the view it brought, without reading the view back', async () => {
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    await writeOrders(ordersOf(3));
    expect(await drawn()).toBe('3');
    const keysRead = get.mock.calls.flatMap(([keys]) => (Array.isArray(keys) ? keys : [keys]));
    expect(keysRead).not.toContain('liveOrders');
  });

  it('shows the last of several writes in a row', async () => {
    await Promise.all([writeOrders(ordersOf(5)), writeOrders(ordersOf(2)), writeOrders(ordersOf(4))]);
    expect(await drawn()).toBe('4');
  });

  it('a write without the view (an unconfirmed attempt) reads the stored view', async () => {
    await liveOrdersItem.setValue(liveOrdersOf(ordersOf(6)));
    await unconfirmedItem.setValue([]);
    expect(await drawn()).toBe('6');
  });
});
