import { test, expect } from './fixtures';
import { readStorage, seedPanels } from '../../testing/seed';

test('corrupted stored orders: the popup still opens, the options page says what was reset and where the copy is', async ({ worker, panel, openPage }) => {
  await seedPanels(worker, [{ id: 'sim', name: 'Sim panel', apiUrl: panel.apiUrl, key: panel.key }]);
  await worker.evaluate(() => (globalThis as any).chrome.storage.local.set({ orders: 'definitely not orders' }));

  const popup = await openPage('popup.html');
  await expect(popup.getByText('No active orders.')).toBeVisible();
  await expect(popup.getByText('100.00 USD')).toBeVisible();
  await expect(popup.getByRole('status').filter({ hasText: 'Some saved data could not be read and was reset' })).toBeVisible();

  const options = await openPage('options.html');
  const notice = options.getByRole('region', { name: 'Saved data reset' });
  await expect(notice).toContainText('could not be read and was reset: tracked orders');
  await expect(notice).toContainText('backup:orders:');
  const all = await worker.evaluate(() => (globalThis as any).chrome.storage.local.get(null));
  const backupKey = Object.keys(all).find((k) => k.startsWith('backup:orders:'))!;
  expect(all[backupKey]).toBe('definitely not orders');
  expect(await readStorage(worker, 'orders')).toEqual({});

  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toBeHidden();
  expect(await readStorage(worker, 'storageNotices')).toEqual([]);
});

test('pages never repair stored data themselves: the background copies the bad value once, repairs it and says so', async ({ context, worker, panel, openPage }) => {
  // Every storage write an extension page makes is recorded (the worker's are not).
  await context.addInitScript(() => {
    const g = globalThis as any;
    const area = g.chrome?.storage?.local;
    if (!location.protocol.startsWith('chrome-extension') || !area) return;
    g.__pageWrites = [];
    for (const name of ['set', 'remove', 'clear']) {
      const real = area[name].bind(area);
      area[name] = (...args: unknown[]) => {
        g.__pageWrites.push(`${name} ${JSON.stringify(args[0])?.slice(0, 80)}`);
        return real(...args);
      };
    }
  });
  await seedPanels(worker, [{ id: 'sim', name: 'Sim panel', apiUrl: panel.apiUrl, key: panel.key }]);
  const good = { id: 'u1', panelId: 'sim', serviceId: '3226', serviceName: 'Instagram Likes', link: 'https://www.instagram.com/p/kept/', quantity: 100, estimatedCharge: '0.084', attemptedAt: Date.now(), reason: 'timeout' };
  const blob = [good, 'garbage', { id: 'u2' }];
  await worker.evaluate((blob) => (globalThis as any).chrome.storage.local.set({ unconfirmed: blob }), blob);

  const orders = await openPage('orders.html');
  await expect(orders.getByRole('region', { name: /Not confirmed by the panel/ })).toContainText('Not confirmed by the panel (1)');
  const options = await openPage('options.html');
  const notice = options.getByRole('region', { name: 'Saved data reset' });
  await expect(notice).toContainText('could not be read and was reset: unconfirmed orders');
  const popup = await openPage('popup.html');
  await expect(popup.getByText('1 order not confirmed by the panel.')).toBeVisible();

  // The repair: the readable part stored, the raw value copied once.
  await expect.poll(() => readStorage(worker, 'unconfirmed')).toEqual([expect.objectContaining({ id: 'u1', link: 'https://www.instagram.com/p/kept/' })]);
  const all = await worker.evaluate(() => (globalThis as any).chrome.storage.local.get(null));
  const copies = Object.keys(all).filter((k) => k.startsWith('backup:'));
  expect(copies.map((k) => all[k])).toEqual([blob]);

  // None of it written by a page.
  for (const page of [orders, options, popup]) expect(await page.evaluate(() => (globalThis as any).__pageWrites)).toEqual([]);
});
