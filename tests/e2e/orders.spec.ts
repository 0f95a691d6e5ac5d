import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page, Worker } from '@playwright/test';
import { test, expect } from './fixtures';
import { readStorage, seedOrders, seedPanels } from '../../testing/seed';
import { makeOrder } from '../../testing/orders';
import type { TrackedOrder } from '../../utils/orders/types';

/** A small catalog: service 1 allows refill and cancel, service 2 neither. */
const SERVICES = [
  { service: 1, name: 'Instagram Followers', type: 'Default', category: 'Instagram Followers', rate: '0.90', min: '50', max: '10000', refill: true, cancel: true },
  { service: 2, name: 'Instagram Likes', type: 'Default', category: 'Instagram Likes', rate: '0.1234567', min: '10', max: '10000', refill: false, cancel: false },
];
test.use({ panelOptions: { services: SERVICES } });

test.beforeEach(async ({ worker, panel }) => {
  await seedPanels(worker, [{ id: 'demo', name: 'Demo panel', apiUrl: panel.apiUrl, key: panel.key }]);
});

async function importIds(page: Page, ids: string[]): Promise<void> {
  await page.getByRole('button', { name: 'Import orders' }).click();
  await page.getByLabel('Order ids').fill(ids.join('\n'));
  await page.getByRole('button', { name: 'Start tracking' }).click();
}

const rowOf = (page: Page, orderId: string): Locator => page.getByRole('row').filter({ has: page.getByRole('checkbox', { name: `Select order ${orderId}`, exact: true }) });
const resultOf = (page: Page, orderId: string): Locator => rowOf(page, orderId).getByRole('cell').last();

async function tracked(worker: Worker): Promise<Record<string, TrackedOrder>> {
  return (await readStorage<Record<string, TrackedOrder>>(worker, 'orders')) ?? {};
}

