/**
 * Accessibility: no serious or critical axe violation on any page, in light and dark. Each
 * page is checked in a state that shows most of what it can show (data, an error, an open
 * list). To check a new page, add it to PAGES.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, type SimHandle } from './fixtures';
import { seedOrders, seedPanels } from '../../testing/seed';
import { makeOrder } from '../../testing/orders';

interface PageCheck {
  name: string;
  path: string;
  /** Brings the page into the state worth checking; `panel` is the simulator it talks to. */
  prepare: (page: Page, panel: SimHandle) => Promise<void>;
}

const PAGES: PageCheck[] = [
  {
    name: 'popup',
    path: 'popup.html',
    async prepare(page, panel) {
      await expect(page.getByText('100.00 USD')).toBeVisible();
      await panel.control.setFault({ kind: 'http500', times: 1, actions: ['balance'] });
      await page.evaluate(() => (globalThis as any).chrome.runtime.sendMessage({ panelpilot: true, type: 'balance.refresh', data: {} }));
      await expect(page.getByRole('region', { name: 'Balance' }).getByRole('status')).toContainText('HTTP 500');
      await expect(page.getByRole('button', { name: /^Order 2:/ })).toBeVisible();
    },
  },
  {
    name: 'options',
    path: 'options.html',
    async prepare(page) {
      await expect(page.getByRole('list', { name: 'Panels' })).toContainText('Sim panel');
      await expect(page.getByRole('region', { name: 'Saved data reset' })).toBeVisible();
      await page.getByLabel('Panel name').fill('Broken');
      await page.getByLabel('API URL').fill('not a url');
      await page.getByLabel('API key').fill('x');
      await page.getByRole('button', { name: 'Save panel' }).click();
      await expect(page.getByRole('alert').first()).toBeVisible();
    },
  },
  {
    name: 'quick-order',
    path: `quick-order.html?url=${encodeURIComponent('https://www.instagram.com/p/C0ffee123/')}`,
    async prepare(page) {
      const box = page.getByRole('combobox', { name: 'Service' });
      await expect(box).toBeVisible();
      await expect(page.getByText('Loading the service list…')).toBeHidden();
      await box.click();
      await box.fill('likes');
      await expect(page.getByRole('option').first()).toBeVisible();
    },
  },
  {
    name: 'orders',
    path: 'orders.html',
    async prepare(page) {
      await expect(page.getByRole('checkbox', { name: 'Select order 2' })).toBeVisible();
      await page.getByRole('checkbox', { name: 'Select order 1' }).check();
      await page.getByRole('button', { name: 'Order 1 details' }).click();
      await expect(page.getByRole('region', { name: /Not confirmed by the panel/ })).toBeVisible();
    },
  },
];

async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 5).map((n) => n.target.join(' ')).join(', ')}`);
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} scheme`, () => {
    test.use({ colorScheme });

    test('no serious or critical accessibility violation on any page', async ({ worker, panel, openPage }) => {
      await seedPanels(worker, [{ id: 'sim', name: 'Sim panel', apiUrl: panel.apiUrl, key: panel.key }]);
      await seedOrders(worker, [
        makeOrder('sim', '1', { status: 'completed', statusText: 'Completed', charge: '0.9', currency: 'USD', remains: 0, lastCheckedAt: Date.now() }),
        makeOrder('sim', '2', { status: 'in_progress', statusText: 'In progress', remains: 400 }),
        makeOrder('sim', '3', { status: 'unknown', statusText: 'Verifying' }),
      ]);
      // The options page's "saved data reset" notice shows too.
      await worker.evaluate(() => (globalThis as any).chrome.storage.local.set({ storageNotices: [{ item: 'orders', backupKey: 'backup:orders:1', at: 1 }] }));
      // The popup's and the orders page's "not confirmed" review too.
      await worker.evaluate(() =>
        (globalThis as any).chrome.storage.local.set({
          unconfirmed: [{ id: 'u1', panelId: 'sim', serviceId: '1', serviceName: 'Instagram Followers', link: 'https://www.instagram.com/p/x/', quantity: 100, estimatedCharge: '0.09', attemptedAt: 1, reason: 'No answer within 20 s' }],
        }),
      );
      const found: string[] = [];
      for (const check of PAGES) {
        const page = await openPage(check.path);
        // The page really is in this scheme (theme.css follows prefers-color-scheme).
        expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(colorScheme === 'dark');
        await check.prepare(page, panel);
        found.push(...(await seriousViolations(page)).map((v) => `${check.name}: ${v}`));
        await page.close();
      }
      expect(found).toEqual([]);
    });
  });
}
