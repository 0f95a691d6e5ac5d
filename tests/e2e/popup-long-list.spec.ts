import { test, expect } from './fixtures';
import { readStorage, seedOrders, seedPanels } from '../../testing/seed';
import { makeOrder } from '../../testing/orders';

test('a long list of active orders: the popup shows the newest at once and every order after', async ({ worker, panel, openPage }) => {
  await seedPanels(worker, [{ id: 'demo', name: 'Demo panel', apiUrl: panel.apiUrl, key: panel.key }]);
  const now = Date.now();
  // 60 active orders, order 1 the oldest: more than the popup's first frame renders.
  await seedOrders(worker, Array.from({ length: 60 }, (_, i) => makeOrder('demo', String(i + 1), { createdAt: now - (60 - i) * 60_000, status: 'in_progress', statusText: 'In progress' })));
  const popup = await openPage('popup.html');
  await expect(popup.getByRole('heading', { name: 'Active (60)' })).toBeVisible();
  const active = popup.getByRole('region', { name: 'Active (60)' });
  await expect(active.getByRole('button', { name: /^Order 60: / })).toBeVisible();
  await expect(active.getByRole('button', { name: /^Order \d+: / })).toHaveCount(60);
  await expect(active.getByRole('button', { name: /^Order 1: / })).toBeAttached();
});

test('a popup view stored by an older build (full orders by key) is still shown (the worker rewrites it compact at its next start: unit-tested)', async ({ worker, panel, openPage }) => {
  await seedPanels(worker, [{ id: 'demo', name: 'Demo panel', apiUrl: panel.apiUrl, key: panel.key }]);
  const orders = [
    makeOrder('demo', '7', { status: 'in_progress', statusText: 'In progress' }),
    makeOrder('demo', '8', { status: 'completed', statusText: 'Completed', lastCheckedAt: Date.now() }),
  ];
  await seedOrders(worker, orders);
  await expect.poll(async () => (await readStorage<{ shape?: number }>(worker, 'liveOrders'))?.shape).toBe(2);
  // As the build before the compact view left it: the slice was the orders themselves.
  const old = Object.fromEntries(orders.map((o) => [o.key, o]));
  await worker.evaluate(async (old) => (globalThis as any).chrome.storage.local.set({ liveOrders: old }), old);
  const popup = await openPage('popup.html');
  await expect(popup.getByRole('region', { name: 'Active (1)' }).getByRole('button', { name: /^Order 7: / })).toBeVisible();
  await expect(popup.getByRole('region', { name: 'Recently finished' }).getByRole('button', { name: /^Order 8: / })).toBeVisible();
});
