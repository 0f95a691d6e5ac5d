/**
 * Which Firefox to drive, and how: Puppeteer over WebDriver BiDi (no driver binary to
 * download), the e2e build installed as a temporary add-on.
 * docs/firefox-testing.md says why it is done this way.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';

export const FIREFOX_EXTENSION_DIR = resolve(process.env.PP_FIREFOX_EXTENSION_DIR ?? '.output/firefox-mv2-e2e');
export const ADDON_ID = 'panelpilot@panelpilot.app';

export function findFirefox(): string {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'];
  for (const path of candidates) if (path && existsSync(path)) return path;
  throw new Error('No Firefox found. Set FIREFOX_PATH, or install one: `apt-get install firefox-esr` (Debian/Ubuntu).');
}

export interface LaunchOptions {
  /** Extra Firefox prefs for this launch. */
  prefs?: Record<string, unknown>;
  /** A profile directory to keep (for a browser restart); a fresh temporary one otherwise. */
  userDataDir?: string;
  /** Install the e2e build as a temporary add-on (false when the profile already holds it). */
  install?: boolean;
}

export async function launchFirefox(options: LaunchOptions = {}): Promise<Browser> {
  if (!existsSync(`${FIREFOX_EXTENSION_DIR}/manifest.json`)) {
    throw new Error(`No Firefox extension build at ${FIREFOX_EXTENSION_DIR}: run \`npm run build:e2e:firefox\` first.`);
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    userDataDir: options.userDataDir,
    extraPrefsFirefox: {
      // A runtime origin request (permissions.request) is granted without the doorhanger,
      // which headless Firefox cannot show; Firefox still demands a user gesture for it.
      'extensions.webextOptionalPermissionPrompts': false,
      // Firefox's own alert window instead of the desktop's (libnotify over D-Bus): with no
      // notification server, as on CI, Firefox closes a notification the moment it is created
      // and notifications.getAll() is empty. Its own alert stays 20 s.
      'alerts.useSystemBackend': false,
      ...options.prefs,
    },
  });
  try {
    if (options.install !== false) await browser.installExtension(FIREFOX_EXTENSION_DIR);
  } catch (error) {
    await browser.close();
    throw error;
  }
  return browser;
}
