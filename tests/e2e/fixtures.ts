/**
 * Playwright fixtures: the BUILT extension (e2e build) loaded into real Chromium, and a fresh
 * panel simulator per test. Tests select by role and label, as a screen reader would.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { test as base, chromium, expect, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './chromium';
import { panelFixtures, type PanelFixtures, type SimHandle } from './panel-fixtures';

export const EXTENSION_DIR = resolve(process.env.PP_EXTENSION_DIR ?? '.output/chrome-mv3-e2e');

export type { SimHandle };

interface Fixtures extends PanelFixtures {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Opens chrome-extension://<id>/<path> in a new page. */
  openPage: (path: string) => Promise<Page>;
}

export const test = base.extend<Fixtures>({
  ...panelFixtures,

  context: async ({ colorScheme }, use) => {
    if (!existsSync(`${EXTENSION_DIR}/manifest.json`)) {
      throw new Error(`No extension build at ${EXTENSION_DIR}: run \`npm run build:e2e\` first.`);
    }
    const context = await chromium.launchPersistentContext('', {
      executablePath: findChromium(),
      headless: true,
      colorScheme: colorScheme ?? 'light',
      args: [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`, ...CHROMIUM_ARGS],
    });
    await use(context);
    await context.close();
  },

  worker: async ({ context }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(worker);
  },

  extensionId: async ({ worker }, use) => {
    await use(new URL(worker.url()).host);
  },

  openPage: async ({ context, extensionId }, use) => {
    await use(async (path) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path.replace(/^\//, '')}`);
      return page;
    });
  },
});

export { expect };