test('importing 150 ids makes exactly 2 multi-status calls and tracks the known ones', async ({ openPage, panel, worker }) => {
  const { ids } = await panel.control.createOrders(148, { service: '1', status: 'In progress' });
  await panel.control.reset();
  const page = await openPage('orders.html');
  await expect(page.getByText('No orders are tracked yet.')).toBeVisible();

  await importIds(page, [...ids, '99901', '99902']);
  await expect(page.getByRole('status')).toContainText('Imported 148 orders; 2 not imported (99901, 99902): Incorrect order ID.');
  const stats = await panel.control.stats();
  expect(stats.counts['status:orders']).toBe(2);
  expect(stats.counts.status).toBe(2);
  expect(stats.batchSizes.status).toEqual([100, 50]);
  expect(Object.keys(await tracked(worker))).toHaveLength(148);
  await expect(page.getByText('148 orders tracked')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Orders' }).getByRole('columnheader', { name: 'Status' })).toBeVisible();
  await expect(rowOf(page, ids[0]!).getByRole('cell').nth(9)).toHaveText('In progress');
  // Virtualized: only the rows in view are in the page.
  expect(await page.getByRole('row').count()).toBeLessThan(80);
});

test('a bulk refill of 120 completed orders makes 2 multi-refill calls; the refills are tracked to completion with a notification', async ({ openPage, panel, worker }) => {
  const { ids } = await panel.control.createOrders(120, { service: '1', status: 'Completed' });
  const page = await openPage('orders.html');
  await importIds(page, ids);
  await expect(page.getByText('120 orders tracked')).toBeVisible();
  await panel.control.reset();

  await page.getByRole('checkbox', { name: 'Select all shown orders' }).check();
  await expect(page.getByText('120 orders selected')).toBeVisible();
  await page.getByRole('button', { name: 'Refill', exact: true }).click();
  await expect(page.getByRole('status')).toContainText('Refill: 120 requested.');
  const stats = await panel.control.stats();
  expect(stats.counts['refill:orders']).toBe(2);
  expect(stats.batchSizes.refill).toEqual([100, 20]);
  const refills = await panel.control.refills();
  const first = refills.find((r) => r.order === ids[0])!;
  await expect(resultOf(page, ids[0]!)).toHaveText(`Refill requested (id ${first.id})`);

  const stored = await tracked(worker);
  expect(Object.values(stored).map((o) => o.refills.length)).toEqual(Array(120).fill(1));
  expect(stored[`demo:${ids[0]}`]!.refills[0]).toMatchObject({ refillId: first.id, status: 'pending' });

  // From here the tracker alone follows the refills: a 1-second poll interval, no clicks.
  await worker.evaluate(async () => {
    const chrome = (globalThis as any).chrome;
    const { settings } = await chrome.storage.local.get('settings');
    const notify = { completed: true, partial: true, canceled: true, failed: true, refill: true, lowBalance: true };
    await chrome.storage.local.set({ settings: { notify, catalogTtlHours: 24, ...settings, pollIntervalSec: 1 } });
  });
  await expect
    .poll(async () => Object.values(await tracked(worker)).filter((o) => o.refills[0]?.status === 'completed').length, { timeout: 20_000 })
    .toBe(120);
  const notified = () => worker.evaluate(async () => Object.keys(await (globalThis as any).chrome.notifications.getAll()).filter((id) => id.includes('refill:completed')));
  await expect.poll(notified, { timeout: 10_000 }).toHaveLength(1);
  // Its click target lists the 120 orders.
  const target = (await notified())[0]!.split('|')[1]!;
  const fromNotification = await openPage(target);
  await expect(fromNotification.getByText('Showing 120 orders from a notification.')).toBeVisible();
  await fromNotification.close();
  expect((await panel.control.stats()).counts['refill_status:refills']).toBeGreaterThanOrEqual(2);

  // The order's details list the refill and its status.
  await page.getByRole('button', { name: `Order ${ids[0]} details` }).click();
  const refillTable = page.getByRole('table', { name: `Refills of order ${ids[0]}` });
  await expect(refillTable.getByRole('row').nth(1)).toContainText(first.id);
  await expect(refillTable.getByRole('row').nth(1)).toContainText('Completed');
});

test('a bulk cancel with mixed results shows each order’s result; Refill is disabled with a reason', async ({ openPage, panel }) => {
  const cancellable = (await panel.control.createOrders(3, { service: '1', status: 'In progress' })).ids;
  const locked = (await panel.control.createOrders(2, { service: '2', status: 'In progress' })).ids;
  const finishedMeanwhile = (await panel.control.createOrders(1, { service: '1', status: 'In progress' })).ids;
  const page = await openPage('orders.html');
  await importIds(page, [...cancellable, ...locked, ...finishedMeanwhile]);
  await expect(page.getByText('6 orders tracked')).toBeVisible();
  await panel.control.setOrder(finishedMeanwhile[0]!, { status: 'Completed', remains: 0 });

  await page.getByRole('checkbox', { name: 'Select all shown orders' }).check();
  const refill = page.getByRole('button', { name: 'Refill', exact: true });
  await expect(refill).toBeDisabled();
  await expect(refill).toHaveAttribute('title', /None of the selected orders can be refilled: Refill is only possible once an order is completed or partial/);

  // A cancel cannot be undone: nothing is sent before the second, explicit click.
  await page.getByRole('button', { name: 'Cancel', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('Ask the panel to cancel 6 orders? A cancel cannot be undone.');
  await page.getByRole('button', { name: 'Keep them' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect((await panel.control.stats()).counts['cancel:orders'] ?? 0).toBe(0);
  await page.getByRole('button', { name: 'Cancel', exact: true }).click();
  await page.getByRole('button', { name: 'Cancel 6 orders' }).click();
  await expect(page.getByRole('status')).toContainText('Cancel: 3 requested, 3 refused or failed');
  for (const id of cancellable) await expect(resultOf(page, id)).toHaveText('Cancel requested');
  for (const id of locked) await expect(resultOf(page, id)).toHaveText('Cancel is disabled for this service');
  await expect(resultOf(page, finishedMeanwhile[0]!)).toHaveText('The order is already completed');
  // The cancelled orders' status is asked for right away.
  for (const id of cancellable) await expect(rowOf(page, id).getByRole('cell').nth(9)).toHaveText('Canceled');
  expect((await panel.control.stats()).counts['cancel:orders']).toBe(1);
});

test('the exported CSV holds exactly the filtered rows with exact values', async ({ openPage, worker }) => {
  const day = new Date(2026, 10, 20, 14, 30).getTime();
  await seedOrders(worker, [
    makeOrder('demo', '501', { status: 'completed', statusText: 'Completed', charge: '0.1234567', currency: 'USD', startCount: 120, remains: 0, createdAt: day, link: 'https://www.instagram.com/p/a,b"c/' }),
    makeOrder('demo', '502', { status: 'partial', statusText: 'Partial', charge: '12.5', currency: 'EUR', startCount: 5, remains: 300, createdAt: day + 60_000, link: 'https://www.tiktok.com/@x/video/1' }),
    makeOrder('demo', '503', { status: 'completed', statusText: 'Completed', charge: '3', currency: 'USD', startCount: 0, remains: 0, createdAt: day + 120_000, link: 'https://www.instagram.com/p/zzz/', service: { id: '7', name: '=HYPERLINK("x") Likes', type: 'Default', category: 'Instagram', rate: '3', refill: null, cancel: null } }),
    makeOrder('demo', '504', { status: 'in_progress', statusText: 'In progress', createdAt: day }),
  ]);
  const page = await openPage('orders.html');
  await expect(page.getByText('4 orders tracked')).toBeVisible();
  await page.getByLabel('Status').selectOption('completed');
  await page.getByLabel('Platform').selectOption('instagram');
  await expect(page.getByText('2 of 4 orders shown')).toBeVisible();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^panelpilot-orders-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = readFileSync((await file.path())!, 'utf8');
  const iso = (t: number) => new Date(t).toISOString();
  expect(text.replace(/^\uFEFF/, '').split('\r\n')).toEqual([
    'Order ID,Panel,Service ID,Service,Link,Quantity,Start count,Delivered,Remains,Charge,Currency,Status,Created,Last checked,Refills',
    `503,Demo panel,7,"'=HYPERLINK(""x"") Likes",https://www.instagram.com/p/zzz/,1000,0,1000,0,3,USD,Completed,${iso(day + 120_000)},,`,
    `501,Demo panel,1,Instagram Followers,"https://www.instagram.com/p/a,b""c/",1000,120,1000,0,0.1234567,USD,Completed,${iso(day)},,`,
    '',
  ]);
});

test('a notification link opens one order or shows just its orders; rows work from the keyboard; stop tracking can be undone', async ({ openPage, worker }) => {
  await seedOrders(worker, ['601', '602', '603'].map((id, i) => makeOrder('demo', id, { createdAt: Date.now() - i * 60_000, status: 'completed', statusText: 'Completed' })));
  const one = await openPage('orders.html?order=demo%3A602');
  await expect(one.getByRole('heading', { name: 'Order 602' })).toBeVisible();
  await expect(one.getByRole('button', { name: 'Refill this order' })).toBeEnabled();
  await one.close();

  const page = await openPage('orders.html?keys=demo%3A601,demo%3A603');
  await expect(page.getByText('Showing 2 orders from a notification.')).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /^Select order/ })).toHaveCount(2);

  // Keyboard: Tab reaches the first row; arrows move; Space selects; Enter opens.
  await page.getByRole('row').nth(1).focus();
  await page.keyboard.press('ArrowDown');
  await expect(rowOf(page, '603')).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.getByRole('checkbox', { name: 'Select order 603' })).toBeChecked();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Order 603' })).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);

  await page.getByRole('button', { name: 'Stop tracking', exact: true }).click();
  await expect(page.getByRole('status')).toContainText('Stopped tracking 1 order.');
  await expect.poll(async () => Object.keys(await tracked(worker)).sort()).toEqual(['demo:601', 'demo:602']);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('status')).toContainText('Tracking 1 order again.');
  await expect.poll(async () => Object.keys(await tracked(worker)).sort()).toEqual(['demo:601', 'demo:602', 'demo:603']);
});

