import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { catalogFromStored, catalogItem, type StoredCatalog } from '../../storage';
import { appItemKey } from '../app-store';
import { defaultPanelIdOf, startEarlyCatalogRead, takeEarlyCatalog } from '../early-catalog';
import { QUICK_ORDER_EARLY_KEYS, QUICK_ORDER_ITEMS } from '../quick-order-early-keys';

const panel = (id: string, isDefault = false) => ({ id, name: id, apiUrl: `https://${id}.example/api/v2`, isDefault, lowBalanceThreshold: null, createdAt: 1 });
const service = { id: '1', name: 'Followers', type: 'Default', category: 'Instagram', rate: '0.9', min: 10, max: 1000, refill: null, cancel: null, dripfeed: null };

describe('early catalog read (quick-order page)', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await fakeBrowser.storage.local.set({ panels: [panel('a'), panel('b', true)] });
    await catalogItem('a').setValue({ panelId: 'a', fetchedAt: 1, services: [service] });
    await catalogItem('b').setValue({ panelId: 'b', fetchedAt: 2, services: [service, { ...service, id: '2' }] });
  });

  it("reads the default panel's catalog when the URL names no panel, and hands it out once", async () => {
    startEarlyCatalogRead('?url=https%3A%2F%2Fx.example%2Fp');
    const early = await takeEarlyCatalog('b');
    expect(catalogFromStored(early!.stored as StoredCatalog)).toEqual({ panelId: 'b', fetchedAt: 2, services: [service, { ...service, id: '2' }] });
    expect(await takeEarlyCatalog('b')).toBeNull();
  });

  it("reads the URL's panel, and gives nothing for another panel", async () => {
    startEarlyCatalogRead('?panel=a');
    expect(await takeEarlyCatalog('b')).toBeNull();
    const early = await takeEarlyCatalog('a');
    expect(catalogFromStored(early!.stored as StoredCatalog)?.fetchedAt).toBe(1);
  });

  it('reads nothing early for an order\'s remains (its panel is known only later)', async () => {
    startEarlyCatalogRead('?remains=a%3A1');
    expect(await takeEarlyCatalog('a')).toBeNull();
    expect(await takeEarlyCatalog('b')).toBeNull();
  });

  it('a panel without a cached catalog: the early answer is "none stored"', async () => {
    await fakeBrowser.storage.local.set({ panels: [panel('c', true)] });
    startEarlyCatalogRead('');
    const early = await takeEarlyCatalog('c');
    expect(catalogFromStored((early!.stored ?? null) as StoredCatalog | null)).toBeNull();
  });

  it('picks the default panel as the app store does, tolerating odd stored values', () => {
    expect(defaultPanelIdOf([panel('a'), panel('b', true)])).toBe('b');
    expect(defaultPanelIdOf([panel('a'), panel('b')])).toBe('a');
    expect(defaultPanelIdOf([])).toBeNull();
    expect(defaultPanelIdOf(undefined)).toBeNull();
    expect(defaultPanelIdOf([{ id: 5 }])).toBeNull();
  });

  it('the page reads early exactly what it hydrates', () => {
    expect([...QUICK_ORDER_EARLY_KEYS].sort()).toEqual(QUICK_ORDER_ITEMS.map(appItemKey).sort());
  });
});
