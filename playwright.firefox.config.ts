import { defineConfig } from '@playwright/test';
import chromiumSuite from './playwright.config';

/**
 * The Firefox suite (tests/e2e-firefox): Playwright Test runs it, Puppeteer drives Debian's
 * firefox-esr over WebDriver BiDi (docs/firefox-testing.md). `npm run test:e2e:firefox`.
 * Timeouts, workers and retries are the Chromium suite's.
 */
export default defineConfig({
  ...chromiumSuite,
  testDir: 'tests/e2e-firefox',
  outputDir: 'test-results/firefox',
});
