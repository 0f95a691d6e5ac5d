/**
 * `npm run screenshots`: every surface, light and dark, into docs/screenshots/, from the e2e
 * build driven in real Chromium against the panel simulator with a realistic stored state
 * (two panels, orders in assorted states, one unconfirmed attempt).
 * Run it after UI changes and look at the pictures before calling the UI done.
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { startPanelSim } from '../panel-sim/server';
import { CHROMIUM_ARGS, findChromium } from '../tests/e2e/chromium';
import { makeOrder, seedOrders, seedPanels } from '../tests/e2e/seed';
import type { TrackedOrder } from '../utils/orders/types';

const EXTENSION_DIR = resolve('.output/chrome-mv3-e2e');
const OUT_DIR = resolve('docs/screenshots');
const POST = 'https://www.instagram.com/p/C0ffee123/';

const MINUTE = 60_000;

function sampleOrders(panelIds: [string, string]): TrackedOrder[] {
  const now = Date.now();
  const [a, b] = panelIds;
  const svc = (id: string, name: string, category: string, rate: string) => ({ id, name, type: 'Default', category, rate, refill: true, cancel: true });
  const rows: [string, string, Partial<TrackedOrder>][] = [
    [a, '23501', { status: 'in_progress', statusText: 'In progress', remains: 412, startCount: 1200, charge: '0.9', currency: 'USD', createdAt: now - 12 * MINUTE }],
    [a, '23502', { status: 'pending', statusText: 'Pending', createdAt: now - 3 * MINUTE, service: svc('3410', 'TikTok Views [Max 10M] ⚡ Instant', 'TikTok Views', '0.0129'), link: 'https://www.tiktok.com/@creator/video/7301234567890', quantity: 25000, estimatedCharge: '0.3225' }],
    [a, '23503', { status: 'processing', statusText: 'Processing', createdAt: now - 40 * MINUTE, service: svc('812', 'YouTube Likes [Refill 30D]', 'YouTube Likes', '2.45'), link: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', quantity: 500, estimatedCharge: '1.225' }],
    [a, '23490', { status: 'completed', statusText: 'Completed', remains: 0, startCount: 980, charge: '0.9', currency: 'USD', createdAt: now - 3 * 60 * MINUTE, lastCheckedAt: now - 5 * MINUTE }],
    [a, '23488', { status: 'partial', statusText: 'Partial', remains: 157, startCount: 3572, charge: '0.27819', currency: 'USD', createdAt: now - 5 * 60 * MINUTE, lastCheckedAt: now - 9 * MINUTE }],
    [a, '23480', { status: 'canceled', statusText: 'Canceled', remains: 1000, charge: '0', currency: 'USD', createdAt: now - 9 * 60 * MINUTE, lastCheckedAt: now - 30 * MINUTE }],
    [b, '9001', { status: 'in_progress', statusText: 'In progress', remains: 40, quantity: 200, createdAt: now - 20 * MINUTE }],
  ];
  return rows.map(([panel, id, patch]) => makeOrder(panel, id, { lastCheckedAt: now - MINUTE, ...patch }));
}

async function seed(worker: Worker, apiUrl: string, secondUrl: string): Promise<void> {
  const [first, second] = await seedPanels(worker, [
    { id: 'demo', name: 'Demo panel', apiUrl, key: 'demo-key', lowBalanceThreshold: '10' },
    { id: 'backup', name: 'Backup panel', apiUrl: secondUrl, key: 'demo-key' },
  ]);
  await seedOrders(worker, sampleOrders([first!.id, second!.id]));
  await worker.evaluate(async () => {
    await (globalThis as any).chrome.storage.local.set({
      unconfirmed: [
        { id: 'u1', panelId: 'demo', serviceId: '1', serviceName: 'Instagram Followers', link: 'https://www.instagram.com/p/Zz9/', quantity: 300, estimatedCharge: '0.27', attemptedAt: Date.now() - 120_000, reason: 'The panel did not answer within 20 s.' },
      ],
    });
  });
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

async function main(): Promise<void> {
  if (!existsSync(`${EXTENSION_DIR}/manifest.json`) || process.argv.includes('--build')) {
    execSync('npx wxt build --mode e2e', { stdio: 'inherit' });
  }
  mkdirSync(OUT_DIR, { recursive: true });
  const sim = await startPanelSim({ port: 0, quiet: true });
  const second = await startPanelSim({ port: 0, quiet: true, balance: '4.2' });
  try {
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
