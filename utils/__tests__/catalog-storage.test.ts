import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Service } from '../panel-api/types';
import { catalogItem } from '../storage';

const service: Service = { id: '3226', name: 'Instagram Likes', type: 'Default', category: 'Instagram', rate: '0.84', min: 20, max: 30000, refill: true, cancel: false, dripfeed: true };

describe('a cached catalog', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is stored as one packed JSON string and read back as services', async () => {
    await catalogItem('a').setValue({ panelId: 'a', fetchedAt: 5, services: [service] });
    const raw = (await fakeBrowser.storage.local.get('catalog:a'))['catalog:a'] as Record<string, unknown>;
    expect(typeof raw.packed).toBe('string');
    expect(raw).not.toHaveProperty('services');
    expect(raw).not.toHaveProperty('servicesJson');
    expect(await catalogItem('a').getValue()).toEqual({ panelId: 'a', fetchedAt: 5, services: [service] });
  });

  it('written in the older shapes (a plain JSON list, objects) is still read', async () => {
    await fakeBrowser.storage.local.set({ 'catalog:a': { panelId: 'a', fetchedAt: 5, services: [service] } });
    expect((await catalogItem('a').getValue())?.services).toEqual([service]);
    await fakeBrowser.storage.local.set({ 'catalog:a': { panelId: 'a', fetchedAt: 5, servicesJson: JSON.stringify([service]) } });
    expect((await catalogItem('a').getValue())?.services).toEqual([service]);
  });

  it('that cannot be read counts as missing (it is fetched again), and removal works', async () => {
    await fakeBrowser.storage.local.set({ 'catalog:a': { panelId: 'a', fetchedAt: 5, servicesJson: '[{"id":' } });
    expect(await catalogItem('a').getValue()).toBeNull();
    await fakeBrowser.storage.local.set({ 'catalog:a': { panelId: 'a', fetchedAt: 5, packed: '{"v":99,"rows":[]}' } });
    expect(await catalogItem('a').getValue()).toBeNull();
    await catalogItem('b').setValue({ panelId: 'b', fetchedAt: 1, services: [] });
    await catalogItem('b').removeValue();
    expect(await catalogItem('b').getValue()).toBeNull();
  });
});
