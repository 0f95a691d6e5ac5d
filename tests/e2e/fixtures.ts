/**
 * Playwright fixtures: the BUILT extension (e2e build) loaded into real Chromium, and a fresh
 * panel simulator per test. Tests select by role and label, as a screen reader would.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { test as base, chromium, expect, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { controlClient, type ControlClient } from '../../panel-sim/control';
import { startPanelSim, type PanelSim, type PanelSimOptions } from '../../panel-sim/server';
import { CHROMIUM_ARGS, findChromium } from './chromium';

export const EXTENSION_DIR = resolve(process.env.PP_EXTENSION_DIR ?? '.output/chrome-mv3-e2e');

export interface SimHandle extends PanelSim {
  control: ControlClient;
}

interface Fixtures {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  panel: SimHandle;
  panelOptions: PanelSimOptions;
  /** Opens chrome-extension://<id>/<path> in a new page. */
  openPage: (path: string) => Promise<Page>;
  /** Starts another simulator (a second panel), closed after the test. */
  startPanel: (options?: PanelSimOptions) => Promise<SimHandle>;
}

export const test = base.extend<Fixtures>({
  panelOptions: [{}, { option: true }],

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

  panel: async ({ panelOptions }, use) => {
    const sim = await startPanelSim({ port: 0, clockSpeed: 600, quiet: true, ...panelOptions });
    await use({ ...sim, control: controlClient(sim.url) });
    await sim.close();
  },

  startPanel: async ({}, use) => {
    const started: PanelSim[] = [];
    await use(async (options = {}) => {
      const sim = await startPanelSim({ port: 0, clockSpeed: 600, quiet: true, ...options });
      started.push(sim);
      return { ...sim, control: controlClient(sim.url) };
    });
    await Promise.all(started.map((s) => s.close()));
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
