import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ordersItem, panelsItem, readLocalItems } from '../../storage';
import { appItemKey } from '../app-store';
import { startEarlyRead, takeEarlyRead } from '../early-read';
import { takePendingQuickOrderUrl } from '../pending-quick-order';
import { POPUP_EARLY_KEYS, POPUP_ITEMS, POPUP_LANGUAGE_KEY } from '../popup-early-keys';
import { ORDERS_PAGE_EARLY_KEYS, ORDERS_PAGE_ITEMS } from '../orders-early-keys';

const panel = { id: 'a', name: 'A', apiUrl: 'https://a.example/api/v2', isDefault: true, lowBalanceThreshold: null, createdAt: 1 };

describe('early storage read', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    // Nothing left over from another test's early read.
    takeEarlyRead(POPUP_EARLY_KEYS);
  });

  it('reads local and session keys in one go, by WXT key', async () => {
    await fakeBrowser.storage.local.set({ panels: [panel] });
    await fakeBrowser.storage.session.set({ pendingQuickOrder: { url: 'https://x.example/p', at: 5 } });
    startEarlyRead(['local:panels', 'local:orders', 'session:pendingQuickOrder']);
    await expect(takeEarlyRead(['local:panels', 'local:orders'])).resolves.toEqual({
      'local:panels': [panel],
      'local:orders': undefined,
      'session:pendingQuickOrder': { url: 'https://x.example/p', at: 5 },
    });
  });

  it('hands each key out once, and nothing for a key it did not read', () => {
    startEarlyRead(['local:panels', 'local:orders']);
    expect(takeEarlyRead(['local:panels', 'local:settings'])).toBeNull();
    expect(takeEarlyRead(['local:panels'])).not.toBeNull();
    // A second reader of the same key must read storage itself: the early answer may be old.
    expect(takeEarlyRead(['local:panels'])).toBeNull();
    expect(takeEarlyRead(['local:orders'])).not.toBeNull();
  });

  it('folds in a change written while the read was under way', async () => {
    await fakeBrowser.storage.local.set({ panels: [] });
    startEarlyRead(['local:panels']);
    await fakeBrowser.storage.local.set({ panels: [panel] });
    await expect(takeEarlyRead(['local:panels'])).resolves.toEqual({ 'local:panels': [panel] });
  });

  it('readLocalItems shapes the early values without asking storage again', async () => {
    await fakeBrowser.storage.local.set({ panels: [panel], orders: 'not orders' });
    startEarlyRead(['local:panels', 'local:orders']);
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    const [panels, orders] = await readLocalItems([panelsItem, ordersItem] as never[], takeEarlyRead(['local:panels', 'local:orders']));
    expect(panels).toEqual([panel]);
    // Shaped by the item's check, as getValue would: unreadable orders become none (a backup is kept).
    expect(orders).toEqual({});
    expect(get).not.toHaveBeenCalledWith(['panels', 'orders']);
  });

  it('readLocalItems reads the usual way when the early read failed', async () => {
    await fakeBrowser.storage.local.set({ panels: [panel] });
    const [panels] = await readLocalItems([panelsItem] as never[], Promise.reject(new Error('gone')));
    expect(panels).toEqual([panel]);
  });

  it('the context-menu hand-over is taken from the early read, and removed', async () => {
    await fakeBrowser.storage.session.set({ pendingQuickOrder: { url: 'https://x.example/p', at: Date.now() } });
    startEarlyRead(POPUP_EARLY_KEYS);
    await expect(takePendingQuickOrderUrl()).resolves.toBe('https://x.example/p');
    expect(await fakeBrowser.storage.session.get('pendingQuickOrder')).toEqual({});
  });

  it('the popup reads early exactly what it hydrates, plus the hand-over and the stored language', () => {
    expect([...POPUP_EARLY_KEYS].sort()).toEqual([...POPUP_ITEMS.map(appItemKey), 'session:pendingQuickOrder', POPUP_LANGUAGE_KEY].sort());
  });

  it('the orders page reads early exactly what it hydrates, plus the orders it paints first', () => {
    expect([...ORDERS_PAGE_EARLY_KEYS].sort()).toEqual([...ORDERS_PAGE_ITEMS.map(appItemKey), 'local:orders'].sort());
  });
});
