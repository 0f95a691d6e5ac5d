import { test, expect } from './fixtures';
import { readStorage, seedPanels } from './seed';

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
