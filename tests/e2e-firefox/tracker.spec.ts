/**
 * The order tracker in Firefox's event page: the poll alarm wakes it, statuses reach storage
 * and the pages, and a notification is raised (read back with notifications.getAll() in the
 * background page). The simulator's clock stands still until the test moves it.
 */
import { test, expect } from './fixtures';
import { seedOrders, seedPanels, seedSettings, storedOrders } from './seed';
import { makeOrder } from '../../testing/orders';
import { aria, expectText } from '../../testing/firefox/ui';

test.use({ panelOptions: { clockSpeed: 0 } });

test('orders finish on the panel: new statuses in the orders page and one notification per outcome', async ({ ext, panel }) => {
  await seedPanels(ext, [{ id: 'demo', name: 'Demo panel', apiUrl: panel.apiUrl, key: panel.key }]);
  const done = 'https://www.instagram.com/p/done/?pp-fate=completed';
  const short = 'https://www.instagram.com/p/short/?pp-fate=partial';
  const completed = (await panel.control.createOrders(3, { link: done, quantity: 1000 })).ids;
  const [partial] = (await panel.control.createOrders(1, { link: short, quantity: 1000 })).ids;
  await seedOrders(ext, [...completed.map((id) => makeOrder('demo', id, { link: done })), makeOrder('demo', partial!, { link: short })]);
  // Temporary add-ons are not held to a minimum alarm period: a cycle every second.
  await seedSettings(ext, { pollIntervalSec: 1 });

  await expect.poll(async () => (await storedOrders(ext)).every((o) => o.lastCheckedAt !== null), { timeout: 15_000 }).toBe(true);
  expect(await ext.notifications()).toEqual({});
  await panel.control.advance(10 * 60_000);

  await expect.poll(async () => (await storedOrders(ext)).map((o) => o.status).sort(), { timeout: 15_000 }).toEqual(['completed', 'completed', 'completed', 'partial']);
  await expect
    .poll(async () => Object.values(await ext.notifications()).map((n) => n.title).sort())
    .toEqual([`3 orders completed on Demo panel`, `Order ${partial} partially delivered`]);
  const page = await ext.openPage('orders.html');
  await expectText(page, aria('Orders', 'table'), 'Partial');
  await expectText(page, aria('Orders', 'table'), 'Completed');
});

/**
 * Firefox stores a structured clone: a function in a stored value throws DataCloneError, where
 * Chrome's JSON silently drops it. A panel answering the status word "constructor" made the
 * status lookup (a plain object) return Object's constructor, and the tracker tried to store it.
 * Caught here before the fix (every cycle threw, nothing was tracked); the lookups are Maps now.
 */
test('a status word that names an Object property ("constructor") is stored as an unknown status and shown verbatim', async ({ ext, panel }) => {
  await seedPanels(ext, [{ id: 'demo', name: 'Demo panel', apiUrl: panel.apiUrl, key: panel.key }]);
  const [odd, plain] = (await panel.control.createOrders(2, { quantity: 1000 })).ids;
  await panel.control.setOrder(odd!, { status: 'constructor' });
  await panel.control.setOrder(plain!, { status: 'Completed', remains: 0 });
  await seedOrders(ext, [makeOrder('demo', odd!), makeOrder('demo', plain!)]);
  await seedSettings(ext, { pollIntervalSec: 1 });

  // The cycle's one write holds both orders: neither is lost to the odd one.
  await expect
    .poll(async () => (await storedOrders(ext)).map((o) => `${o.orderId} ${o.status} ${o.statusText}`).sort(), { timeout: 10_000 })
    .toEqual([`${odd} unknown constructor`, `${plain} completed Completed`]);
  const page = await ext.openPage('orders.html');
  await expectText(page, aria('Orders', 'table'), 'constructor');
});
