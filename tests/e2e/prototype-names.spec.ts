/**
 * Ids named like Object.prototype members are data on the orders page too: an order id
 * "constructor" in an address, a notification list token, or an import no longer finds the
 * function every object inherits.
 */
import { test, expect } from './fixtures';
import { seedOrders, seedPanels } from '../../testing/seed';
import { makeOrder } from '../../testing/orders';

test.beforeEach(async ({ worker, panel }) => {
  await seedPanels(worker, [{ id: 'demo', name: 'Demo panel', apiUrl: panel.apiUrl, key: panel.key }]);
  await seedOrders(worker, [makeOrder('demo', '700')]);
});

for (const query of ['order=constructor', 'order=__proto__', 'list=constructor', 'list=toString']) {
  test(`orders.html?${query} opens the orders page as usual`, async ({ openPage }) => {
    const errors: string[] = [];
    const page = await openPage(`orders.html?${query}`);
    page.on('pageerror', (e) => errors.push(e.message));
    await expect(page.getByRole('heading', { name: 'Orders' })).toBeVisible();
    await expect(page.getByText('1 order tracked')).toBeVisible();
    await expect(page.getByRole('checkbox', { name: 'Select order 700', exact: true })).toBeVisible();
    expect(errors).toEqual([]);
  });
}

test('importing the ids “constructor” and “__proto__” gives each its own result', async ({ openPage }) => {
  const page = await openPage('orders.html');
  await page.getByRole('button', { name: 'Import orders' }).click();
  await page.getByLabel('Order ids').fill('constructor\n__proto__\ntoString');
  await page.getByRole('button', { name: 'Start tracking' }).click();
  await expect(page.getByRole('status')).toContainText('Imported 0 orders; 3 not imported (constructor, __proto__, toString): Incorrect order ID.');
  await expect(page.getByText('1 order tracked')).toBeVisible();
});
