/**
 * The duplicate-link check, in a real browser: one check in the background covers orders
 * still on their way (a slow add, the popup closed and opened again) and mass orders.
 */
import { test, expect } from './fixtures';
import { POST, openForm, pickService } from './quick-order-form';
import { seedOrders, seedPanels } from '../../testing/seed';
import { makeOrder } from '../../testing/orders';

test.beforeEach(async ({ worker, panel }) => {
  await seedPanels(worker, [{ id: 'demo', name: 'Demo panel', apiUrl: panel.apiUrl, key: panel.key }]);
});

test('during a slow add, the form opened again for the same post says an order is on its way and sends nothing without a yes', async ({ openPage, panel }) => {
  // The panel takes 2.5 s to create the order (under the e2e build's 3 s add timeout).
  await panel.control.setFault({ kind: 'stall', actions: ['add'], times: 1, stallMs: 2500 });
  const first = await openForm(openPage, POST);
  await pickService(first, '3226');
  await first.getByLabel('Quantity').fill('100');
  await first.getByRole('button', { name: 'Place order' }).click();
  await expect(first.getByRole('button', { name: 'Placing order…' })).toBeVisible();
  // The popup closes (a click elsewhere); the background keeps sending.
  await first.close();

  // The same post, as a share link: opened again while the first add is still out.
  const second = await openForm(openPage, 'https://instagram.com/p/C0ffee123?utm_source=ig_web_copy_link&igsh=abc');
  await pickService(second, '3226');
  await second.getByLabel('Quantity').fill('100');
  await expect(second.getByRole('alert')).toContainText('An order for this link is being sent right now');
  await expect(second.getByRole('button', { name: 'Place order' })).toBeDisabled();

  // Once the first is placed, the warning names it.
  await expect(second.getByRole('alert')).toContainText('Order 10001 for this link is still Pending', { timeout: 10_000 });
  expect((await panel.control.stats()).counts.add).toBe(1);

  // A second order on the post only with a yes.
  await second.getByLabel('Order this link again anyway').check();
  await second.getByRole('button', { name: 'Place order' }).click();
  await expect(second.getByText('Order 10002 placed.')).toBeVisible();
  expect((await panel.control.stats()).counts.add).toBe(2);
});

test('a mass order shows the lines whose link already has an order and asks once', async ({ openPage, worker, panel }) => {
  await seedOrders(worker, [makeOrder('demo', '777', { link: POST, status: 'in_progress', statusText: 'In progress' })]);
  const page = await openForm(openPage, POST);
  await page.getByRole('tab', { name: 'Mass order' }).click();
  await page.getByLabel('Orders, one per line').fill(
    [
      // The running order's post, written another way.
      '3226 | http://instagram.com/p/C0ffee123 | 100',
      '3226 | https://www.instagram.com/p/other1/ | 100',
      '3226 | https://www.instagram.com/p/other2/ | 100',
      // The same post as line 2.
      '3226 | https://www.instagram.com/p/other1/?utm_medium=share | 200',
    ].join('\n'),
  );
  await page.getByRole('button', { name: 'Send 4 orders' }).click();

  const question = page.getByRole('alertdialog', { name: '2 lines of 4 already have an order on the same link.' });
  await expect(question).toContainText('Line 1: Order 777 for this link is still In progress.');
  await expect(question).toContainText('Line 4: Line 2 of this mass order is for the same link.');
  await expect(page.getByRole('table', { name: 'Preview' }).getByText('Duplicate link: see below')).toHaveCount(2);
  expect((await panel.control.stats()).counts.add ?? 0).toBe(0);

  await question.getByRole('button', { name: 'Send only the other 2 lines' }).click();
  const preview = page.getByRole('table', { name: 'Preview' });
  await expect(preview.getByText(/^Order \d+$/)).toHaveCount(2);
  expect((await panel.control.orders()).map((o) => o.link).sort()).toEqual(['https://www.instagram.com/p/other1/', 'https://www.instagram.com/p/other2/']);

  // The two held lines are still to send; asked again, and sent with a yes.
  await page.getByRole('button', { name: 'Send 2 orders' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Send all 2 anyway' }).click();
  await expect(preview.getByText(/^Order \d+$/)).toHaveCount(4);
  expect((await panel.control.stats()).counts.add).toBe(4);
});
