/**
 * Issue 13 §2 against the simulator: the panel raises a rate and removes a service; the
 * background's own catalog refresh (its alarm) finds both, lists them in the orders page's
 * "Catalog changes" and shows exactly one notification; the quick-order form flags the removed
 * last-used service with replacements on the same panel; "Pin service" is stored.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page, Worker } from '@playwright/test';
import { test, expect } from './fixtures';
import { openForm, POST } from './quick-order-form';
import { readStorage, seedOrders, seedPanels } from '../../testing/seed';
import { makeOrder } from '../../testing/orders';

const DAY = 24 * 3_600_000;

/** Every accessibility rule axe knows, on what the page shows now. */
const axeViolations = async (page: Page) => (await new AxeBuilder({ page }).analyze()).violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`);

/**
 * Every notification the extension raises from now on is recorded as it is created: the
 * browser removes a shown one from `getAll` after a few seconds, a count must see them all.
 */
const recordNotifications = (worker: Worker) =>
  worker.evaluate(() => {
    const api = (globalThis as any).chrome.notifications;
    const create = api.create.bind(api);
    (globalThis as any).__created = [];
    api.create = (id: string, options: unknown) => {
      (globalThis as any).__created.push(id);
      return create(id, options);
    };
  });

/** The ids of the notifications raised about catalog changes. */
const catalogNotices = (worker: Worker): Promise<string[]> => worker.evaluate(() => ((globalThis as any).__created as string[]).filter((id) => id.includes('|catalog:')));

test.beforeEach(async ({ worker, panel }) => {
  await seedPanels(worker, [{ id: 'demo', name: 'Demo panel', apiUrl: panel.apiUrl, key: panel.key }]);
  // Ordered this month: 3226 (Instagram likes, also the last one used) and 2 (Instagram views).
  const snapshot = (id: string, name: string, rate: string) => ({ id, name, type: 'Default', category: 'Instagram', rate, refill: null, cancel: null });
  await seedOrders(worker, [
    makeOrder('demo', '501', { service: snapshot('3226', 'Instagram Likes + Impressions', '0.84'), createdAt: Date.now() - 3 * DAY }),
    makeOrder('demo', '502', { service: snapshot('2', 'Instagram Views', '0.06'), createdAt: Date.now() - 10 * DAY }),
  ]);
  await worker.evaluate(() => (globalThis as any).chrome.storage.local.set({ recentServices: { demo: ['3226'] } }));
});

test('a rate change and a removal: the background’s refresh lists both, one notification, the removed last-used service flagged with replacements', async ({ worker, openPage, panel }) => {
  await recordNotifications(worker);
  // The form fetches the first catalog: nothing to compare it with yet.
  let form = await openForm(openPage);
  await expect(form.getByRole('combobox', { name: 'Service' })).toHaveValue(/^3226 · /);
  await form.close();
  expect(await catalogNotices(worker)).toEqual([]);

  await panel.control.editService('2', { rate: '0.075' });
  await panel.control.removeService('3226');
  // A day later (the stored catalog is older than the TTL), the hourly check comes round.
  await worker.evaluate(async (day) => {
    const chrome = (globalThis as any).chrome;
    const { 'catalog:demo': catalog, catalogTimes } = await chrome.storage.local.get(['catalog:demo', 'catalogTimes']);
    const old = Date.now() - day - 60_000;
    await chrome.storage.local.set({ 'catalog:demo': { ...catalog, fetchedAt: old }, catalogTimes: { demo: { ...catalogTimes.demo, fetchedAt: old } } });
    await chrome.alarms.create('panelpilot-catalogs', { delayInMinutes: 0.01, periodInMinutes: 1 });
  }, DAY);
  await expect.poll(() => catalogNotices(worker), { timeout: 20_000 }).toHaveLength(1);

  // The notification's click target: the orders page on its Catalog changes.
  const target = (await catalogNotices(worker))[0]!.split('|')[1]!;
  const page = await openPage(target);
  const view = page.getByRole('tabpanel', { name: 'Catalog changes' });
  await expect(page.getByRole('tab', { name: 'Catalog changes' })).toHaveAttribute('aria-selected', 'true');
  const rows = view.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(3);
  const removed = rows.filter({ hasText: '3226' });
  for (const text of ['Demo panel', 'Instagram Likes + Impressions', 'Removed from the panel']) await expect(removed).toContainText(text);
  await expect(rows.filter({ hasText: 'Instagram Views' })).toContainText(/Rate 0\.06\d* → 0\.075 USD \(\+25\.0%\)/);
  await expect(rows.filter({ hasText: 'Instagram Views' })).toContainText('Demo panel');
  expect(await axeViolations(page)).toEqual([]);

  // Keyboard: back to the orders and again, with the arrow keys.
  await page.getByRole('tab', { name: 'Catalog changes' }).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('tab', { name: 'Orders' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('heading', { name: 'Orders', level: 1 })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(view.getByRole('heading', { name: 'Catalog changes' })).toBeVisible();

  // The form for the same post: the last-used service is gone, and said so, with replacements.
  form = await openForm(openPage);
  const notice = form.getByRole('region', { name: 'Your last-used service was removed' });
  await expect(notice).toContainText('3226');
  await expect(notice).toContainText('is no longer on this panel');
  const replacements = notice.getByRole('button');
  await expect(replacements.first()).toBeVisible();
  expect(await axeViolations(form)).toEqual([]);
  const first = (await replacements.first().innerText()).split(' · ')[0]!;
  await replacements.first().click();
  await expect(form.getByRole('combobox', { name: 'Service' })).toHaveValue(new RegExp(`^${first} · `));

  // Still exactly one notification for that refresh.
  expect(await catalogNotices(worker)).toHaveLength(1);
});

test('a page refreshing the service list finds the changes too, through the same diff (one notification)', async ({ worker, openPage, panel }) => {
  await recordNotifications(worker);
  const form = await openForm(openPage);
  await panel.control.editService('3226', { rate: '1.05', min: 50 });
  await form.getByRole('button', { name: 'Refresh services' }).click();
  await expect.poll(() => catalogNotices(worker)).toHaveLength(1);
  const page = await openPage('orders.html');
  await page.getByRole('tab', { name: 'Catalog changes' }).click();
  const row = page.getByRole('tabpanel', { name: 'Catalog changes' }).getByRole('row').filter({ hasText: '3226' });
  await expect(row).toContainText(/Rate 0\.84 → 1\.05 USD \(\+25\.0%\)/);
  await expect(row).toContainText('Minimum 20 → 50');
  // The form's chosen service takes the new terms: its rate, and its minimum in the check.
  await expect(form.getByLabel('Service details')).toContainText('1.05 USD');
  await form.getByLabel('Quantity').fill('30');
  await form.getByRole('button', { name: 'Place order' }).click();
  await expect(form.getByText('Quantity must be at least 50 for this service.')).toBeVisible();
});

test('Pin service is stored for the panel and shown pressed', async ({ worker, openPage }) => {
  const form = await openForm(openPage, POST);
  const pin = form.getByRole('button', { name: 'Pin service' });
  await expect(pin).toHaveAttribute('aria-pressed', 'false');
  await pin.click();
  await expect(pin).toHaveAttribute('aria-pressed', 'true');
  expect(await readStorage(worker, 'pinnedServices')).toEqual({ demo: ['3226'] });
  await pin.click();
  await expect(pin).toHaveAttribute('aria-pressed', 'false');
  expect(await readStorage(worker, 'pinnedServices')).toEqual({ demo: [] });
});
