// placeOrder against a real simulated panel behind the real client, with WXT's fake browser.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadCatalog } from '../../../panel-sim/catalog';
import { SimPanel } from '../../../panel-sim/panel';
import { createPanelClient } from '../../panel-api/client';
import { normalizeServices } from '../../panel-api/normalize';
import { addsInFlightItem, catalogItem, ordersItem, unconfirmedItem } from '../../storage';
import { interruptedReason, placeOrder, recoverInterruptedAdds, resolveUnconfirmed, type PlaceOrderDeps } from '../place-order';

const SERVICES = [{ service: 1, name: 'Followers', type: 'Default', category: 'Instagram', rate: '0.90', min: '10', max: '10000', refill: true, cancel: true }];
const PANEL = { id: 'p', name: 'P', apiUrl: 'https://panel.example/api/v2', isDefault: true, lowBalanceThreshold: null, createdAt: 0 };

let sim: SimPanel;
/** What storage held when the panel received the `add`. */
let inFlightAtSend: unknown[] | null;

function deps(answer: (form: URLSearchParams) => Promise<Response>): PlaceOrderDeps {
  const client = createPanelClient({ apiUrl: PANEL.apiUrl, apiKey: 'k' }, { fetch: async (_url, init) => answer(new URLSearchParams(String(init.body))) });
  return { open: async (id) => (id === 'p' ? { panel: PANEL, client } : null) };
}

const input = (requestId: string) => ({ requestId, panelId: 'p', serviceId: '1', fields: { link: 'https://instagram.com/p/x/', quantity: 100 }, source: 'quick-order' as const });

beforeEach(async () => {
  fakeBrowser.reset();
  sim = new SimPanel(loadCatalog(undefined, SERVICES), '100', { key: 'k', currency: 'USD', numbers: false, wrap: false });
  inFlightAtSend = null;
  const services = normalizeServices(SERVICES);
  if (!services.ok) throw new Error('fixture services do not normalize');
  await catalogItem('p').setValue({ panelId: 'p', fetchedAt: 1, services: services.value });
});

describe('placing an order', () => {
  it('records the add as in flight before it leaves, and clears it once the order is tracked', async () => {
    const outcome = await placeOrder(input('r1'), 1000, deps(async (form) => {
      inFlightAtSend = await addsInFlightItem.getValue();
      return new Response(JSON.stringify(sim.handle(new Map(form))));
    }));
    expect(outcome.kind).toBe('placed');
    expect(inFlightAtSend).toEqual([expect.objectContaining({ panelId: 'p', serviceId: '1', link: 'https://instagram.com/p/x/', quantity: 100, estimatedCharge: '0.09' })]);
    expect(await addsInFlightItem.getValue()).toEqual([]);
    expect(Object.keys(await ordersItem.getValue())).toHaveLength(1);
    expect(await unconfirmedItem.getValue()).toEqual([]);
  });

  it('a refused add leaves nothing behind; a second send of the same request id is refused', async () => {
    const refused = await placeOrder(input('r2'), 1000, deps(async () => new Response(JSON.stringify({ error: 'Not enough funds on balance' }))));
    expect(refused).toMatchObject({ kind: 'rejected', error: { kind: 'funds' } });
    expect(await addsInFlightItem.getValue()).toEqual([]);
    expect(await placeOrder(input('r2'), 1000, deps(async () => new Response('{}')))).toEqual({ kind: 'duplicate' });
  });

  it('an add cut off by the worker’s death becomes an unconfirmed attempt at the next start, never a resend', async () => {
    // The worker dies while the panel has not answered: the in-flight record is all that is left.
    void placeOrder(input('r3'), 1000, deps(() => new Promise<Response>(() => undefined)));
    await expect.poll(async () => (await addsInFlightItem.getValue()).length).toBe(1);
    expect(await recoverInterruptedAdds(2000)).toBe(1);
    expect(await unconfirmedItem.getValue()).toEqual([expect.objectContaining({ panelId: 'p', link: 'https://instagram.com/p/x/', reason: interruptedReason() })]);
    expect(await addsInFlightItem.getValue()).toEqual([]);
    // A later start finds nothing more to recover.
    expect(await recoverInterruptedAdds(3000)).toBe(0);
    expect(await unconfirmedItem.getValue()).toHaveLength(1);
  });

  it('an add sent by the new worker itself is left in flight at its start', async () => {
    void placeOrder(input('r4'), 5000, deps(() => new Promise<Response>(() => undefined)));
    await expect.poll(async () => (await addsInFlightItem.getValue()).length).toBe(1);
    expect(await recoverInterruptedAdds(4000)).toBe(0);
    expect(await addsInFlightItem.getValue()).toHaveLength(1);
  });

  it('an unconfirmed drip-feed attempt, resolved with the id found on the panel, becomes the order that was asked for', async () => {
    const dripInput = { ...input('r5'), fields: { link: 'https://instagram.com/p/x/', quantity: 100, runs: 5, interval: 30 }, source: 'mass-order' as const };
    // No answer in time: ambiguous, so kept as unconfirmed.
    const outcome = await placeOrder(dripInput, 1000, deps(async () => new Response('', { status: 502 })));
    expect(outcome.kind).toBe('unconfirmed');
    const [attempt] = await unconfirmedItem.getValue();
    // The service then leaves the panel's list: the attempt kept it as it was.
    await catalogItem('p').setValue({ panelId: 'p', fetchedAt: 2, services: [] });

    const placed = sim.handle(new Map(Object.entries({ key: 'k', action: 'add', service: '1', link: 'https://instagram.com/p/x/', quantity: '100' })));
    const orderId = String((placed as { order: number }).order);
    const resolved = await resolveUnconfirmed(attempt!.id, orderId, 3000, deps(async (form) => new Response(JSON.stringify(sim.handle(new Map(form))))));
    expect(resolved).toEqual({ ok: true, value: { key: `p:${orderId}` } });
    expect((await ordersItem.getValue())[`p:${orderId}`]).toMatchObject({
      runs: 5,
      interval: 30,
      source: 'mass-order',
      createdAt: 1000,
      quantity: 100,
      service: { id: '1', name: 'Followers' },
    });
    expect(await unconfirmedItem.getValue()).toEqual([]);
  });
});

