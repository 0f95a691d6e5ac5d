/**
 * The orders page in Firefox: orders placed on the panel's website are imported by id, and
 * the list is exported as CSV (a Blob behind <a download>, saved by Firefox into the test's
 * download folder).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { seedPanels, storedOrders } from './seed';
import { aria, click, expectText, fill } from '../../testing/firefox/ui';

test('ids pasted from the panel’s website are imported with their statuses, and the CSV export holds them exactly', async ({ ext, panel, downloadDir }) => {
  await seedPanels(ext, [{ id: 'demo', name: 'Demo panel', apiUrl: panel.apiUrl, key: panel.key }]);
  const active = (await panel.control.createOrders(1, { status: 'In progress', charge: '0.45' })).ids;
  const done = (await panel.control.createOrders(2, { status: 'Completed', charge: '0.9' })).ids;
  const page = await ext.openPage('orders.html');
  await expectText(page, 'body', 'No orders are tracked yet.');

  await click(page, 'Import orders');
  await fill(page, 'Order ids', [...active, ...done, '99901'].join('\n'));
  await expectText(page, 'body', '4 order ids read.');
  await click(page, 'Start tracking');
  await expectText(page, aria(null, 'status'), 'Imported 3 orders; 1 not imported (99901): Incorrect order ID.');
  await expectText(page, 'body', '3 orders tracked');
  await expectText(page, aria('Orders', 'table'), 'In progress');
  expect((await storedOrders(ext)).map((o) => `${o.orderId} ${o.status}`).sort()).toEqual([`${active[0]} in_progress`, `${done[0]} completed`, `${done[1]} completed`]);

  await click(page, 'Export CSV');
  // Firefox writes <random>.part files and the named file beside them: done when only it is left.
  await expect.poll(() => readdirSync(downloadDir), { message: 'one CSV saved into the download folder', timeout: 10_000 }).toEqual([expect.stringMatching(/\.csv$/)]);
  const [name] = readdirSync(downloadDir);
  expect(name).toMatch(/^panelpilot-orders-\d{4}-\d{2}-\d{2}\.csv$/);
  const lines = readFileSync(join(downloadDir, name!), 'utf8').replace(/^\uFEFF/, '').split('\r\n');
  expect(lines[0]).toBe('Order ID,Panel,Service ID,Service,Link,Quantity,Start count,Delivered,Remains,Charge,Currency,Status,Created,Last checked,Refills');
  const rows = lines.slice(1, -1).map((line) => line.split(','));
  // What the status call tells: id, charge with its currency, status (an import knows no service).
  expect(rows.map((r) => [r[0], r[1], r[9], r[10], r[11]]).sort()).toEqual(
    [
      [active[0], 'Demo panel', '0.45', 'USD', 'In progress'],
      [done[0], 'Demo panel', '0.9', 'USD', 'Completed'],
      [done[1], 'Demo panel', '0.9', 'USD', 'Completed'],
    ].sort(),
  );
  expect(lines.at(-1)).toBe('');
});
