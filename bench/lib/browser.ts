/**
 * The built extension (e2e build: it may talk to 127.0.0.1 simulators) in real headless
 * Chromium, launched as tests/e2e/fixtures.ts does, plus what the page-timing figures share:
 * a blank extension page as the baseline, and an init script that timestamps, inside each
 * page, the moment its content is on screen (relative to the page's navigation start).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../../testing/chromium';
import { startTrace, stopTrace, type TraceEvent } from './trace';

export const BLANK_PAGE = 'bench-blank.html';

/**
 * The baseline: an extension page with one module script that puts a line of text on screen.
 * Written into the bench's own e2e build output only, never into the store build.
 */
function writeBlankPage(extensionDir: string): void {
  writeFileSync(
    join(extensionDir, BLANK_PAGE),
    '<!doctype html>\n<html lang="en"><head><meta charset="UTF-8"><meta name="color-scheme" content="light dark"><title>Blank</title>' +
      '<script type="module" src="/bench-blank.js"></script></head><body><div id="app"></div></body></html>\n',
  );
  writeFileSync(join(extensionDir, 'bench-blank.js'), "performance.mark('bench:script');\ndocument.getElementById('app').innerHTML = '<p id=\"bench-ready\">Blank page</p>';\n");
}

export { TIMER_SOURCE, type BenchWindow, type Interaction, type PageMark } from './page-timer';
import { TIMER_SOURCE, type BenchWindow, type PageMark } from './page-timer';

export interface ExtensionSession {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  chromiumVersion: string;
  /** Opens an extension page in a new tab; with `trace`, Chrome's trace runs from before the navigation. */
  open(path: string, options?: { trace?: boolean }): Promise<Page>;
  close(): Promise<void>;
}

/** Each opened page's DevTools session (for tracing). */
const sessions = new WeakMap<Page, CDPSession>();

/** Starts Chrome's trace on an opened page (for an interaction, after the page loaded). */
export async function startPageTrace(page: Page): Promise<void> {
  await startTrace(sessions.get(page)!);
  // Marks the page's main thread in the trace (markedThread finds it by this name).
  await page.evaluate(() => performance.mark('bench:trace-start'));
}

/** Ends the page's trace (started by `open(…, { trace: true })` or `startPageTrace`). */
export function stopPageTrace(page: Page): Promise<TraceEvent[]> {
  return stopTrace(sessions.get(page)!);
}

export async function launchExtension(extensionDir: string): Promise<ExtensionSession> {
  writeBlankPage(extensionDir);
  const context = await chromium.launchPersistentContext('', {
    executablePath: findChromium(),
    headless: true,
    colorScheme: 'light',
    viewport: { width: 800, height: 600 },
    args: [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, ...CHROMIUM_ARGS],
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
    const extensionId = new URL(worker.url()).host;
    const chromiumVersion = context.browser()?.version() ?? 'unknown';
    return {
      context,
      worker,
      extensionId,
      chromiumVersion,
      async open(path: string, { trace = false } = {}) {
        const page = await context.newPage();
        // Playwright's addInitScript does not reach chrome-extension:// pages; CDP's does.
        const cdp = await context.newCDPSession(page);
        sessions.set(page, cdp);
        await cdp.send('Page.enable');
        await cdp.send('Page.addScriptToEvaluateOnNewDocument', { source: TIMER_SOURCE });
        if (trace) await startTrace(cdp);
        await page.goto(`chrome-extension://${extensionId}/${path.replace(/^\//, '')}`);
        return page;
      },
      close: () => context.close(),
    };
  } catch (error) {
    await context.close();
    throw error;
  }
}

/**
 * The page's first contentful paint as Chrome reports it (ms from navigation start); null
 * when none came within the wait (the entry is queued a little after the frame).
 */
export async function firstContentfulPaint(page: Page, timeoutMs = 2000): Promise<number | null> {
  try {
    await page.waitForFunction(() => (window as unknown as BenchWindow).__bench.fcp() !== null, undefined, { timeout: timeoutMs, polling: 20 });
  } catch {
    return null;
  }
  return page.evaluate(() => (window as unknown as BenchWindow).__bench.fcp());
}

/** Waits (in the page) until the named mark has its after-paint time; returns it. */
export async function waitForMark(page: Page, name: string, timeoutMs = 30_000): Promise<PageMark & { fcp: number | null }> {
  await page.waitForFunction((n) => Number.isFinite((window as unknown as BenchWindow).__bench?.marks[n]?.paint), name, { timeout: timeoutMs, polling: 50 });
  return page.evaluate((n) => {
    const bench = (window as unknown as BenchWindow).__bench;
    return { ...bench.marks[n]!, fcp: bench.fcp() };
  }, name);
}