test('backup holds no API key; a bad file is refused with the reason and nothing changes', async ({ openPage, worker, panel }) => {
  await seedOrders(worker, [makeOrder('demo', '701')]);
  const page = await openPage('orders.html');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Back up (JSON)' }).click();
  const text = readFileSync((await (await download).path())!, 'utf8');
  expect(text).not.toContain(panel.key);
  expect(JSON.parse(text).data.orders['demo:701'].orderId).toBe('701');

  const before = await tracked(worker);
  await page.getByLabel('Restore from backup file').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"panelpilot-backup","version":1,"data":{"orders":[{"panelId":"demo"}]}}') });
  await expect(page.getByRole('status')).toContainText('Order 1: “orderId” must be a non-empty text. Nothing was changed.');
  expect(await tracked(worker)).toEqual(before);
});

test('10,000 orders: only the rows in view are rendered, the keyboard reaches the last one, search narrows them', async ({ openPage, worker }) => {
  // Built inside the worker from one template: sending 10,000 objects over the debugger protocol is slow.
  await worker.evaluate(async (template) => {
    const orders: Record<string, unknown> = {};
    for (let i = 0; i < 10_000; i++) {
      const id = String(100_000 + i);
      orders[`demo:${id}`] = { ...template, key: `demo:${id}`, orderId: id, link: `https://www.instagram.com/p/${id}/`, createdAt: template.createdAt - i * 1000 };
    }
    await (globalThis as any).chrome.storage.local.set({ orders });
  }, makeOrder('demo', 'template'));
  const page = await openPage('orders.html');
  // How fast this opens is figure 9 of `npm run bench` (a ratio to a blank page, measured
  // alone); here only what is rendered counts, so a busy machine gets time to read 10,000 orders.
  await expect(page.getByText('10,000 orders tracked')).toBeVisible({ timeout: 30_000 });
  expect(await page.getByRole('row').count()).toBeLessThan(80);
  await page.getByRole('row').nth(1).focus();
  await page.keyboard.press('End');
  await expect(rowOf(page, '109999')).toBeFocused();
  await page.getByLabel('Search by link or order id').fill('10999');
  await expect(page.getByText('10 of 10,000 orders shown')).toBeVisible();
});

