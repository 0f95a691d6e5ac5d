/**
 * After the order (issue 13 §3–§5) in a real browser against the simulator: "Your record"
 * from finished orders, "Order the remaining N" placing exactly the remains, and the Spending
 * view's chart table agreeing with the orders. The simulator's clock stands still until a
 * test moves it.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { POST, openForm, pickService } from './quick-order-form';
import { seedOrders, seedPanels } from '../../testing/seed';
import { makeOrder } from '../../testing/orders';

test.use({ panelOptions: { clockSpeed: 0 } });

/** axe's findings on the page as it is now: none expected. */
async function axeViolations(page: Page): Promise<string[]> {
  return (await new AxeBuilder({ page }).analyze()).violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`);
}

const LIKES = { id: '3226', name: 'Instagram Likes + Impressions [30K] [R30] [INSTANT - INSTANT] ♻️', type: 'Default', category: 'Instagram Likes', rate: '0.84', refill: true, cancel: null };

async function placeOne(openPage: (p: string) => Promise<Page>, link: string): Promise<void> {
  const page = await openForm(openPage, link);
  await pickService(page, '3226');
  await page.getByLabel('Quantity').fill('1000');
  await page.getByRole('button', { name: 'Place order' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'placed' })).toBeVisible();
  await page.close();
}

test('“Your record” appears in the service facts and the picker once orders of that service finished', async ({ openPage, worker, panel }) => {
  await seedPanels(worker, [{ id: 'demo', name: 'Demo panel', apiUrl: panel.apiUrl, key: panel.key }]);
  await placeOne(openPage, 'https://www.instagram.com/p/rec1/?pp-fate=completed');
  await placeOne(openPage, 'https://www.instagram.com/p/rec2/?pp-fate=partial');

  const before = await openForm(openPage);
  await pickService(before, '3226');
  await expect(before.getByRole('definition').filter({ hasText: 'none finished' })).toHaveText('2 orders, none finished yet');
  await before.getByRole('combobox', { name: 'Service' }).fill('3226');
  await expect(before.getByRole('option').first()).not.toHaveAccessibleName(/usually done/);
  await before.close();

  await panel.control.advance(3 * 3600_000);
  const orders = await openPage('orders.html');
  await orders.getByRole('checkbox', { name: 'Select all shown orders' }).check();
  await orders.getByRole('button', { name: 'Check now' }).click();
  await expect(orders.getByRole('status')).toContainText('Checked 2 orders: 2 changed');

  const page = await openForm(openPage);
  await pickService(page, '3226');
  const facts = page.getByRole('list', { name: 'Service details' }).or(page.getByLabel('Service details'));
  await expect(facts).toContainText(/Your record\s*usually done in 1 min · 50% partial · 2 orders/);
  // 0.84 + 0.84 × 700/1000 paid for 1,000 + 700 delivered: the rate, as a pro rata refund gives.
  await expect(facts).toContainText(/Paid per 1000 delivered\s*0\.84 USD/);
  await page.getByRole('combobox', { name: 'Service' }).fill('3226');
  await expect(page.getByRole('option').first()).toHaveAccessibleName(/^3226 Instagram Likes .* usually done in 1 min · 50% partial · 2 orders · Instagram Likes 0\.84 USD/);
});

test('“Order the remaining N” fills the form with the remains and places exactly them, only on the user’s click', async ({ openPage, worker, panel, context }) => {
  await seedPanels(worker, [{ id: 'demo', name: 'Demo panel', apiUrl: panel.apiUrl, key: panel.key }]);
  await seedOrders(worker, [makeOrder('demo', '900', { service: LIKES, link: POST, status: 'partial', statusText: 'Partial', quantity: 1000, remains: 400, charge: '0.84', currency: 'USD' })]);
  const orders = await openPage('orders.html?order=demo%3A900');
  const opened = context.waitForEvent('page');
  await orders.getByRole('button', { name: 'Order the remaining 400' }).click();
  const page = await opened;
  await expect(page.getByRole('region', { name: 'Reorder what was not delivered' })).toContainText('Ordering the remaining 400 of order 900 (Demo panel). Quantity set to 400.');
  await expect(page.getByRole('combobox', { name: 'Service' })).toHaveValue(/^3226 · /);
  await expect(page.getByLabel('Link')).toHaveValue(POST);
  await expect(page.getByLabel('Quantity')).toHaveValue('400');
  await expect(page.getByLabel('Charge')).toHaveText('0.336 USD');
  expect(await axeViolations(page)).toEqual([]);
  expect(await panel.control.orders()).toEqual([]);

  await page.getByRole('button', { name: 'Place order' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'placed' })).toContainText('placed');
  expect(await panel.control.orders()).toEqual([expect.objectContaining({ service: '3226', link: POST, quantity: 400 })]);
});

test('“Order the remaining N” of a service the panel removed: one click puts it on another panel', async ({ openPage, worker, panel, startPanel, context }) => {
  const second = await startPanel({ clockSpeed: 0 });
  await seedPanels(worker, [
    { id: 'demo', name: 'Demo panel', apiUrl: panel.apiUrl, key: panel.key },
    { id: 'second', name: 'Second panel', apiUrl: second.apiUrl, key: second.key },
  ]);
  await seedOrders(worker, [makeOrder('demo', '901', { service: LIKES, link: POST, status: 'canceled', statusText: 'Canceled', quantity: 1000, remains: 1000, charge: '0', currency: 'USD' })]);
  // The second panel's services are known (its catalog cached, as after any order form there).
  const warm = await openPage('quick-order.html?panel=second');
  await expect(warm.getByText(/2,054 services, updated/)).toBeVisible();
  await warm.close();
  await panel.control.removeService('3226');

  const orders = await openPage('orders.html?order=demo%3A901');
  const opened = context.waitForEvent('page');
  await orders.getByRole('button', { name: 'Order the remaining 1,000' }).click();
  const page = await opened;
  const notice = page.getByRole('region', { name: 'Reorder what was not delivered' });
  await expect(notice).toContainText('The panel no longer lists this service');
  await notice.getByRole('button', { name: 'Use 3226 on Second panel' }).click();
  await expect(page.getByLabel('Panel', { exact: true })).toHaveValue('second');
  await expect(page.getByRole('combobox', { name: 'Service' })).toHaveValue(/^3226 · /);
  await expect(page.getByLabel('Quantity')).toHaveValue('1000');
  expect(await second.control.orders()).toEqual([]);

  await page.getByRole('button', { name: 'Place order' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'placed' })).toContainText('placed');
  expect(await second.control.orders()).toEqual([expect.objectContaining({ service: '3226', link: POST, quantity: 1000 })]);
  expect(await panel.control.orders()).toEqual([]);
});

test('the Spending view: the chart’s table and the split agree with the orders, refunds netted; CSV cells defused', async ({ openPage, worker, panel }) => {
  await seedPanels(worker, [
    { id: 'demo', name: 'Demo panel', apiUrl: panel.apiUrl, key: panel.key },
    { id: 'other', name: '=Other panel', apiUrl: panel.apiUrl, key: panel.key },
  ]);
  const noon = new Date();
  noon.setHours(12, 0, 0, 0);
  const day = (n: number) => noon.getTime() - n * 86_400_000;
  const iso = (t: number) => {
    const d = new Date(t);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  };
  const done = { status: 'completed' as const, statusText: 'Completed', currency: 'USD', remains: 0 };
  await seedOrders(worker, [
    makeOrder('demo', '1', { ...done, charge: '1.5', createdAt: day(2) }),
    // Partial, 250 of 1000 not delivered: 2 × 750/1000 = 1.5 counted.
    makeOrder('demo', '2', { ...done, status: 'partial', statusText: 'Partial', charge: '2', remains: 250, createdAt: day(2) + 60_000 }),
    // Canceled: refunded, 0.
    makeOrder('other', '3', { ...done, status: 'canceled', statusText: 'Canceled', charge: '0.9', remains: 1000, createdAt: day(1) }),
    makeOrder('other', '4', { ...done, charge: '0.25', createdAt: day(1) + 60_000 }),
    makeOrder('demo', '5', { ...done, charge: '0.1234567', createdAt: day(0) }),
    // Running, not priced by the panel yet: PanelPilot's estimate, in the service's currency.
    makeOrder('demo', '6', { status: 'in_progress', statusText: 'In progress', charge: null, currency: null, estimatedCharge: '0.5', service: { ...LIKES, currency: 'USD' }, createdAt: day(0) + 60_000 }),
  ]);
  const page = await openPage('orders.html');
  await page.getByRole('tab', { name: 'Spending' }).click();
  await expect(page.getByRole('img', { name: 'Spending per day' })).toBeVisible();
  const table = page.getByRole('region', { name: 'Spending per day as a table, USD' });
  const rows = table.getByRole('row');
  await expect(rows).toHaveText([/Day\s*Spent\s*Orders/, new RegExp(`${iso(day(2))}\\s*3\\.00 USD\\s*2`), new RegExp(`${iso(day(1))}\\s*0\\.25 USD\\s*2`), new RegExp(`${iso(day(0))}\\s*0\\.6234567 USD\\s*2`)]);
  await expect(page.getByRole('img', { name: 'Spending per day' })).toHaveCount(1);
  await expect(page.getByText('1 order counted at PanelPilot’s estimate')).toBeVisible();
  const split = page.getByRole('table', { name: 'Spending per panel, USD' });
  await expect(split.getByRole('row')).toHaveText([/Panel\s*Spent\s*Orders/, /Demo panel\s*3\.6234567 USD\s*4/, /=Other panel\s*0\.25 USD\s*2/]);

  expect(await axeViolations(page)).toEqual([]);
  await page.getByLabel('Per', { exact: true }).selectOption('week');
  await expect(page.getByRole('img', { name: 'Spending per week' })).toBeVisible();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export spending CSV' }).click();
  const text = readFileSync((await (await download).path())!, 'utf8');
  expect(text.startsWith('\uFEFFPeriod,Currency,Group,Amount,Orders,Estimated,Unpriced\r\n')).toBe(true);
  expect(text).toContain(",USD,'=Other panel,0.25,2,0,0");
});
