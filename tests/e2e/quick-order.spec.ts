import type { Page } from '@playwright/test';
import { test, expect, type SimHandle } from './fixtures';
import { POST, openForm, pickService } from './quick-order-form';
import { readStorage, seedOrders, seedPanels } from '../../testing/seed';
import { makeOrder } from '../../testing/orders';

test.beforeEach(async ({ worker, panel }) => {
  await seedPanels(worker, [{ id: 'demo', name: 'Demo panel', apiUrl: panel.apiUrl, key: panel.key }]);
});

test('an Instagram post gets Instagram services first; one order placed reaches the panel and the popup', async ({ openPage, panel }) => {
  const page = await openForm(openPage);
  await page.getByRole('combobox', { name: 'Service' }).click();
  await expect(page.getByRole('button', { name: /Showing Instagram services/ })).toBeVisible();
  const names = await page.getByRole('option').evaluateAll((els) => els.slice(0, 8).map((e) => e.getAttribute('aria-label') ?? ''));
  expect(names.length).toBeGreaterThan(5);
  for (const name of names) expect(name.toLowerCase()).toMatch(/instagram|insta|ig /);

  await pickService(page, '3226');
  await page.getByLabel('Quantity').fill('1000');
  await expect(page.getByLabel('Charge')).toHaveText('0.84 USD');
  await expect(page.getByLabel('Balance after')).toHaveText('99.16 USD');
  await page.getByRole('button', { name: 'Place order' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'placed' })).toContainText('Order 10001 placed.');

  const orders = await panel.control.orders();
  expect(orders).toEqual([expect.objectContaining({ id: '10001', service: '3226', link: POST, quantity: 1000, charge: '0.84000' })]);
  const popup = await openPage('popup.html');
  await expect(popup.getByRole('button', { name: /Order 10001: Instagram Likes \+ Impressions/ })).toBeVisible();
});

test('an out-of-range quantity is refused before anything is sent', async ({ openPage, panel }) => {
  const page = await openForm(openPage);
  await pickService(page, '3226');
  await page.getByLabel('Quantity').fill('5');
  await page.getByRole('button', { name: 'Place order' }).click();
  await expect(page.getByText('Quantity must be at least 20 for this service.')).toBeVisible();
  await page.getByLabel('Quantity').fill('30001');
  await page.getByRole('button', { name: 'Place order' }).click();
  await expect(page.getByText('Quantity can be at most 30,000 for this service.')).toBeVisible();
  expect((await panel.control.stats()).counts.add ?? 0).toBe(0);
});

test('low funds: the panel’s words and what to do', async ({ openPage, panel }) => {
  const page = await openForm(openPage);
  await pickService(page, '3226');
  await page.getByLabel('Quantity').fill('1000');
  await expect(page.getByLabel('Balance after')).toHaveText('99.16 USD');
  await panel.control.setBalance('0.10');
  await page.getByRole('button', { name: 'Place order' }).click();
  await expect(page.getByRole('alert')).toContainText('Not enough funds on balance');
  await expect(page.getByRole('alert')).toContainText('Add funds');
  expect(await panel.control.orders()).toEqual([]);
});

test('an active order on the same link is warned about and needs a confirmation', async ({ openPage, worker, panel }) => {
  await seedOrders(worker, [makeOrder('demo', '777', { link: POST, status: 'in_progress', statusText: 'In progress' })]);
  const page = await openForm(openPage);
  await pickService(page, '3226');
  await page.getByLabel('Quantity').fill('100');
  await expect(page.getByRole('alert')).toContainText('Order 777 for this link is still In progress');
  await expect(page.getByRole('button', { name: 'Place order' })).toBeDisabled();
  await page.getByLabel('Order this link again anyway').check();
  await page.getByRole('button', { name: 'Place order' }).click();
  await expect(page.getByText('Order 10001 placed.')).toBeVisible();
  expect((await panel.control.orders()).length).toBe(1);
});

test('custom comments: one per line, quantity = lines', async ({ openPage, panel }) => {
  const page = await openForm(openPage);
  await pickService(page, '3489');
  await page.getByLabel('Comments').fill('Great shot!\nLove it\n\nWow 🔥');
  await expect(page.getByLabel('Charge')).toHaveText('0.36 USD');
  await page.getByRole('button', { name: 'Place order' }).click();
  await expect(page.getByText('Order 10001 placed.')).toBeVisible();
  expect(await panel.control.orders()).toEqual([expect.objectContaining({ service: '3489', quantity: 3, charge: '0.36000' })]);
});

