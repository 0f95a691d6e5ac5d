/**
 * `npm start`: the product working in one command on a fresh machine.
 * Builds the extension, starts the local demo panel (the simulator) on 127.0.0.1:8787, and
 * opens Chromium with the extension loaded and a "Demo panel" profile already set up.
 *
 * The build is the e2e variant: identical to the store build except that it already holds
 * the host permission for 127.0.0.1/localhost, so the demo needs no permission prompt.
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { startPanelSim, type PanelSim } from '../panel-sim/server';
import { findChromium } from '../testing/chromium';

const PORT = Number(process.env.PANEL_PORT ?? 8787);
const EXTENSION_DIR = resolve('.output/chrome-mv3-e2e');
const PROFILE_DIR = resolve('.tmp/demo-profile');

async function startOrReusePanel(): Promise<PanelSim | null> {
  try {
    return await startPanelSim({ port: PORT, clockSpeed: 20 });
  } catch (error) {
    // Already running (e.g. `npm run panel` in another terminal): use that one.
    const answer = await fetch(`http://127.0.0.1:${PORT}/__control/stats`).catch(() => null);
    if (answer?.ok) return null;
    throw error;
  }
}

async function main(): Promise<void> {
  console.log('Building the extension…');
  execSync('npx wxt build --mode e2e', { stdio: 'inherit' });
  if (!existsSync(`${EXTENSION_DIR}/manifest.json`)) throw new Error(`No build at ${EXTENSION_DIR}`);

  const sim = await startOrReusePanel();
  const apiUrl = `http://127.0.0.1:${PORT}/api/v2`;
  console.log(`Demo panel: ${apiUrl} (key demo-key)`);

  const headless = process.env.PANELPILOT_HEADLESS === '1' || (!process.env.DISPLAY && process.platform === 'linux');
  if (headless) console.log('No display found: Chromium runs headless (set DISPLAY or use `xvfb-run -a npm start`).');
  mkdirSync(PROFILE_DIR, { recursive: true });
  const context = await chromium.launchPersistentContext(PROFILE_DIR, {
    executablePath: findChromium(),
    headless,
    viewport: null,
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-first-run',
      '--disable-sync',
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;

  // Point the extension at the demo panel unless the profile already has panels.
  await worker.evaluate(async (apiUrl) => {
    const { panels } = await (globalThis as any).chrome.storage.local.get('panels');
    if (Array.isArray(panels) && panels.length > 0) return;
    await (globalThis as any).chrome.storage.local.set({
      panels: [{ id: 'demo', name: 'Demo panel', apiUrl, isDefault: true, lowBalanceThreshold: '10', createdAt: Date.now() }],
      panelSecrets: { demo: 'demo-key' },
    });
  }, apiUrl);

  const base = `chrome-extension://${extensionId}`;
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${base}/popup.html`);
  const order = await context.newPage();
  await order.goto(`${base}/quick-order.html?url=${encodeURIComponent('https://www.instagram.com/p/C0ffee123/')}`);
  console.log(`PanelPilot is running (extension ${extensionId}). Press Ctrl+C to stop.`);

  const stop = async () => {
    await context.close().catch(() => undefined);
    await sim?.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  context.on('close', () => void stop());
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