/** Screenshots for docs/screenshots: `PP_SCREENSHOTS=1 npx playwright test tests/e2e/orders.spec.ts -g screenshots`. */
test('screenshots of the orders page, light and dark', async ({ openPage, worker, panel }) => {
  test.skip(!process.env.PP_SCREENSHOTS, 'set PP_SCREENSHOTS=1 to write docs/screenshots/orders-*.png');
  await seedPanels(worker, [
    { id: 'demo', name: 'Demo panel', apiUrl: panel.apiUrl, key: panel.key },
    { id: 'smmk', name: 'SMM Kings', apiUrl: panel.apiUrl, key: panel.key, isDefault: false },
  ]);
  const words: [TrackedOrder['status'], string][] = [['completed', 'Completed'], ['in_progress', 'In progress'], ['pending', 'Pending'], ['partial', 'Partial'], ['canceled', 'Canceled'], ['completed', 'Completed'], ['processing', 'Processing'], ['refunded', 'Refunded'], ['unknown', 'Awaiting moderation']];
  const services = [
    { id: '3226', name: 'Instagram Likes + Impressions [Max 30K] Instant', type: 'Default', category: 'Instagram Likes', rate: '0.84', refill: true, cancel: false },
    { id: '1911', name: 'TikTok Views [Refill 30D]', type: 'Default', category: 'TikTok Views', rate: '0.0123456', refill: true, cancel: true },
    { id: '452', name: 'YouTube Subscribers — Non Drop', type: 'Default', category: 'YouTube', rate: '18.5', refill: true, cancel: true },
  ];
  const links = ['https://www.instagram.com/p/C0ffee123/', 'https://www.tiktok.com/@creator.daily/video/7301234567890123456', 'https://www.youtube.com/@SomeChannelName'];
  const now = Date.now();
  const orders = Array.from({ length: 30 }, (_, i) => {
    const [status, statusText] = words[i % words.length]!;
    const quantity = [1000, 5000, 250, 20000][i % 4]!;
    const remains = status === 'completed' ? 0 : status === 'partial' ? Math.floor(quantity * 0.3) : status === 'pending' ? quantity : Math.floor(quantity / 2);
    return makeOrder(i % 5 === 4 ? 'smmk' : 'demo', String(18240 + i), {
      service: services[i % 3]!,
      link: links[i % 3]!.replace('C0ffee123', `C0ffee${i}`),
      quantity,
      remains: status === 'pending' ? null : remains,
      startCount: status === 'pending' ? null : 1200 + i * 37,
      charge: status === 'pending' ? null : ['0.84', '0.061728', '4.625', '16.8'][i % 4]!,
      estimatedCharge: ['0.84', '0.061728', '4.625', '16.8'][i % 4]!,
      currency: 'USD',
      status,
      statusText,
      createdAt: now - i * 47 * 60_000,
      lastCheckedAt: status === 'pending' ? null : now - (i % 6) * 60_000,
      history: [{ at: now - i * 47 * 60_000, status: 'pending', statusText: 'Placed' }, ...(status === 'pending' ? [] : [{ at: now - i * 40 * 60_000, status, statusText }])],
      refills: i === 0 ? [{ refillId: '77', requestedAt: now - 3600_000, status: 'completed', statusText: 'Completed', lastCheckedAt: now - 600_000, missing: false }] : [],
      missing: i === 13,
    });
  });
  await seedOrders(worker, orders);
  const page = await openPage('orders.html');
  await page.setViewportSize({ width: 1440, height: 820 });
  await expect(page.getByText('30 orders tracked')).toBeVisible();
  for (const id of ['18240', '18245', '18249']) await page.getByRole('checkbox', { name: `Select order ${id}` }).check();
  await page.screenshot({ path: 'docs/screenshots/orders-light.png' });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.getByRole('button', { name: 'Order 18240 details' }).click();
  await expect(page.getByRole('heading', { name: 'Order 18240' })).toBeVisible();
  await page.screenshot({ path: 'docs/screenshots/orders-dark.png' });
});

test('the keyboard stays on the order it moved to when a new order arrives above it', async ({ openPage, worker }) => {
  const now = Date.now();
  await seedOrders(worker, [makeOrder('demo', '701', { createdAt: now - 2000 }), makeOrder('demo', '702', { createdAt: now - 1000 })]);
  const page = await openPage('orders.html');
  await rowOf(page, '702').focus();
  await page.keyboard.press('ArrowDown');
  await expect(rowOf(page, '701')).toBeFocused();
  // A newer order (placed from another window) lands first in the newest-first list.
  await worker.evaluate(async (order) => {
    const chrome = (globalThis as any).chrome;
    const { orders } = await chrome.storage.local.get('orders');
    await chrome.storage.local.set({ orders: { ...orders, [order.key]: order } });
  }, makeOrder('demo', '703', { createdAt: now }));
  await expect(page.getByRole('checkbox', { name: 'Select order 703', exact: true })).toBeVisible();
  await expect(rowOf(page, '701')).toBeFocused();
  await page.keyboard.press(' ');
  await expect(page.getByRole('checkbox', { name: 'Select order 701', exact: true })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Select order 702', exact: true })).not.toBeChecked();
});
