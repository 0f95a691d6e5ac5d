/**
 * Panel text is data, never a key on a plain object: a status word that names an Object
 * property must not reach storage as a function. The same test runs in Firefox
 * (tests/e2e-firefox/tracker.spec.ts), where such a write throws DataCloneError and the
 * whole cycle is lost. Chrome serializes storage as JSON: it drops the function without a
 * word and the checked read (utils/storage-check.ts) shows the status as unknown, so here
 * this passes even with the plain-object lookup: only Firefox shows that bug.
 */
import type { TrackedOrder } from '../../utils/orders/types';
import { test, expect } from './fixtures';
import { readStorage, seedOrders, seedPanels, seedSettings } from '../../testing/seed';
import { makeOrder } from '../../testing/orders';

test.use({ panelOptions: { clockSpeed: 0 } });

test('a status word that names an Object property ("constructor") is stored as an unknown status and shown verbatim', async ({ worker, panel, openPage }) => {
  await seedPanels(worker, [{ id: 'demo', name: 'Demo panel', apiUrl: panel.apiUrl, key: panel.key }]);
  const [odd, plain] = (await panel.control.createOrders(2, { quantity: 1000 })).ids;
  await panel.control.setOrder(odd!, { status: 'constructor' });
  await panel.control.setOrder(plain!, { status: 'Completed', remains: 0 });
  await seedOrders(worker, [makeOrder('demo', odd!), makeOrder('demo', plain!)]);
  await seedSettings(worker, { pollIntervalSec: 1 });

  const stored = async () => Object.values((await readStorage<Record<string, TrackedOrder>>(worker, 'orders')) ?? {});
  await expect
    .poll(async () => (await stored()).map((o) => `${o.orderId} ${o.status} ${o.statusText}`).sort(), { timeout: 15_000 })
    .toEqual([`${odd} unknown constructor`, `${plain} completed Completed`]);
  const page = await openPage('orders.html');
  await expect(page.getByRole('table', { name: 'Orders' })).toContainText('constructor');
});
