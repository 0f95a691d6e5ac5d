/**
 * `npm run screenshots`: every surface, light and dark, into docs/screenshots/, from the e2e
 * build driven in real Chromium against the panel simulator with a realistic stored state
 * (two panels, orders in assorted states, one unconfirmed attempt).
 * Run it after UI changes and look at the pictures before calling the UI done.
 * `-- --languages`: only the surfaces in Russian and Arabic (`<surface>-<lang>-<scheme>.png`).
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { startPanelSim } from '../panel-sim/server';
import { CHROMIUM_ARGS, findChromium } from '../testing/chromium';
import { recordOrders } from './sample-record';
import { sampleRemovedLastUsed, sampleState } from './sample-state';

const EXTENSION_DIR = resolve('.output/chrome-mv3-e2e');
const OUT_DIR = resolve('docs/screenshots');
const POST = 'https://www.instagram.com/p/C0ffee123/';

async function seed(worker: Worker, apiUrl: string, secondUrl: string): Promise<void> {
  const state = sampleState(apiUrl, secondUrl);
  // Finished orders with their history: "Your record", "Order the remaining N", Spending.
  for (const o of recordOrders(['demo', 'backup'])) state.orders[o.key] = o;
  await worker.evaluate(async (state) => {
    await (globalThis as any).chrome.storage.local.set(state);
  }, state);
}

async function shoot(context: BrowserContext, base: string, scheme: 'light' | 'dark'): Promise<string[]> {
  const written: string[] = [];
  const quickOrder = `/quick-order.html?url=${encodeURIComponent(POST)}`;
  const surfaces: [string, string, { width: number; height: number }, ((page: Page) => Promise<void>)?][] = [
    ['popup', '/popup.html', { width: 400, height: 600 }],
    ['options', '/options.html', { width: 1100, height: 900 }],
    ['quick-order', quickOrder, { width: 480, height: 720 }, async (page) => {
      await page.getByLabel('Quantity').fill('1500');
    }],
    ['quick-order-picker', quickOrder, { width: 480, height: 560 }, async (page) => {
      await page.getByRole('combobox', { name: 'Service' }).fill('likes');
      await page.keyboard.press('ArrowDown');
    }],
    ['mass-order', quickOrder, { width: 720, height: 640 }, async (page) => {
      await page.getByRole('tab', { name: 'Mass order' }).click();
      const lines = ['3527 | https://www.instagram.com/p/AAA111/ | 500', '3527 | https://www.instagram.com/p/BBB222/ | 5', '99999 | https://www.instagram.com/p/CCC333/ | 100', '3527 | not a link | 100'];
      await page.getByRole('textbox').first().fill(lines.join('\n'));
    }],
    // A link that already has an order running (23501, seeded): the form asks first.
    ['quick-order-duplicate', `/quick-order.html?url=${encodeURIComponent('https://instagram.com/p/23501?igsh=abc')}`, { width: 480, height: 720 }, async (page) => {
      await page.getByLabel('Quantity').fill('500');
      await page.getByRole('alert').waitFor();
    }],
    ['mass-order-duplicates', quickOrder, { width: 720, height: 720 }, async (page) => {
      await page.getByRole('tab', { name: 'Mass order' }).click();
      const lines = ['3527 | https://instagram.com/p/23501 | 500', '3527 | https://www.instagram.com/p/DDD444/ | 500', '3527 | https://www.instagram.com/p/EEE555/ | 300', '3527 | https://www.instagram.com/p/DDD444/?utm_source=ig | 300'];
      await page.getByRole('textbox').first().fill(lines.join('\n'));
      await page.getByRole('button', { name: 'Send 4 orders' }).click();
      await page.getByRole('alertdialog').waitFor();
    }],
    ['orders', '/orders.html', { width: 1400, height: 800 }],
    ['quick-order-record', quickOrder, { width: 480, height: 820 }, async (page) => {
      const box = page.getByRole('combobox', { name: 'Service' });
      await box.fill('3226');
      await box.press('Enter');
      await page.getByLabel('Quantity').fill('1000');
    }],
    ['quick-order-remains', '/quick-order.html?remains=demo%3A24002', { width: 480, height: 820 }],
    ['orders-remains', '/orders.html?order=demo%3A24002', { width: 1400, height: 800 }],
    ['orders-spending', '/orders.html', { width: 1400, height: 800 }, async (page) => {
      await page.getByRole('tab', { name: 'Spending' }).click();
    }],
    ['orders-catalog-changes', '/orders.html?view=catalog', { width: 1400, height: 560 }],
    // Last: the removed last-used service stays stored for the rest of this browser's shots.
    ['quick-order-removed', quickOrder, { width: 480, height: 820 }, async (page) => {
      await page.evaluate((state) => (globalThis as any).chrome.storage.local.set(state), sampleRemovedLastUsed());
      await page.reload();
      await page.getByRole('region', { name: 'Your last-used service was removed' }).waitFor();
    }],
  ];
  for (const [name, path, viewport, prepare] of surfaces) {
    if (!existsSync(`${EXTENSION_DIR}${path.split('?')[0]}`)) continue;
    const page = await context.newPage();
    await page.setViewportSize(viewport);
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`${base}${path}`);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(400);
    await prepare?.(page);
    await page.waitForTimeout(300);
    const file = `${OUT_DIR}/${name}-${scheme}.png`;
    await page.screenshot({ path: file, fullPage: name !== 'orders' });
    written.push(file);
    await page.close();
  }
  return written;
}

/** Every surface speaks every language (docs/i18n.md); these two are shot: Russian, and Arabic (right to left). */
const LANGUAGES = ['ru', 'ar'];