test('drip-feed: runs × quantity is charged and sent', async ({ openPage, panel }) => {
  const page = await openForm(openPage);
  await pickService(page, '3226');
  await page.getByLabel('Quantity').fill('100');
  await page.getByLabel('Drip-feed (deliver in runs)').check();
  await page.getByLabel('Runs', { exact: true }).fill('3');
  await page.getByLabel('Interval').fill('15');
  // The quantity is what each run delivers (SmartPanel and Perfect Panel alike).
  await expect(page.getByLabel('Quantity per run')).toHaveValue('100');
  await expect(page.getByLabel('Units')).toHaveText('100 per run × 3 runs = 300');
  await expect(page.getByLabel('Charge (all runs)')).toHaveText('0.252 USD');
  await page.getByRole('button', { name: 'Place order' }).click();
  await expect(page.getByText('Order 10001 placed.')).toBeVisible();
  // The panel got quantity=100 with runs=3 and tracks the 300 in all.
  expect(await panel.control.orders()).toEqual([expect.objectContaining({ quantity: 300, charge: '0.25200' })]);
});

/** An order of 100 × 3226 whose add the panel stalls past the timeout: the form says “not confirmed”. */
async function placeUnconfirmed(openPage: (path: string) => Promise<Page>, panel: SimHandle): Promise<Page> {
  const page = await openForm(openPage);
  await pickService(page, '3226');
  await page.getByLabel('Quantity').fill('100');
  await panel.control.setFault({ kind: 'stall', actions: ['add'], times: 1, stallMs: 15_000 });
  await page.getByRole('button', { name: 'Place order' }).click();
  await expect(page.getByRole('alert')).toContainText('The panel did not confirm this order', { timeout: 15_000 });
  return page;
}

test('after “not confirmed”, another service is a new order: sent once the user says yes, not refused as already sent', async ({ openPage, panel }) => {
  const page = await placeUnconfirmed(openPage, panel);
  // Only the service changes (the quantity of 100 fits it too).
  await pickService(page, '3527');
  await expect(page.getByRole('alert')).toContainText('the panel never confirmed it: it may exist');
  await page.getByLabel('Order this link again anyway').check();
  await page.getByRole('button', { name: 'Place order' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'placed' })).toContainText(/Order \d+ placed\./);
  await expect(page.getByText('This order was already sent once')).toHaveCount(0);
  expect((await panel.control.stats()).counts.add).toBe(2);
});

test('a timed-out add is kept as unconfirmed, never resent, and the user is told how to check', async ({ openPage, panel, worker }) => {
  const page = await placeUnconfirmed(openPage, panel);
  await expect(page.getByRole('alert')).toContainText('will not send it again');
  await expect(page.getByRole('link', { name: 'the panel’s orders page' })).toHaveAttribute('href', `${panel.url}/orders`);
  const attempts = await readStorage<unknown[]>(worker, 'unconfirmed');
  expect(attempts).toHaveLength(1);
  // The same click cannot send it again; a changed order on that link asks first.
  await expect(page.getByRole('button', { name: 'Place order' })).toBeDisabled();
  await page.getByLabel('Quantity').fill('101');
  await expect(page.getByRole('alert')).toContainText('the panel never confirmed it: it may exist');
  await expect(page.getByRole('button', { name: 'Place order' })).toBeDisabled();
  await page.waitForTimeout(4000);
  expect((await panel.control.stats()).counts.add).toBe(1);
  const popup = await openPage('popup.html');
  await expect(popup.getByText('1 order not confirmed by the panel.')).toBeVisible();

  // The user checks the panel's website. An id the panel does not know is refused in its words;
  // the id of the order the panel did create is tracked from then on, and the attempt is gone.
  const orders = await openPage('orders.html');
  const review = orders.getByRole('region', { name: /Not confirmed by the panel/ });
  await expect(review).toContainText('Not confirmed by the panel (1)');
  const idField = review.getByLabel(/Order id for .* on instagram\.com/);
  await idField.fill('424242');
  await review.getByRole('button', { name: 'Track this order' }).click();
  await expect(review.getByRole('alert')).toContainText('Incorrect order ID');
  const { ids: [created] } = await panel.control.createOrders(1, { service: '3226', quantity: 100 });
  await idField.fill(created!);
  await review.getByRole('button', { name: 'Track this order' }).click();
  await expect(review).toHaveCount(0);
  await expect(orders.getByRole('checkbox', { name: `Select order ${created}` })).toBeVisible();
  expect(await readStorage<unknown[]>(worker, 'unconfirmed')).toEqual([]);
  expect((await panel.control.stats()).counts.add).toBe(1);
});

