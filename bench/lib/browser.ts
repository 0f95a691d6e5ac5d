/**
 * The built extension (e2e build: it may talk to 127.0.0.1 simulators) in real headless
 * Chromium, launched as tests/e2e/fixtures.ts does, plus what the page-timing figures share:
 * a blank extension page as the baseline, and an init script that timestamps, inside each
 * page, the moment its content is on screen (relative to the page's navigation start).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../../tests/e2e/chromium';

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
  writeFileSync(join(extensionDir, 'bench-blank.js'), "document.getElementById('app').innerHTML = '<p id=\"bench-ready\">Blank page</p>';\n");
}

export interface PageMark {
  /** ms from navigation start to the DOM holding the content (a MutationObserver saw it). */
  dom: number;
  /** ms from navigation start to just after the next frame (rAF, then a task). */
  paint: number;
}

export interface BenchWindow {
  __bench: { marks: Record<string, PageMark>; keys: { value: string; ms: number }[]; fcp: () => number | null };
}

/**
 * Runs in every page before its own scripts. Stages per page: the page is "ready" when what
 * the user came for is visible; the popup is "complete" when every active order has its row;
 * the quick-order page then gets its Service combobox focused (as a click would) and is
 * "list" ready when the filtered options are rendered.
 */
function pageTimer(): void {
  if (location.protocol !== 'chrome-extension:') return;
  const w = window as unknown as BenchWindow;
  const marks: Record<string, PageMark> = {};
  const keys: { value: string; ms: number }[] = [];
  w.__bench = {
    marks,
    keys,
    fcp: () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
  };
  const afterPaint = (cb: () => void) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = cb;
      channel.port2.postMessage(null);
    });
  const mark = (name: string) => {
    if (marks[name]) return;
    const dom = performance.now();
    marks[name] = { dom, paint: Number.NaN };
    afterPaint(() => {
      marks[name]!.paint = performance.now();
    });
  };
  const page = location.pathname.replace(/^\//, '');
  const check = () => {
    if (page === 'bench-blank.html') {
      if (document.getElementById('bench-ready')) mark('ready');
    } else if (page === 'popup.html') {
      const balance = document.querySelector('.balance-amount')?.textContent ?? '';
      if (/\d/.test(balance) && document.querySelector('.order-row')) mark('ready');
      // Every active row, as many as the "Active (N)" heading counts.
      const total = Number(/\((\d+)\)/.exec(document.getElementById('active-title')?.textContent ?? '')?.[1]);
      if (marks.ready && document.querySelectorAll('[aria-labelledby="active-title"] .order-row').length === total) mark('complete');
    } else if (page === 'quick-order.html') {
      const box = document.getElementById('service-search') as HTMLInputElement | null;
      const wantsPreselect = new URLSearchParams(location.search).has('url');
      if (box && !marks.ready && (!wantsPreselect || box.value.includes(' · '))) {
        mark('ready');
        box.focus();
      }
      if (marks.ready && document.querySelector('#service-list [role="option"]')) mark('list');
    }
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  // An input's value is a property, not an attribute: poll each frame too until done.
  const poll = () => {
    check();
    const done = { 'quick-order.html': 'list', 'popup.html': 'complete' }[page] ?? 'ready';
    if (!marks[done]) requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);

  // Keystrokes: input event (before the page's own handlers) → DOM updated and laid out.
  window.addEventListener(
    'input',
    (event) => {
      const start = performance.now();
      const value = (event.target as HTMLInputElement).value;
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        void document.body.offsetHeight;
        keys.push({ value, ms: performance.now() - start });
      };
      channel.port2.postMessage(null);
    },
    true,
  );
}

/** tsx may wrap named functions in `__name(…)`: give the page a no-op one. */
export const TIMER_SOURCE = `var __name = (f) => f;\n(${pageTimer.toString()})();`;

export interface ExtensionSession {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  chromiumVersion: string;
  open(path: string): Promise<Page>;
  close(): Promise<void>;
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
      async open(path: string) {
        const page = await context.newPage();
        // Playwright's addInitScript does not reach chrome-extension:// pages; CDP's does.
        const cdp = await context.newCDPSession(page);
        await cdp.send('Page.enable');
        await cdp.send('Page.addScriptToEvaluateOnNewDocument', { source: TIMER_SOURCE });
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
