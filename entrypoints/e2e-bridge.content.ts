/**
 * E2E BUILD ONLY (entrypoints named `e2e-*` are dropped from every other build, see
 * wxt.config.ts). Firefox lets no test driver navigate a tab to moz-extension:// (WebDriver
 * BiDi refuses it, and so do web pages). A test opens http://127.0.0.1:<port>/?panelpilot-e2e-open=/options.html
 * instead; this script passes the path to the background, which loads that extension page in
 * the same tab (utils/background/e2e-bridge.ts). docs/firefox-testing.md tells the whole story.
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';

export default defineContentScript({
  matches: ['http://127.0.0.1/*', 'http://localhost/*'],
  runAt: 'document_start',
  // The Chromium suite opens chrome-extension:// pages directly and needs none of this.
  include: ['firefox'],
  main() {
    const path = new URLSearchParams(location.search).get('panelpilot-e2e-open');
    if (path) void browser.runtime.sendMessage({ panelpilotE2eOpen: path });
  },
});