/** The surfaces with data in a language (no English labels needed to reach them), file names `<surface>-<lang>-<scheme>.png`. */
const LANGUAGE_SURFACES: [string, string, { width: number; height: number }][] = [
  ['popup', '/popup.html', { width: 400, height: 600 }],
  ['quick-order', `/quick-order.html?url=${encodeURIComponent(POST)}`, { width: 480, height: 720 }],
  ['options', '/options.html', { width: 1100, height: 900 }],
  ['orders', '/orders.html', { width: 1400, height: 800 }],
  ['orders-spending', '/orders.html?view=spending', { width: 1400, height: 800 }],
];

async function shootLanguages(apiUrl: string, secondUrl: string): Promise<void> {
  for (const lang of LANGUAGES) {
    for (const scheme of ['light', 'dark'] as const) {
      const context = await chromium.launchPersistentContext('', {
        executablePath: findChromium(),
        headless: true,
        colorScheme: scheme,
        args: [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`, `--lang=${lang}`, ...CHROMIUM_ARGS],
      });
      const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
      const base = `chrome-extension://${new URL(worker.url()).host}`;
      const page = await context.newPage();
      await page.setViewportSize({ width: 400, height: 320 });
      await page.goto(`${base}/popup.html`);
      await page.getByRole('heading', { level: 2 }).waitFor();
      const firstRun = `${OUT_DIR}/popup-first-run-${lang}-${scheme}.png`;
      await page.screenshot({ path: firstRun, fullPage: true });
      await page.close();
      await seed(worker, apiUrl, secondUrl);
      const written = [firstRun];
      for (const [name, path, viewport] of LANGUAGE_SURFACES) {
        const shot = await context.newPage();
        await shot.setViewportSize(viewport);
        await shot.goto(`${base}${path}`);
        await shot.waitForLoadState('networkidle');
        await shot.waitForTimeout(700);
        const file = `${OUT_DIR}/${name}-${lang}-${scheme}.png`;
        await shot.screenshot({ path: file, fullPage: name !== 'orders' && name !== 'orders-spending' });
        written.push(file);
        await shot.close();
      }
      console.log(written.map((f) => `wrote ${f}`).join('\n'));
      await context.close();
    }
  }
}

async function main(): Promise<void> {
  if (!existsSync(`${EXTENSION_DIR}/manifest.json`) || process.argv.includes('--build')) {
    execSync('npx wxt build --mode e2e', { stdio: 'inherit' });
  }
  mkdirSync(OUT_DIR, { recursive: true });
  const sim = await startPanelSim({ port: 0, quiet: true });
  const second = await startPanelSim({ port: 0, quiet: true, balance: '4.2' });
  try {
    await shootLanguages(sim.apiUrl, second.apiUrl);
    if (process.argv.includes('--languages')) return;
    for (const scheme of ['light', 'dark'] as const) {
      const context = await chromium.launchPersistentContext('', {
        executablePath: findChromium(),
        headless: true,
        colorScheme: scheme,
        args: [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`, ...CHROMIUM_ARGS],
      });
      const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
      await seed(worker, sim.apiUrl, second.apiUrl);
      const files = await shoot(context, `chrome-extension://${new URL(worker.url()).host}`, scheme);
      console.log(files.map((f) => `wrote ${f}`).join('\n'));
      await context.close();
    }
  } finally {
    await sim.close();
    await second.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
