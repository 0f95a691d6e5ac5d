/**
 * Every simulator fault (panel-sim/faults.ts) through the built extension in one run, each
 * asserted as the user sees it: the popup's balance line after a refresh, the quick-order
 * form for catalog drift, the options page's verification for a redirecting API URL. The
 * same session checks that the key shows up in no console message, page text or notification.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FaultSpec } from '../../panel-sim/faults';
import { test, expect } from './fixtures';
import { seedOrders, seedPanels } from '../../testing/seed';
import { makeOrder } from '../../testing/orders';

const KEY = 'sk-live-fault-run-7c1e9b3d';
test.use({ panelOptions: { key: KEY } });

/** A local HTTP server that records every request it gets (method, path, body). */
async function recordingServer(answer: (req: IncomingMessage) => { status: number; headers?: Record<string, string> }) {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      requests.push(`${req.method} ${req.url} ${body}`);
      const { status, headers } = answer(req);
      res.writeHead(status, headers).end('{"error":"Redirect target"}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const close = () => (server.closeAllConnections(), new Promise((resolve) => server.close(resolve)));
  return { url, requests, close };
}

const BALANCE_FAULTS: { fault: FaultSpec; shows: string[] }[] = [
  { fault: { kind: 'http500' }, shows: ['HTTP 500', 'The panel had a problem'] },
  { fault: { kind: 'http429', retryAfter: 7 }, shows: ['Too many requests', 'limiting requests'] },
  { fault: { kind: 'html' }, shows: ['Just a moment...', 'browser check'] },
  { fault: { kind: 'stall', stallMs: 30_000 }, shows: ['No answer within 5 s', 'did not answer in time'] },
  { fault: { kind: 'reset' }, shows: ['could not be reached', 'Check your connection'] },
  { fault: { kind: 'truncated' }, shows: ['not valid JSON', 'usually ends in /api/v2'] },
  { fault: { kind: 'redirect' }, shows: ['redirects', 'never sent to a redirect'] },
];

test('each panel fault shows what happened and what to do; the key reaches no log, page, notification or redirect target', async ({ context, worker, panel, openPage }) => {
  test.setTimeout(90_000);
  const logs: string[] = [];
  context.on('console', (m) => logs.push(m.text()));
  worker.on('console', (m) => logs.push(m.text()));
  context.on('weberror', (e) => logs.push(String(e.error())));
  // Notification texts, as the worker hands them to the browser.
  await worker.evaluate(() => {
    const api = (globalThis as any).chrome.notifications;
    const create = api.create.bind(api);
    (globalThis as any).__notified = [];
    api.create = (...args: unknown[]) => ((globalThis as any).__notified.push(JSON.stringify(args)), create(...args));
  });

  await seedPanels(worker, [{ id: 'sim', name: 'Sim panel', apiUrl: panel.apiUrl, key: KEY }]);
  await panel.control.setBalance('42.125');
  const popup = await openPage('popup.html');
  await expect(popup.getByText('42.125 USD')).toBeVisible();
  const refresh = () =>
    popup.evaluate(() => (globalThis as any).chrome.runtime.sendMessage({ panelpilot: true, type: 'balance.refresh', data: { panelId: 'sim' } }));

  for (const { fault, shows } of BALANCE_FAULTS) {
    await test.step(fault.kind, async () => {
      await panel.control.setFault({ ...fault, times: 1, actions: ['balance'] });
      await refresh();
      for (const text of shows) await expect(popup.getByRole('status')).toContainText(text);
      // The last good balance stays: a failed refresh loses nothing.
      await expect(popup.getByText('42.125 USD')).toBeVisible();
    });
  }
  await test.step('429 keeps the panel’s Retry-After', async () => {
    await panel.control.setFault({ kind: 'http429', retryAfter: 7, times: 1, actions: ['balance'] });
    await refresh();
    const stored = await worker.evaluate(async () => (await (globalThis as any).chrome.storage.local.get('balances')).balances.sim.error.error);
    expect(stored).toMatchObject({ kind: 'rate_limited', retryAfterMs: 7000 });
  });

  await test.step('numbers as JSON numbers', async () => {
    await panel.control.setBalance('7.5');
    await panel.control.setFault({ kind: 'numbers', times: 1, actions: ['balance'] });
    await refresh();
    await expect(popup.getByText('7.50 USD')).toBeVisible();
    await expect(popup.getByRole('status')).toHaveCount(0);
  });

  await test.step('a {data:[…]} wrapped catalog with numbers as JSON numbers', async () => {
    await panel.control.setFault({ kind: 'wrap', times: 1, actions: ['services'] });
    await panel.control.setFault({ kind: 'numbers', times: 1, actions: ['services'] });
    const form = await openPage(`quick-order.html?url=${encodeURIComponent('https://www.instagram.com/p/C0ffee123/')}`);
    const box = form.getByRole('combobox', { name: 'Service' });
    await box.click();
    await box.fill('3226');
    await expect(form.getByRole('option').first()).toHaveAccessibleName(/^3226 /);
    await box.press('Enter');
    await form.getByLabel('Quantity').fill('1000');
    await expect(form.getByLabel('Charge')).toHaveText('0.84 USD');
    expect((await panel.control.stats()).counts.services).toBe(1);
    await form.close();
  });

  await test.step('options: a redirecting API URL is refused and the redirect target never hears from us', async () => {
    await panel.control.reset();
    await panel.control.setFault({ kind: 'redirect', times: 1 });
    const options = await openPage('options.html');
    await options.getByLabel('Panel name').fill('Redirecting panel');
    await options.getByLabel('API URL').fill(panel.apiUrl.replace('127.0.0.1', 'localhost'));
    await options.getByLabel('API key').fill(KEY);
    await options.getByRole('button', { name: 'Save panel' }).click();
    await expect(options.getByRole('alert')).toContainText('redirects');
    await expect(options.getByRole('alert')).toContainText('never sent to a redirect');
    expect((await panel.control.stats()).counts.balance).toBe(1);
    // The simulator's redirect target is a second HTTP server on another origin (another port).
    expect(await panel.control.redirectHits()).toEqual([]);
    expect(await options.locator('body').innerText()).not.toContain(KEY);
  });

  await test.step('a 307 (which keeps the POST body) to our own second server: nothing reaches it', async () => {
    const target = await recordingServer(() => ({ status: 200, headers: { 'content-type': 'application/json' } }));
    const redirecting = await recordingServer(() => ({ status: 307, headers: { location: `${target.url}/collect` } }));
    try {
      const options = await openPage('options.html');
      await options.getByLabel('Panel name').fill('307 panel');
      await options.getByLabel('API URL').fill(`${redirecting.url}/api/v2`);
      await options.getByLabel('API key').fill(KEY);
      await options.getByRole('button', { name: 'Save panel' }).click();
      await expect(options.getByRole('alert')).toContainText('redirects');
      expect(redirecting.requests).toHaveLength(1); // the one verification request, refused
      expect(target.requests).toEqual([]);
      await options.close();
    } finally {
      await Promise.all([target.close(), redirecting.close()]);
    }
  });

  await test.step('a finished order notifies without the key', async () => {
    const [id] = (await panel.control.createOrders(1, { status: 'Completed' })).ids;
    await seedOrders(worker, [makeOrder('sim', id!)]);
    await popup.evaluate(() => (globalThis as any).chrome.runtime.sendMessage({ panelpilot: true, type: 'tracker.checkNow', data: {} }));
    await expect.poll(() => worker.evaluate(() => (globalThis as any).__notified.length)).toBeGreaterThan(0);
  });

  const notified = await worker.evaluate(() => (globalThis as any).__notified as string[]);
  expect(notified.join('\n')).not.toContain(KEY);
  expect(await popup.locator('body').innerText()).not.toContain(KEY);
  // The listeners do hear the worker and the pages (else this check could not fail).
  await worker.evaluate(() => console.warn('console check: worker'));
  await popup.evaluate(() => console.warn('console check: popup'));
  await expect.poll(() => logs).toEqual(expect.arrayContaining(['console check: worker', 'console check: popup']));
  expect(logs.filter((l) => l.includes(KEY))).toEqual([]);
});
