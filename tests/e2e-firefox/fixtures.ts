/**
 * Playwright Test fixtures for the Firefox suite: Playwright runs the tests, Puppeteer drives
 * Firefox (Playwright's own Firefox build cannot be installed here, and Debian's firefox-esr
 * speaks WebDriver BiDi, which Puppeteer uses). One Firefox per worker; per test a fresh
 * install of the add-on (fresh storage) and a fresh simulator.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect } from '@playwright/test';
import type { Browser } from 'puppeteer-core';
import { panelFixtures, type PanelFixtures } from '../e2e/panel-fixtures';
import { FirefoxExtension } from '../../testing/firefox/extension';
import { ADDON_ID, FIREFOX_EXTENSION_DIR, launchFirefox } from '../../testing/firefox/firefox';
import { startSite, type TestSite } from '../../testing/firefox/site';

interface Fixtures extends PanelFixtures {
  site: TestSite;
  /** The e2e build, installed for this test (uninstalled after it: its storage goes with it). */
  ext: FirefoxExtension;
  /** Where files the extension saves land, emptied before each test. */
  downloadDir: string;
}

interface WorkerFixtures {
  /** Extra Firefox prefs (`test.use({ firefoxPrefs: … })`): tests that set them get their own Firefox. */
  firefoxPrefs: Record<string, unknown>;
  workerDownloadDir: string;
  /** One Firefox per worker (a launch costs 4–10 s here); each test installs the add-on afresh. */
  firefox: Browser;
}

export const test = base.extend<Fixtures, WorkerFixtures>({
  firefoxPrefs: [{}, { option: true, scope: 'worker' }],
  ...panelFixtures,

  workerDownloadDir: [
    async ({}, use) => {
      const dir = mkdtempSync(join(tmpdir(), 'panelpilot-downloads-'));
      await use(dir);
      rmSync(dir, { recursive: true, force: true });
    },
    { scope: 'worker' },
  ],

  firefox: [
    async ({ firefoxPrefs, workerDownloadDir }, use) => {
      const browser = await launchFirefox({
        install: false,
        prefs: {
          // Files an extension page saves (<a download>) land here without a dialog.
          'browser.download.folderList': 2,
          'browser.download.dir': workerDownloadDir,
          'browser.download.useDownloadDir': true,
          'browser.download.always_ask_before_handling_new_types': false,
          ...firefoxPrefs,
        },
      });
      await use(browser);
      await browser.close();
    },
    { scope: 'worker', timeout: 60_000 },
  ],

  downloadDir: async ({ workerDownloadDir }, use) => {
    for (const name of readdirSync(workerDownloadDir)) rmSync(join(workerDownloadDir, name), { recursive: true, force: true });
    await use(workerDownloadDir);
  },

  site: async ({}, use) => {
    const site = await startSite();
    await use(site);
    await site.close();
  },

  ext: async ({ firefox, site }, use) => {
    await firefox.installExtension(FIREFOX_EXTENSION_DIR);
    await use(new FirefoxExtension(firefox, site));
    // Uninstalling closes the extension's pages and deletes its storage and alarms.
    await firefox.uninstallExtension(ADDON_ID).catch(() => undefined);
    const [keep, ...rest] = await firefox.pages();
    await Promise.all(rest.map((page) => page.close().catch(() => undefined)));
    await keep?.goto('about:blank').catch(() => undefined);
  },

});

export { expect };
