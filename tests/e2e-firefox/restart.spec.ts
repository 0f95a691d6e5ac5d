/**
 * The background is an event page in Firefox: unloaded when idle, started again by the next
 * event, and on a browser restart started by runtime.onStartup. Orders live in storage and
 * survive both; the checks come back without the user opening anything.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SimHandle } from '../e2e/panel-fixtures';
import { FirefoxExtension } from '../../testing/firefox/extension';
import { test, expect } from './fixtures';
import { ADDON_ID, FIREFOX_EXTENSION_DIR, launchFirefox } from '../../testing/firefox/firefox';
import { seedOrders, seedPanels, seedSettings, storedOrders } from './seed';
import { makeOrder } from '../../testing/orders';
import { startSite } from '../../testing/firefox/site';

type Ext = any; // eslint-disable-line @typescript-eslint/no-explicit-any

// Firefox unloads an idle event page after 30 s; here after 1 s, so a test sees it happen.
test.use({ firefoxPrefs: { 'extensions.background.idle.timeout': 1000 }, panelOptions: { clockSpeed: 0 } });

/** Tracks `count` pending orders of `sim` on panel "demo", checked every `pollIntervalSec`. */
async function trackOrders(ext: FirefoxExtension, sim: SimHandle, count: number, pollIntervalSec: number): Promise<string[]> {
  await seedPanels(ext, [{ id: 'demo', name: 'Demo panel', apiUrl: sim.apiUrl, key: sim.key }]);
  const { ids } = await sim.control.createOrders(count, { quantity: 1000 });
  await seedOrders(ext, ids.map((id) => makeOrder('demo', id)));
  await seedSettings(ext, { pollIntervalSec });
  return ids;
}

test('the event page unloads when idle; the next poll alarm starts it again and the stored orders are checked and notified', async ({ ext, panel }) => {
  await trackOrders(ext, panel, 2, 4);
  // Marks the running background page: a page started later does not carry it.
  await ext.run(async () => {
    (await (globalThis as Ext).browser.runtime.getBackgroundPage()).__panelpilotTestMark = true;
  }, null);
  // extension.getBackgroundPage() answers null for an unloaded event page, without waking it.
  await expect.poll(() => ext.run(() => (globalThis as Ext).browser.extension.getBackgroundPage() === null, null), { timeout: 15_000 }).toBe(true);

  // While it is unloaded the orders finish on the panel; the alarm wakes a new background page.
  await panel.control.advance(10 * 60_000);
  await expect.poll(async () => (await storedOrders(ext)).map((o) => o.status), { timeout: 20_000 }).toEqual(['completed', 'completed']);
  await expect.poll(async () => Object.values(await ext.notifications()).map((n) => n.title)).toEqual(['2 orders completed on Demo panel']);
  const marked = await ext.run(async () => (await (globalThis as Ext).browser.runtime.getBackgroundPage()).__panelpilotTestMark ?? false, null);
  expect(marked).toBe(false);
});

test('after a browser restart the menu items are there and the orders are checked without anything opened', async ({ startPanel }) => {
  test.setTimeout(90_000);
  const panel = await startPanel({ clockSpeed: 0 });
  const site = await startSite();
  // A temporary add-on is gone after a restart: this one is installed in the profile, as an
  // add-on from addons.mozilla.org would be (unsigned: ESR honours the pref below).
  const profile = mkdtempSync(join(tmpdir(), 'panelpilot-firefox-profile-'));
  mkdirSync(join(profile, 'extensions'));
  cpSync(FIREFOX_EXTENSION_DIR, join(profile, 'extensions', ADDON_ID), { recursive: true });
  const prefs = { 'xpinstall.signatures.required': false, 'extensions.autoDisableScopes': 0, 'extensions.enabledScopes': 15 };
  const menuItems = (ext: FirefoxExtension) =>
    ext.run(async () => {
      const bg = await (globalThis as Ext).browser.runtime.getBackgroundPage();
      const found = await Promise.all(
        ['order-page', 'order-link', 'order-media'].map((id) => bg.browser.contextMenus.update(id, {}).then(() => id, () => `${id} missing`)),
      );
      return found;
    }, null);
  try {
    let browser = await launchFirefox({ userDataDir: profile, install: false, prefs });
    try {
      const ext = new FirefoxExtension(browser, site);
      await trackOrders(ext, panel, 3, 2);
      await expect.poll(async () => (await storedOrders(ext)).every((o) => o.lastCheckedAt !== null), { timeout: 15_000 }).toBe(true);
      expect(await menuItems(ext)).toEqual(['order-page', 'order-link', 'order-media']);
    } finally {
      await browser.close();
    }

    // While the browser is closed, the panel finishes the orders.
    await panel.control.advance(10 * 60_000);
    await panel.control.reset();

    browser = await launchFirefox({ userDataDir: profile, install: false, prefs });
    try {
      // Nothing is opened: the status calls come from the background started at browser start.
      await expect.poll(async () => (await panel.control.stats()).counts.status ?? 0, { timeout: 20_000 }).toBeGreaterThanOrEqual(1);
      const ext = new FirefoxExtension(browser, site);
      await expect.poll(async () => (await storedOrders(ext)).map((o) => o.status)).toEqual(['completed', 'completed', 'completed']);
      expect(await menuItems(ext)).toEqual(['order-page', 'order-link', 'order-media']);
    } finally {
      await browser.close();
    }
  } finally {
    await site.close();
    rmSync(profile, { recursive: true, force: true });
  }
});
