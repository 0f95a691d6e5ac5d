/**
 * `npm run screenshots:firefox`: the store screenshots for addons.mozilla.org, taken in
 * Firefox (the e2e Firefox build, driven as tests/e2e-firefox does) against the panel
 * simulator, light and dark, into docs/store/. Look at them before uploading.
 */
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { startPanelSim } from '../panel-sim/server';
import { FirefoxExtension } from '../testing/firefox/extension';
import { FIREFOX_EXTENSION_DIR, launchFirefox } from '../testing/firefox/firefox';
import { startSite } from '../testing/firefox/site';
import { fill } from '../testing/firefox/ui';
import { sampleState } from './sample-state';

const OUT_DIR = resolve('docs/store');
const POST = 'https://www.instagram.com/p/C0ffee123/';
/** Firefox's content color scheme: 0 dark, 1 light. */
const SCHEME_PREF = { dark: 0, light: 1 } as const;

const SURFACES: { name: string; path: string; width: number; height: number; prepare?: (ext: FirefoxExtension, page: Awaited<ReturnType<FirefoxExtension['openPage']>>) => Promise<void> }[] = [
  { name: 'popup', path: 'popup.html', width: 400, height: 600 },
  {
    name: 'quick-order',
    path: `quick-order.html?url=${encodeURIComponent(POST)}`,
    width: 480,
    height: 720,
    prepare: async (_ext, page) => fill(page, 'Quantity', '1500'),
  },
  { name: 'orders', path: 'orders.html', width: 1280, height: 800 },
  { name: 'options', path: 'options.html', width: 1280, height: 800 },
];

async function main(): Promise<void> {
  if (!existsSync(`${FIREFOX_EXTENSION_DIR}/manifest.json`) || process.argv.includes('--build')) {
    execSync('npx wxt build -b firefox --mode e2e', { stdio: 'inherit' });
  }
  mkdirSync(OUT_DIR, { recursive: true });
  const sim = await startPanelSim({ port: 0, quiet: true });
  const second = await startPanelSim({ port: 0, quiet: true, balance: '4.2' });
  const site = await startSite();
  try {
    for (const scheme of ['light', 'dark'] as const) {
      const browser = await launchFirefox({ prefs: { 'layout.css.prefers-color-scheme.content-override': SCHEME_PREF[scheme] } });
      try {
        const ext = new FirefoxExtension(browser, site);
        await ext.storageSet(sampleState(sim.apiUrl, second.apiUrl));
        for (const surface of SURFACES) {
          const page = await ext.openPage(surface.path);
          await page.setViewport({ width: surface.width, height: surface.height });
          // The page asks the panels for balances and reads its catalog: let it settle.
          await new Promise((r) => setTimeout(r, 1500));
          await surface.prepare?.(ext, page);
          await new Promise((r) => setTimeout(r, 300));
          const file = `${OUT_DIR}/firefox-${surface.name}-${scheme}.png`;
          await page.screenshot({ path: file as `${string}.png` });
          console.log(`wrote ${file}`);
          await page.close();
        }
      } finally {
        await browser.close();
      }
    }
  } finally {
    await Promise.all([sim.close(), second.close(), site.close()]);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
