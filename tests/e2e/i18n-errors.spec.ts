/**
 * Errors and notifications in the browser's language (issue 16): a panel check that fails on
 * the options page explains itself in Russian and in Arabic while the panel's own words stay
 * exactly as the panel wrote them; grouped notifications count in the language's plural forms.
 *
 * The panel form's fields are found by their ids: their labels are being translated in the
 * same round by the options page's extraction, so their Russian and Arabic names are not
 * this spec's to know. What this spec asserts is the error text, which is.
 */
import type { Page, Worker } from '@playwright/test';
import { test, expect, type SimHandle } from './fixtures';
import { seedPanels } from '../../testing/seed';
import { makeOrder } from '../../testing/orders';

async function checkPanel(options: Page, apiUrl: string): Promise<void> {
  await options.locator('#panel-name').fill('Sim panel');
  await options.locator('#panel-url').fill(apiUrl);
  await options.locator('#panel-key').fill('demo-key');
  await options.locator('form.panel-form button[type="submit"]').click();
}

/** Records the notifications the worker hands to the browser: [title, message] each. */
async function recordNotifications(worker: Worker): Promise<void> {
  await worker.evaluate(() => {
    const api = (globalThis as any).chrome.notifications;
    const create = api.create.bind(api);
    (globalThis as any).__notified = [];
    api.create = (id: string, options: { title: string; message: string }) => ((globalThis as any).__notified.push([options.title, options.message]), create(id, options));
  });
}
const notified = (worker: Worker) => worker.evaluate(() => (globalThis as any).__notified as [string, string][]);

/** `fates` orders tracked on the simulator; its clock moved so each reaches its end, then one check. */
async function finishOrders(worker: Worker, page: Page, sim: SimHandle, fates: Record<string, number>): Promise<void> {
  await seedPanels(worker, [{ id: 'sim', name: 'Sim panel', apiUrl: sim.apiUrl, key: sim.key }]);
  const orders = [];
  for (const [fate, count] of Object.entries(fates)) {
    const link = `https://www.instagram.com/p/${fate}/?pp-fate=${fate}`;
    const { ids } = await sim.control.createOrders(count, { link, quantity: 1000 });
    orders.push(...ids.map((id: string) => makeOrder('sim', id, { link, quantity: 1000 })));
  }
  await worker.evaluate(async (record) => (globalThis as any).chrome.storage.local.set({ orders: record }), Object.fromEntries(orders.map((o) => [o.key, o])));
  await sim.control.advance(200_000);
  await recordNotifications(worker);
  await page.evaluate(() => (globalThis as any).chrome.runtime.sendMessage({ panelpilot: true, type: 'tracker.checkNow', data: {} }));
}

test.use({ panelOptions: { clockSpeed: 0 } });

test.describe('in a Russian browser', () => {
  test.use({ browserLanguage: 'ru' });

  test('a panel behind an IP whitelist: the cause and the advice in Russian, the panel’s words as it wrote them', async ({ openPage, startPanel }) => {
    const whitelisted = await startPanel({ dialect: 'ip-whitelist' });
    const options = await openPage('options.html');
    await checkPanel(options, whitelisted.apiUrl);
    const alert = options.getByRole('alert');
    await expect(alert).toContainText('IP-адреса этого компьютера нет в белом списке панели');
    await expect(alert).toContainText('IP not allowed');
    await expect(alert).toContainText('Добавьте публичный IP-адрес этого компьютера на странице API панели');
    await expect(alert).not.toContainText('whitelist');
  });

  test('grouped notifications count in Russian: 5 → many, 3 → few', async ({ openPage, worker, panel }) => {
    const popup = await openPage('popup.html');
    await finishOrders(worker, popup, panel, { completed: 5, canceled: 3 });
    await expect.poll(async () => (await notified(worker)).map(([title]) => title).sort()).toEqual(['Sim panel: 3 заказа отменено', 'Sim panel: 5 заказов выполнено']);
    const messages = (await notified(worker)).map(([, message]) => message);
    expect(messages.every((m) => /^Заказы \d+(, \d+)*\.$/.test(m))).toBe(true);
  });
});

test.describe('in an Arabic browser', () => {
  test.use({ browserLanguage: 'ar' });

  test('a disabled API: the cause and the advice in Arabic, right to left, the panel’s sentence verbatim', async ({ openPage, startPanel }) => {
    const disabled = await startPanel({ dialect: 'api-disabled' });
    const options = await openPage('options.html');
    expect(await options.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ar', 'rtl']);
    await checkPanel(options, disabled.apiUrl);
    const alert = options.getByRole('alert');
    await expect(alert).toContainText('الوصول إلى API معطّل لهذا الحساب');
    await expect(alert).toContainText('API is Disable for this user or User Not Found! Contact the Support');
    await expect(alert).toContainText('فعّل API في إعدادات الحساب في اللوحة');
    // Right to left: the short heading line sits at the alert's right (start) edge, away from its left.
    const box = (await alert.boundingBox())!;
    const heading = (await alert.locator('strong').first().boundingBox())!;
    expect(box.x + box.width - (heading.x + heading.width)).toBeLessThan(40);
    expect(heading.x - box.x).toBeGreaterThan(40);
  });

  test('grouped notifications count in Arabic (2 → two, 3 → few); the panel’s name stays left to right inside', async ({ openPage, worker, panel }) => {
    const popup = await openPage('popup.html');
    await finishOrders(worker, popup, panel, { completed: 3, canceled: 2 });
    await expect.poll(async () => (await notified(worker)).map(([title]) => title).sort()).toEqual(['\u2068Sim panel\u2069: أُلغي طلبان', '\u2068Sim panel\u2069: اكتمل 3 طلبات']);
  });
});