test('a mass order of 20 lines with 2 bad lines sends the 18 good ones, each with its result', async ({ openPage, panel }) => {
  const page = await openForm(openPage);
  await page.getByRole('tab', { name: 'Mass order' }).click();
  const lines = Array.from({ length: 20 }, (_, i) => `3226 | https://www.instagram.com/p/mass${i}/ | ${100 + i}`);
  lines[4] = '999999 | https://www.instagram.com/p/bad1/ | 100';
  lines[11] = '3226, https://www.instagram.com/p/bad2/, 5';
  await page.getByLabel('Orders, one per line').fill(lines.join('\n'));
  const preview = page.getByRole('table', { name: 'Preview' });
  await expect(preview.getByRole('row')).toHaveCount(21);
  await expect(page.getByText('18 to send · 2 to fix')).toBeVisible();
  await expect(preview).toContainText('Service 999999 is not in this panel’s list.');
  await expect(preview).toContainText('Quantity must be at least 20');
  await page.getByRole('button', { name: 'Send 18 orders' }).click();
  await expect(preview.getByText(/^Order \d+$/)).toHaveCount(18, { timeout: 20_000 });
  expect((await panel.control.orders()).length).toBe(18);
  await expect(page.getByRole('button', { name: 'Send 0 orders' })).toBeDisabled();
  expect((await panel.control.stats()).counts.add).toBe(18);

  // A line added on top after the send: only that line is new; no placed line moves or resends.
  await page.getByLabel('Orders, one per line').fill(['3226 | https://www.instagram.com/p/added/ | 150', ...lines].join('\n'));
  await expect(page.getByText('1 to send · 18 sent · 2 to fix')).toBeVisible();
  await expect(preview.getByRole('row').nth(1)).toContainText('Ready');
  await page.getByRole('button', { name: 'Send 1 order' }).click();
  await expect(preview.getByText(/^Order \d+$/)).toHaveCount(19);
  expect((await panel.control.stats()).counts.add).toBe(19);
  expect((await panel.control.orders()).map((o) => o.link)).toContain('https://www.instagram.com/p/added/');

  // Switching to the single form and back keeps the box and every line's result.
  await page.getByRole('tab', { name: 'Single' }).click();
  await expect(page.getByLabel('Orders, one per line')).toBeHidden();
  await page.getByRole('tab', { name: 'Mass order' }).click();
  await expect(page.getByLabel('Orders, one per line')).toHaveValue(/p\/added\//);
  await expect(preview.getByText(/^Order \d+$/)).toHaveCount(19);
});

test('“Order for this link” opens the form with that link and its platform (in a window where no popup can open)', async ({ context, worker }) => {
  const link = 'https://www.tiktok.com/@someone/video/7300000000000000000';
  const opened = context.waitForEvent('page');
  await worker.evaluate(async (linkUrl) => {
    const g = globalThis as any;
    // Where the browser cannot open the popup, the form opens in a small window instead.
    g.chrome.action.openPopup = () => Promise.reject(new Error('no popup here'));
    await g.__panelpilotContextMenuClick({ menuItemId: 'order-link', linkUrl, pageUrl: 'https://example.com/', editable: false }, undefined);
  }, link);
  const page = await opened;
  await expect(page).toHaveURL(/quick-order\.html\?url=/);
  await expect(page.getByLabel('Link')).toHaveValue(link);
  await page.getByRole('combobox', { name: 'Service' }).click();
  await expect(page.getByRole('button', { name: /Showing TikTok services/ })).toBeVisible();
});

test('the popup opened by “Order for this page” shows the form for the clicked page', async ({ worker, openPage }) => {
  const url = 'https://www.youtube.com/watch?v=dQw4w9WgXcQ';
  await worker.evaluate(async (url) => {
    await (globalThis as any).chrome.storage.session.set({ pendingQuickOrder: { url, at: Date.now() } });
  }, url);
  const popup = await openPage('popup.html');
  await expect(popup).toHaveURL(/quick-order\.html\?url=/);
  await expect(popup.getByLabel('Link')).toHaveValue(url);
  // Taken once: the next popup is the normal one.
  const again = await openPage('popup.html');
  await expect(again.getByRole('button', { name: 'New order' })).toBeVisible();
});

test('switching panels never offers the previous panel’s services while the new catalog loads', async ({ openPage, worker, panel, startPanel }) => {
  const other = await startPanel({
    services: [{ service: 1, name: 'Panel B Instagram Likes', type: 'Default', category: 'Instagram Likes', rate: '1.5', min: '10', max: '1000', refill: false, cancel: false }],
  });
  await seedPanels(worker, [
    { id: 'demo', name: 'Demo panel', apiUrl: panel.apiUrl, key: panel.key },
    { id: 'b', name: 'Panel B', apiUrl: other.apiUrl, key: other.key },
  ]);
  await other.control.setFault({ kind: 'stall', actions: ['services'], times: 1, stallMs: 1500 });
  const page = await openForm(openPage);
  await page.getByLabel('Panel', { exact: true }).selectOption({ label: 'Panel B — 100.00 USD' });
  // While Panel B's list is on its way, no service (of the Demo panel's) can be picked.
  await expect(page.getByText('Loading the service list…')).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Service' })).toHaveCount(0);
  const box = page.getByRole('combobox', { name: 'Service' });
  await box.click({ timeout: 15_000 });
  await box.fill('likes');
  const options = page.getByRole('listbox', { name: 'Services' }).getByRole('option');
  await expect(options).toHaveCount(1);
  await expect(options).toHaveAccessibleName(/^1 Panel B Instagram Likes /);
});
