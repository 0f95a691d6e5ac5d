/**
 * Playwright fixtures: the BUILT extension (e2e build) loaded into real Chromium, and a fresh
 * panel simulator per test. Tests select by role and label, as a screen reader would.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { test as base, chromium, expect, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../../testing/chromium';
import { panelFixtures, type PanelFixtures, type SimHandle } from './panel-fixtures';

export const EXTENSION_DIR = resolve(process.env.PP_EXTENSION_DIR ?? '.output/chrome-mv3-e2e');
/** `npm run build:pseudo`: the e2e build with the pseudo-locale as its only language. */
export const PSEUDO_EXTENSION_DIR = resolve(process.env.PP_PSEUDO_EXTENSION_DIR ?? '.output/chrome-mv3-pseudo');

export type { SimHandle };

interface Fixtures extends PanelFixtures {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /**
   * The browser's language, as Chromium's `--lang` (`ru`, `ar`, `pt-BR`: the _locales folder
   * names, with a hyphen). English unless a test sets it with `test.use({ browserLanguage })`.
   */
  browserLanguage: string;
  /** Which build to load: EXTENSION_DIR unless a test sets it (the pseudo-locale run). */
  extensionDir: string;
  /** Opens chrome-extension://<id>/<path> in a new page. */
  openPage: (path: string) => Promise<Page>;
}

export const test = base.extend<Fixtures>({
  ...panelFixtures,
  browserLanguage: ['en-US', { option: true }],
  extensionDir: [EXTENSION_DIR, { option: true }],

  context: async ({ colorScheme, browserLanguage, extensionDir }, use) => {
    if (!existsSync(`${extensionDir}/manifest.json`)) {
      const build = extensionDir === PSEUDO_EXTENSION_DIR ? 'build:pseudo' : 'build:e2e';
      throw new Error(`No extension build at ${extensionDir}: run \`npm run ${build}\` first.`);
    }
    const context = await chromium.launchPersistentContext('', {
      executablePath: findChromium(),
      headless: true,
      colorScheme: colorScheme ?? 'light',
      // --lang picks the extension's messages (docs/i18n.md); LANGUAGE does where Chromium has
      // its own translations installed, so both say the same.
      env: { ...process.env, LANGUAGE: browserLanguage.replace('-', '_') },
      args: [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, `--lang=${browserLanguage}`, ...CHROMIUM_ARGS],
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
