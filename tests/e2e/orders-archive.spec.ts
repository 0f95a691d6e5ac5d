/**
 * Many finished orders: the worker keeps the older ones in the archive, the orders page paints
 * its first rows from `local:orders` and then every order, the archived ones searchable and
 * acted on where they are kept (utils/background/orders-archive.ts).
 */
import type { Worker } from '@playwright/test';
import { test, expect } from './fixtures';
import { seedPanels } from '../../testing/seed';
import { makeOrder } from '../../testing/orders';

const FINISHED = 3_000;
const RUNNING = 5;

/** How many orders `local:orders` and the archive hold. */
const counts = (worker: Worker) =>
  worker.evaluate(async () => {
    const chrome = (globalThis as any).chrome;
    const { orders, ordersArchive } = await chrome.storage.local.get(['orders', 'ordersArchive']);
    const chunks = await chrome.storage.local.get(((ordersArchive ?? []) as string[]).map((id) => `ordersArchive:${id}`));
    return { recent: Object.keys(orders ?? {}).length, archived: Object.values(chunks).reduce((n: number, c) => n + Object.keys(c as object).length, 0) };
  });

test.beforeEach(async ({ worker, panel }) => {
  await seedPanels(worker, [{ id: 'demo', name: 'Demo panel', apiUrl: panel.apiUrl, key: panel.key }]);
  const now = Date.now();
  // As an older build stored them: every order in local:orders. Built inside the worker.
  await worker.evaluate(
    async ([finished, running, now, template]) => {
      const orders: Record<string, unknown> = {};
      for (let i = 0; i < finished; i++) {
        const id = String(500_000 + i);
        orders[`demo:${id}`] = { ...template, key: `demo:${id}`, orderId: id, link: `https://www.instagram.com/p/${id}/`, status: 'completed', statusText: 'Completed', createdAt: now - 3_600_000 - i * 20 * 60_000 };
      }
      for (let i = 0; i < running; i++) {
        const id = String(900_000 + i);
        orders[`demo:${id}`] = { ...template, key: `demo:${id}`, orderId: id, link: `https://www.instagram.com/p/${id}/`, createdAt: now - i * 60_000 };
      }
      await (globalThis as any).chrome.storage.local.set({ orders });
    },
    [FINISHED, RUNNING, now, makeOrder('demo', 'template')] as const,
  );
  // The worker moves the older finished orders to the archive on that write (seconds on a busy machine).
  await expect.poll(() => counts(worker), { timeout: 60_000 }).toEqual({ recent: RUNNING + 200, archived: FINISHED - 200 });
});

test('the newest orders first, then every archived one: found by search, counted, and stopped where it is kept', async ({ openPage, worker }) => {
  const page = await openPage('orders.html');
  // Newest first: the running orders, then the newest finished one, all from local:orders.
  await expect(page.getByRole('checkbox', { name: 'Select order 900000', exact: true })).toBeVisible();
  await expect(page.getByText(`${(FINISHED + RUNNING).toLocaleString('en-US')} orders tracked`)).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('table')).toHaveAttribute('aria-busy', 'false');

  // The oldest order lives in the archive.
  const oldest = String(500_000 + FINISHED - 1);
  await page.getByLabel('Search by link or order id').fill(oldest);
  await expect(page.getByText(`1 of ${(FINISHED + RUNNING).toLocaleString('en-US')} orders shown`)).toBeVisible();
  await page.getByRole('checkbox', { name: `Select order ${oldest}`, exact: true }).check();
  await page.getByRole('button', { name: 'Stop tracking', exact: true }).click();
  await page.getByLabel('Search by link or order id').fill('');
  await expect(page.getByText(`${(FINISHED + RUNNING - 1).toLocaleString('en-US')} orders tracked`)).toBeVisible();
  expect(await counts(worker)).toEqual({ recent: RUNNING + 200, archived: FINISHED - 201 });
});
