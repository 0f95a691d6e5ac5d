/**
 * The one duplicate-link check, in the background, at the moment an add is recorded as in
 * flight: an order still on its way counts (a popup closed and reopened during a slow add
 * used to send a second one), and mass orders are held to it like single ones.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadCatalog } from '../../../panel-sim/catalog';
import { SimPanel } from '../../../panel-sim/panel';
import { createPanelClient } from '../../panel-api/client';
import { normalizeServices } from '../../panel-api/normalize';
import { catalogItem, ordersItem } from '../../storage';
import { order } from '../../../testing/orders';
import { duplicatesFor } from '../duplicates';
import { placeOrder, type PlaceOrderDeps } from '../place-order';

const SERVICES = [{ service: 1, name: 'Followers', type: 'Default', category: 'Instagram', rate: '0.90', min: '10', max: '10000', refill: true, cancel: true }];
const PANEL = { id: 'p', name: 'P', apiUrl: 'https://panel.example/api/v2', isDefault: true, lowBalanceThreshold: null, createdAt: 0 };

let sim: SimPanel;
let adds: number;
/** Holds every add until released: a slow panel. */
let release: () => void;
let deps: PlaceOrderDeps;

const input = (requestId: string, link: string, patch: Record<string, unknown> = {}) => ({ requestId, panelId: 'p', serviceId: '1', fields: { link, quantity: 100 }, source: 'quick-order' as const, ...patch });

beforeEach(async () => {
  fakeBrowser.reset();
  sim = new SimPanel(loadCatalog(undefined, SERVICES), '100', { key: 'k', currency: 'USD', numbers: false, wrap: false });
  adds = 0;
  let gate = Promise.resolve();
  release = () => undefined;
  const client = createPanelClient(
    { apiUrl: PANEL.apiUrl, apiKey: 'k' },
    {
      fetch: async (_url, init) => {
        const form = new URLSearchParams(String(init.body));
        if (form.get('action') === 'add') {
          adds++;
          await gate;
        }
        return new Response(JSON.stringify(sim.handle(new Map(form))));
      },
    },
  );
  deps = { open: async () => ({ panel: PANEL, client }) };
  const services = normalizeServices(SERVICES);
  if (!services.ok) throw new Error('fixture');
  await catalogItem('p').setValue({ panelId: 'p', fetchedAt: 1, services: services.value });
  // The next add waits until the test releases it.
  gate = new Promise((resolve) => (release = resolve));
});

describe('the duplicate-link check covers orders in flight', () => {
  it('a second order for the same link during a slow add is held for confirmation, not sent', async () => {
    const first = placeOrder(input('r1', 'https://www.instagram.com/p/x/'), 1000, deps);
    await expect.poll(() => adds).toBe(1);
    // Another window, the same post written another way.
    const second = await placeOrder(input('r2', 'http://instagram.com/p/x?utm_source=ig_web_copy_link'), 1001, deps);
    expect(second).toMatchObject({ kind: 'needs-confirm', hit: { kind: 'in-flight' }, message: expect.stringContaining('being sent right now') });
    expect(adds).toBe(1);
    release();
    expect(await first).toMatchObject({ kind: 'placed' });
    // Now placed and running: still held, as an active order.
    expect(await placeOrder(input('r2', 'https://instagram.com/p/x'), 1002, deps)).toMatchObject({ kind: 'needs-confirm', hit: { kind: 'active', orderId: '10001' } });
    // Confirmed by the user: sent.
    expect(await placeOrder(input('r2', 'https://instagram.com/p/x', { confirmDuplicate: true }), 1003, deps)).toMatchObject({ kind: 'placed' });
    expect(adds).toBe(2);
  });

  it('mass-order lines are held to the same check', async () => {
    release();
    await ordersItem.setValue({ 'p:9': order('p', '9', { link: 'https://instagram.com/p/y', status: 'in_progress', statusText: 'In progress' }) });
    expect(await placeOrder(input('m1', 'https://instagram.com/p/y/', { source: 'mass-order' }), 1000, deps)).toMatchObject({ kind: 'needs-confirm', hit: { kind: 'active', orderId: '9' } });
    expect(adds).toBe(0);
    expect(await duplicatesFor('p', ['https://www.instagram.com/p/y', 'https://instagram.com/p/z', null])).toEqual([{ kind: 'active', orderId: '9', statusText: 'In progress' }, null, null]);
  });

  it('a request id held for confirmation is still unused: confirmed, it is sent once', async () => {
    release();
    await ordersItem.setValue({ 'p:9': order('p', '9', { link: 'https://instagram.com/p/y', status: 'pending' }) });
    expect((await placeOrder(input('same', 'https://instagram.com/p/y'), 1000, deps)).kind).toBe('needs-confirm');
    expect((await placeOrder(input('same', 'https://instagram.com/p/y', { confirmDuplicate: true }), 1000, deps)).kind).toBe('placed');
    expect((await placeOrder(input('same', 'https://instagram.com/p/y', { confirmDuplicate: true }), 1000, deps)).kind).toBe('duplicate');
    expect(adds).toBe(1);
  });
});
