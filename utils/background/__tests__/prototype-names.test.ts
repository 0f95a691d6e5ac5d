/**
 * Ids and panel words named like Object.prototype members ("constructor", "__proto__",
 * "toString") are data everywhere: a plain-object lookup found the inherited function, and
 * the orders page and the bulk actions then treated a function as an order or a result.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createPanelClient } from '../../panel-api/client';
import { balancesItem, ordersItem } from '../../storage';
import { checkOrders } from '../../storage-check';
import type { TrackedOrder } from '../../orders/types';
import { describeGroup } from '../tracker/notifications';
import { order } from '../../../testing/orders';
import { cancelOrders, importOrders, refillOrders, stopTracking, type ActionDeps } from '../order-actions';
import { openAllPanels } from '../panel-client';
import { recordBalance, removePanel } from '../panels';
import { panelSecretsItem, panelsItem } from '../../storage';

const NAMES = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'];

/** A panel that answers every id of a batch with `answer(id)`. */
function deps(answer: (id: string) => unknown): ActionDeps {
  const client = createPanelClient(
    { apiUrl: 'https://panel.example/api/v2', apiKey: 'k' },
    {
      fetch: async (_url, init) => {
        const form = new URLSearchParams(String(init.body));
        const ids = (form.get('orders') ?? form.get('order') ?? '').split(',');
        const answered = ids.filter((id) => answer(id) !== undefined);
        return new Response(JSON.stringify(ids.length === 1 ? answer(ids[0]!) : answered.map((id) => ({ order: id, ...(answer(id) as object) }))));
      },
    },
  );
  return { open: async (id) => ({ panel: { id, name: 'P', apiUrl: 'https://panel.example/api/v2', isDefault: true, lowBalanceThreshold: null, createdAt: 0 }, client }), now: () => 1000 };
}

beforeEach(() => fakeBrowser.reset());

describe('prototype names as ids', () => {
  it('bulk actions on keys no order has say so, instead of acting on an inherited function', async () => {
    await ordersItem.setValue({ 'p:1': order('p', '1', { status: 'completed', statusText: 'Completed' }) });
    const d = deps(() => ({ refill: '9' }));
    for (const act of [refillOrders, cancelOrders]) {
      const results = await act(NAMES, d);
      expect(results.map((r) => [r.key, r.ok, !r.ok && r.error.message])).toEqual(NAMES.map((k) => [k, false, 'This order is no longer tracked.']));
    }
    expect(await stopTracking(NAMES)).toEqual({ removed: [] });
    expect(Object.keys(await ordersItem.getValue())).toEqual(['p:1']);
  });

  it('importing the ids "constructor" and "__proto__" gives each its own result, one the panel left out too', async () => {
    // The panel answers for "__proto__" and "7" only: "constructor" has no answer of its own.
    const answer = (id: string) => (id === 'constructor' ? undefined : id === '7' ? { status: 'Completed', charge: '1', remains: '0', start_count: '0' } : { error: 'Incorrect order ID' });
    const { imported, results } = await importOrders('p', ['constructor', '__proto__', '7'], deps(answer));
    expect(imported).toBe(1);
    expect(results).toEqual([
      { key: 'p:constructor', ok: false, error: expect.objectContaining({ kind: 'bad_response', message: 'The panel did not answer for this order.' }) },
      { key: 'p:__proto__', ok: false, error: expect.objectContaining({ kind: 'not_found', message: 'Incorrect order ID' }) },
      { key: 'p:7', ok: true, detail: 'Imported: Completed' },
    ]);
  });

  it('an imported order whose status word is "constructor" is stored as it reads back: unknown, nothing lost', async () => {
    const { imported } = await importOrders('p', ['5'], deps(() => ({ status: 'constructor', charge: '1', remains: '0', start_count: '0', currency: 'x'.repeat(500) })));
    expect(imported).toBe(1);
    const raw = (await fakeBrowser.storage.local.get('orders')).orders as Record<string, TrackedOrder>;
    expect(checkOrders(raw)).toEqual({ value: raw, lost: false });
    expect(raw['p:5']).toMatchObject({ status: 'unknown', statusText: 'constructor' });
  });

  it('a panel whose id is a prototype name keeps its own balance, key and removal', async () => {
    for (const id of NAMES) {
      await recordBalance(id, { ok: true, value: { balance: '5', currency: 'USD', text: '5' } }, 1);
      expect(Object.hasOwn(await balancesItem.getValue(), id)).toBe(true);
    }
    await panelsItem.setValue(NAMES.map((id) => ({ id, name: id, apiUrl: 'https://p.example/api/v2', isDefault: false, lowBalanceThreshold: null, createdAt: 0 })));
    // No key stored for any of them: none is opened with an inherited function as its key.
    expect(await openAllPanels()).toEqual([]);
    await panelSecretsItem.setValue({ constructor: 'key-c' });
    expect((await openAllPanels()).map((o) => o.panel.id)).toEqual(['constructor']);
    await removePanel('__proto__');
    expect(Object.keys(await balancesItem.getValue()).sort()).toEqual(NAMES.filter((n) => n !== '__proto__').sort());
  });

  it('a notification about an order key no order has names the id, not a function', () => {
    const text = describeGroup({ panelId: 'p', groupKey: 'order:completed', events: [{ kind: 'order', id: 'x', panelId: 'p', orderKey: 'constructor', status: 'completed', delivered: null, quantity: null }] }, [], {});
    expect(text.title).toBe('Order constructor completed');
    expect(text.message).toContain('An order PanelPilot no longer tracks');
  });
});
