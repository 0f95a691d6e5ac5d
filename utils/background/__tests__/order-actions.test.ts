// A real simulated panel (panel-sim/panel.ts) behind the real client: the requests and answers are the ones panels give.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadCatalog } from '../../../panel-sim/catalog';
import { SimPanel } from '../../../panel-sim/panel';
import { toUnits } from '../../../panel-sim/money';
import { createPanelClient } from '../../panel-api/client';
import { ordersItem } from '../../storage';
import { order } from '../../../testing/orders';
import { cancelOrders, importOrders, refillOrders, restoreOrders, stopTracking, type ActionDeps } from '../order-actions';

const SERVICES = [
  { service: 1, name: 'Followers', type: 'Default', category: 'Instagram', rate: '0.90', min: '10', max: '10000', refill: true, cancel: true },
  { service: 2, name: 'Likes', type: 'Default', category: 'Instagram', rate: '0.5', min: '10', max: '10000', refill: false, cancel: false },
];

let sim: SimPanel;
let requests: Record<string, string>[];
let deps: ActionDeps;

beforeEach(() => {
  fakeBrowser.reset();
  sim = new SimPanel(loadCatalog(undefined, SERVICES), '100', { key: 'k', currency: 'USD', numbers: false, wrap: false });
  requests = [];
  const client = createPanelClient(
    { apiUrl: 'https://panel.example/api/v2', apiKey: 'k' },
    {
      fetch: async (_url, init) => {
        const form = new URLSearchParams(String(init.body));
        requests.push(Object.fromEntries(form));
        return new Response(JSON.stringify(sim.handle(new Map(form))));
      },
    },
  );
  deps = { open: async (id) => (id === 'p' ? { panel: { id, name: 'P', apiUrl: '', isDefault: true, lowBalanceThreshold: null, createdAt: 0 }, client } : null), now: () => 1000 };
});

const simOrders = (n: number, service: string, status: string) =>
  Array.from({ length: n }, (_, i) => sim.createOrder({ serviceId: service, link: `https://instagram.com/p/${service}-${i}`, quantity: 100, charge: toUnits('0.9')!, status }).id);

async function track(ids: string[], patch: Parameters<typeof order>[2] = {}) {
  await ordersItem.setValue(Object.fromEntries(ids.map((id) => [`p:${id}`, order('p', id, { status: 'completed', statusText: 'Completed', ...patch })])));
}

describe('bulk refill', () => {
  it('sends ≤ 100 ids per request and records every refill id on its order for the tracker', async () => {
    const ids = simOrders(120, '1', 'Completed');
    await track(ids);
    const results = await refillOrders(ids.map((id) => `p:${id}`), deps);
    expect(requests.map((r) => [r.action, r.orders?.split(',').length])).toEqual([['refill', 100], ['refill', 20]]);
    expect(results.every((r) => r.ok)).toBe(true);
    expect(results[0]).toEqual({ key: `p:${ids[0]}`, ok: true, detail: 'Refill requested (id 501)' });
    const stored = await ordersItem.getValue();
    expect(stored[`p:${ids[119]}`]!.refills).toEqual([{ refillId: '620', requestedAt: 1000, status: 'pending', statusText: 'Requested', lastCheckedAt: null, missing: false }]);
  });

  it('gives each order the panel’s own words when it refuses, and skips ineligible orders without asking', async () => {
    const [allowed] = simOrders(1, '1', 'Completed');
    const [noRefill] = simOrders(1, '2', 'Completed');
    await track([allowed!, noRefill!], { service: null });
    await ordersItem.setValue({ ...(await ordersItem.getValue()), 'p:running': order('p', 'running', { status: 'in_progress' }) });
    const results = await refillOrders([`p:${allowed}`, `p:${noRefill}`, 'p:running', 'p:gone'], deps);
    expect(results.map((r) => (r.ok ? r.detail : r.error.message))).toEqual([
      'Refill requested (id 501)',
      'Refill is disabled for this service',
      'Refill is only possible once an order is completed or partial.',
      'This order is no longer tracked.',
    ]);
    expect(requests).toHaveLength(1);
  });

  it('a panel without a stored key is reported per order', async () => {
    await ordersItem.setValue({ 'q:1': order('q', '1', { status: 'completed' }) });
    const [result] = await refillOrders(['q:1'], deps);
    expect(result).toMatchObject({ ok: false, error: { kind: 'auth' } });
  });
});

describe('bulk cancel', () => {
  it('one result per order, in the panel’s words', async () => {
    const ok = simOrders(2, '1', 'In progress');
    const locked = simOrders(1, '2', 'In progress');
    await track([...ok, ...locked], { status: 'in_progress', service: null });
    const results = await cancelOrders([...ok, ...locked].map((id) => `p:${id}`), deps);
    expect(results.map((r) => (r.ok ? r.detail : r.error.message))).toEqual(['Cancel requested', 'Cancel requested', 'Cancel is disabled for this service']);
    expect(requests).toHaveLength(1);
  });
});

describe('import', () => {
  it('150 ids: two status requests; unknown ids reported; already tracked orders kept as they are', async () => {
    const ids = simOrders(149, '1', 'In progress');
    await ordersItem.setValue({ [`p:${ids[0]}`]: order('p', ids[0]!, { link: 'https://kept.example/' }) });
    const out = await importOrders('p', [...ids, '424242', ids[1]!], deps);
    expect(requests.map((r) => r.orders?.split(',').length)).toEqual([100, 50]);
    expect(out.imported).toBe(148);
    expect(out.results.find((r) => r.key === 'p:424242')).toMatchObject({ ok: false, error: { kind: 'not_found', message: 'Incorrect order ID' } });
    expect(out.results.find((r) => r.key === `p:${ids[0]}`)).toEqual({ key: `p:${ids[0]}`, ok: true, detail: 'Already tracked' });
    const stored = await ordersItem.getValue();
    expect(stored[`p:${ids[0]}`]!.link).toBe('https://kept.example/');
    expect(stored[`p:${ids[5]}`]).toMatchObject({ source: 'import', status: 'in_progress', statusText: 'In progress', charge: '0.9', currency: 'USD', remains: 100 });
  });
});

describe('stop tracking', () => {
  it('removes orders and puts the same orders back on undo', async () => {
    await track(['1', '2', '3']);
    const before = await ordersItem.getValue();
    const { removed } = await stopTracking(['p:1', 'p:3', 'p:nope']);
    expect(removed.map((o) => o.key)).toEqual(['p:1', 'p:3']);
    expect(Object.keys(await ordersItem.getValue())).toEqual(['p:2']);
    await restoreOrders(removed);
    expect(await ordersItem.getValue()).toEqual(before);
  });
});

describe('a refill the panel accepts without naming an id', () => {
  it('is recorded as requested, says so, and sending it twice records two requests', async () => {
    sim.traits = { refill: 'no-id' };
    const [id] = simOrders(1, '1', 'Completed');
    await track([id!]);
    const [result] = await refillOrders([`p:${id}`], deps);
    expect(result).toEqual({ key: `p:${id}`, ok: true, detail: 'Refill requested (no id given by the panel)' });
    const stored = (await ordersItem.getValue())[`p:${id}`]!;
    expect(stored.refills).toEqual([{ refillId: null, requestedAt: 1000, status: 'pending', statusText: 'Requested (no id given by the panel)', lastCheckedAt: null, missing: false }]);
    await refillOrders([`p:${id}`], deps);
    expect((await ordersItem.getValue())[`p:${id}`]!.refills).toHaveLength(2);
  });
});