describe('ids a panel answers that storage cannot keep', () => {
  it('an "order id" of 500 characters makes the order unconfirmed (checked on the panel), not tracked and then lost', async () => {
    const outcome = await placeOrder(input('r-long'), 1000, deps(async () => new Response(JSON.stringify({ order: 'x'.repeat(500) }))));
    expect(outcome).toMatchObject({ kind: 'unconfirmed', error: { message: 'The panel answered with an order id PanelPilot cannot keep.' } });
    expect(await ordersItem.getValue()).toEqual({});
    expect(await unconfirmedItem.getValue()).toEqual([expect.objectContaining({ reason: 'The panel answered with an order id PanelPilot cannot keep.' })]);
  });
});

/** Deps whose panel counts the requests it receives. */
function counting() {
  const counter = { sent: 0, deps: deps(async (form) => {
    counter.sent++;
    return new Response(JSON.stringify(sim.handle(new Map(form))));
  }) };
  return counter;
}

describe('the background checks what a form sent by the forms’ rules', () => {
  it('a quantity that is not a whole count in range is refused before anything is sent', async () => {
    const panel = counting();
    for (const [requestId, quantity] of [['q1', 16.5], ['q2', 1e21], ['q3', -100], ['q4', 5]] as const) {
      const outcome = await placeOrder({ ...input(requestId), fields: { link: 'https://instagram.com/p/x/', quantity } }, 1000, panel.deps);
      expect(outcome).toMatchObject({ kind: 'rejected', error: { kind: 'validation' } });
    }
    expect(panel.sent).toBe(0);
  });

  it('a link that is not a web address is refused before anything is sent, and nothing unreadable is stored', async () => {
    const panel = counting();
    for (const link of ['javascript:alert(1)', 'not a link', '']) {
      expect(await placeOrder({ ...input(`l-${link}`), fields: { link, quantity: 100 } }, 1000, panel.deps)).toMatchObject({ kind: 'rejected', error: { kind: 'validation' } });
    }
    expect(panel.sent).toBe(0);
    expect(await addsInFlightItem.getValue()).toEqual([]);
  });
});
