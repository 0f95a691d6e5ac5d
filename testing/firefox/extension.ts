/**
 * The e2e build in a running Firefox, as the tests see it: extension pages opened through the
 * e2e bridge (a local page asks, the background loads the extension page into that tab), a
 * harness page for storage, and the background page reached from it.
 */
import type { Browser, Page } from 'puppeteer-core';
import type { TestSite } from './site';

/** What a test runs in an extension page: `browser` there is Firefox's own WebExtension API. */
type Ext = any; // eslint-disable-line @typescript-eslint/no-explicit-any

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The page's real address: Puppeteer does not follow a tab into moz-extension:// (page.url() stays stale). */
export async function locationOf(page: Page): Promise<string> {
  try {
    return await page.evaluate(() => (document.readyState === 'complete' ? location.href : ''));
  } catch {
    return ''; // Mid-navigation: the old document is gone.
  }
}

async function waitForLocation(page: Page, wanted: (href: string) => boolean, what: string, timeout = 15_000): Promise<void> {
  const deadline = Date.now() + timeout;
  let href = '';
  while (Date.now() < deadline) {
    href = await locationOf(page);
    if (wanted(href)) return;
    await pause(50);
  }
  throw new Error(`${what} did not open within ${timeout} ms (the tab shows ${href || 'nothing yet'})`);
}

export class FirefoxExtension {
  #harness: Promise<Page> | null = null;
  /**
   * moz-extension://<uuid>, learned from the first page the bridge opens. Firefox gives every
   * install a new UUID (the `extensions.webextensions.uuids` pref fixes it only until the
   * add-on is uninstalled, which each test does), so it is read rather than assumed.
   */
  #origin: string | null = null;

  constructor(
    readonly browser: Browser,
    readonly site: TestSite,
  ) {}

  /** The address of an extension page (after the first page has been opened). */
  url(path: string): string {
    if (!this.#origin) throw new Error('No extension page opened yet: the moz-extension origin is not known');
    return `${this.#origin}/${path.replace(/^\//, '')}`;
  }

  /** Opens an extension page in a new tab (through the e2e bridge) and waits until it has loaded. */
  async openPage(path: string): Promise<Page> {
    const page = await this.browser.newPage();
    page.setDefaultTimeout(10_000);
    const wanted = `/${path.replace(/^\//, '')}`;
    // The local page is replaced by the extension page while it loads: the navigation Puppeteer
    // waits for may never report done. The location is what counts.
    const loading = page.goto(`${this.site.url}/open?panelpilot-e2e-open=${encodeURIComponent(wanted)}`).catch(() => undefined);
    await waitForLocation(page, (href) => href.startsWith('moz-extension://') && href.endsWith(wanted), wanted);
    void loading;
    const href = await locationOf(page);
    this.#origin ??= href.slice(0, href.indexOf('/', 'moz-extension://'.length));
    return page;
  }

  /** The test harness page (e2e build only): storage and the background page are reached from it. */
  harness(): Promise<Page> {
    this.#harness ??= this.openPage('e2e-harness.html');
    return this.#harness;
  }

  /** Runs `fn` in the harness page; `browser` there is the extension's API. */
  async run<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
    const page = await this.harness();
    return page.evaluate(fn as (arg: unknown) => Promise<R>, arg as unknown) as Promise<R>;
  }

  async storageGet<T = unknown>(key: string, area: 'local' | 'session' = 'local'): Promise<T> {
    return this.run(async ([key, area]) => (await (globalThis as Ext).browser.storage[area].get(key))[key], [key, area] as const) as Promise<T>;
  }

  async storageSet(items: Record<string, unknown>, area: 'local' | 'session' = 'local'): Promise<void> {
    // Sent as JSON and parsed in the page: what is stored is plain data made in the extension.
    await this.run(async ([json, area]) => (globalThis as Ext).browser.storage[area].set(JSON.parse(json)), [JSON.stringify(items), area] as const);
  }

  /** The notifications the extension shows, read in the background page: id → { title, message }. */
  async notifications(): Promise<Record<string, { title: string; message: string }>> {
    return this.run(async () => {
      const bg = await (globalThis as Ext).browser.runtime.getBackgroundPage();
      const all = await bg.browser.notifications.getAll();
      // Firefox answers with each notification's options (Chrome with `true`).
      return Object.fromEntries(Object.entries(all).map(([id, n]: [string, Ext]) => [id, { title: n.title, message: n.message }]));
    }, null);
  }

  /** Waits for an extension page that the extension itself opened (a tab or a window). */
  async waitForOpenedPage(path: string, timeout = 15_000): Promise<Page> {
    await this.harness();
    const prefix = this.url(path);
    const deadline = Date.now() + timeout;
    while (Date.now() < deadline) {
      for (const page of await this.browser.pages()) {
        if ((await locationOf(page)).startsWith(prefix)) {
          page.setDefaultTimeout(10_000);
          return page;
        }
      }
      await pause(100);
    }
    throw new Error(`The extension opened no ${prefix} within ${timeout} ms`);
  }
}
