/**
 * API keys live in the extension's `storage.local`. A web page has no extension storage at
 * all, and a script the extension injects into a page (the only kind of content script
 * PanelPilot has) is refused by the access level set at every worker start
 * (utils/background/storage-access.ts). Both proved here against real Chromium.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Worker } from '@playwright/test';
import { test, expect } from './fixtures';
import { seedPanels } from '../../testing/seed';

const KEY = 'sk-live-isolation-4d2f8a61';

async function startSite(): Promise<{ url: string; server: Server }> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><html lang="en"><head><title>Some shop</title></head><body><h1>Some shop</h1></body></html>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, server };
}

/** Runs a function in the page as an injected content script (what chrome.scripting does). */
function injectStorageRead(worker: Worker, pageUrl: string): Promise<{ ok: boolean; text: string }> {
  return worker.evaluate(async (pageUrl) => {
    const chrome = (globalThis as any).chrome;
    const [tab] = await chrome.tabs.query({ url: pageUrl });
    const [injection] = await chrome.scripting.executeScript({
      target: { tabId: tab.id },
      func: async () => {
        try {
          const all = await (globalThis as any).chrome.storage.local.get(null);
          return { ok: true, text: JSON.stringify(all) };
        } catch (error) {
          return { ok: false, text: String(error) };
        }
      },
    });
    return injection.result;
  }, pageUrl);
}

test('a web page and a script injected into it cannot read any key', async ({ context, worker, panel }) => {
  await seedPanels(worker, [{ id: 'sim', name: 'Sim panel', apiUrl: panel.apiUrl, key: KEY }]);
  const site = await startSite();
  try {
    const page = await context.newPage();
    await page.goto(site.url);
    await expect(page.getByRole('heading', { name: 'Some shop' })).toBeVisible();

    // The page itself: no extension storage, no way to message the extension.
    expect(await page.evaluate(() => typeof (globalThis as any).chrome?.storage)).toBe('undefined');
    expect(await page.evaluate(() => typeof (globalThis as any).chrome?.runtime?.sendMessage)).toBe('undefined');

    // An injected script: refused by the TRUSTED_CONTEXTS access level.
    const injected = await injectStorageRead(worker, site.url);
    expect(injected.ok).toBe(false);
    expect(injected.text).toMatch(/access|not allowed|context/i);
    expect(injected.text).not.toContain(KEY);

    // The control: without the restriction the same script would read the key, so the
    // access level (not luck) is what keeps it out.
    await worker.evaluate(() => (globalThis as any).chrome.storage.local.setAccessLevel({ accessLevel: 'TRUSTED_AND_UNTRUSTED_CONTEXTS' }));
    expect((await injectStorageRead(worker, site.url)).text).toContain(KEY);
    await worker.evaluate(() => (globalThis as any).chrome.storage.local.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' }));
    expect((await injectStorageRead(worker, site.url)).text).not.toContain(KEY);

    // An injected script cannot make the background call the panel either.
    const reply = await worker.evaluate(async (pageUrl) => {
      const chrome = (globalThis as any).chrome;
      const [tab] = await chrome.tabs.query({ url: pageUrl });
      const [injection] = await chrome.scripting.executeScript({
        target: { tabId: tab.id },
        func: async () => {
          const send = (globalThis as any).chrome.runtime
            .sendMessage({ panelpilot: true, type: 'balance.refresh', data: {} })
            .then((answer: unknown) => `answer: ${JSON.stringify(answer)}`, (error: unknown) => `refused: ${String(error)}`);
          return Promise.race([send, new Promise((resolve) => setTimeout(() => resolve('no answer'), 1500))]);
        },
      });
      return injection.result as string;
    }, site.url);
    expect(reply).toMatch(/^(refused|no answer|answer: undefined)/);
    expect((await panel.control.stats()).counts.balance ?? 0).toBe(0);
  } finally {
    site.server.closeAllConnections(); // the page's keep-alive connection would hold close() open
    await new Promise((resolve) => site.server.close(resolve));
  }
});
