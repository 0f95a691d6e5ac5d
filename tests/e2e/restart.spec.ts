/**
 * The browser quits and starts again: nothing the user set up is lost, and orders keep being
 * checked without the user opening anything (the poll alarm is put back at start-up).
 * Its own browser profile on disk, so the second launch is the same profile, restarted.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Worker } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../../testing/chromium';
import { EXTENSION_DIR, expect, test } from './fixtures';
import { readStorage, seedOrders, seedPanels, seedSettings } from '../../testing/seed';
import { makeOrder } from '../../testing/orders';
import type { TrackedOrder } from '../../utils/orders/types';

async function launch(profile: string): Promise<{ context: BrowserContext; worker: Worker }> {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: true,
    args: [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`, ...CHROMIUM_ARGS],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { context, worker };
}

const orders = async (worker: Worker) => Object.values(await readStorage<Record<string, TrackedOrder>>(worker, 'orders'));
const statuses = async (worker: Worker) => (await orders(worker)).map((o) => o.status).sort();

test('after a browser restart the orders are checked again without the user opening anything', async ({ startPanel }) => {
  test.setTimeout(60_000);
  // The panel's clock moves only when told: the orders finish while the browser is closed.
  const panel = await startPanel({ clockSpeed: 0 });
  const profile = mkdtempSync(join(tmpdir(), 'panelpilot-profile-'));
  try {
    let { context, worker } = await launch(profile);
    await seedPanels(worker, [{ id: 'demo', name: 'Demo panel', apiUrl: panel.apiUrl, key: panel.key }]);
    const { ids } = await panel.control.createOrders(3, { quantity: 1000 });
    await seedOrders(worker, ids.map((id) => makeOrder('demo', String(id))));
    // Unpacked extensions are not held to Chrome's 30 s alarm minimum: a cycle every second.
    await seedSettings(worker, { pollIntervalSec: 1 });
    // Checked once (still pending on the panel).
    await expect.poll(async () => (await orders(worker)).every((o) => o.lastCheckedAt !== null)).toBe(true);
    expect(await statuses(worker)).toEqual(['pending', 'pending', 'pending']);
    // Chrome may drop alarms over a restart or an update; here they are gone for sure, so only
    // PanelPilot's own start-up can bring the checks back.
    await worker.evaluate(() => (globalThis as any).chrome.alarms.clearAll());
    await context.close();

    // While the browser is closed, the panel finishes the orders.
    await panel.control.advance(10 * 60_000);

    ({ context, worker } = await launch(profile));
    try {
      await expect.poll(() => statuses(worker), { timeout: 20_000 }).toEqual(['completed', 'completed', 'completed']);
      // The catalog alarm is put back by the same start-up (1 min in the e2e build).
      await expect.poll(() => worker.evaluate(async () => (await (globalThis as any).chrome.alarms.get('panelpilot-catalogs'))?.periodInMinutes)).toBe(1);
      // The menu items were created once, on install, and are still there (Firefox keeps them
      // only for an event page: tests/e2e-firefox/restart.spec.ts).
      const menus = await worker.evaluate(() =>
        Promise.all(['order-page', 'order-link', 'order-media'].map((id) => (globalThis as any).chrome.contextMenus.update(id, {}).then(() => id, () => `${id} missing`))),
      );
      expect(menus).toEqual(['order-page', 'order-link', 'order-media']);
      const page = await context.newPage();
      await page.goto(`chrome-extension://${new URL(worker.url()).host}/popup.html`);
      await expect(page.getByRole('heading', { name: /Recently finished/ })).toBeVisible();
      await expect(page.getByText('No active orders.')).toBeVisible();
    } finally {
      await context.close();
    }
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});
