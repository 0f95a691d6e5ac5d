/** Which Chromium to drive: $CHROMIUM_PATH, then Debian's /usr/bin/chromium, then Playwright's own. */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export function findChromium(): string {
  const candidates = [
    process.env.CHROMIUM_PATH,
    process.env.PANELPILOT_CHROMIUM,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
  ];
  for (const path of candidates) if (path && existsSync(path)) return path;
  try {
    const bundled = chromium.executablePath();
    if (existsSync(bundled)) return bundled;
  } catch {
    // Playwright's browser is not installed.
  }
  throw new Error(
    'No Chromium found. Set CHROMIUM_PATH, or install one: `apt-get install chromium` (Debian/Ubuntu) or `npx playwright install chromium`. Branded Google Chrome cannot load unpacked extensions from the command line.',
  );
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
