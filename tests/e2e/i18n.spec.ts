/**
 * The browser's language, end to end (docs/i18n.md): Chromium started with `--lang=ru` or
 * `--lang=ar` shows the extracted surfaces — the popup's first run, the badge title (with its
 * plural forms), the context menus, the manifest — in that language, right to left in Arabic;
 * a language chosen in Settings wins over the browser's.
 */
import type { Page, Worker } from '@playwright/test';
import { test, expect } from './fixtures';
import { seedOrders, seedPanels } from '../../testing/seed';
import { makeOrder } from '../../testing/orders';

const badgeTitle = (worker: Worker) => worker.evaluate(() => (globalThis as any).chrome.action.getTitle({}) as Promise<string>);
const menuTitles = (worker: Worker) => worker.evaluate(() => (globalThis as any).__panelpilotMenuTitles as string[] | undefined);

/** `n` active orders on a panel nobody answers for (the badge counts them either way). */
async function seedActive(worker: Worker, n: number): Promise<void> {
  await seedPanels(worker, [{ id: 'p', name: 'Silent panel', apiUrl: 'http://127.0.0.1:9/api/v2', key: 'k' }]);
  await seedOrders(worker, Array.from({ length: n }, (_, i) => makeOrder('p', String(1000 + i))));
}

async function htmlLangDir(page: Page): Promise<[string, string]> {
  return page.evaluate(() => [document.documentElement.lang, document.documentElement.dir] as [string, string]);
}

test.describe('in a Russian browser', () => {
  test.use({ browserLanguage: 'ru' });

  test('the popup’s first run, the manifest and the context menus are in Russian', async ({ openPage, worker }) => {
    const popup = await openPage('popup.html');
    await expect(popup.getByRole('heading', { name: 'Подключите первую панель' })).toBeVisible();
    await expect(popup.getByRole('button', { name: 'Добавить панель' })).toBeVisible();
    await expect(popup.getByText('URL API выглядит так: https://yourpanel.com/api/v2.')).toBeVisible();
    expect(await htmlLangDir(popup)).toEqual(['ru', 'ltr']);
    const manifest = await worker.evaluate(() => (globalThis as any).chrome.runtime.getManifest());
    expect(manifest.name).toBe('PanelPilot');
    expect(manifest.description).toMatch(/^Заказывайте, отслеживайте/);
    await expect.poll(() => menuTitles(worker)).toEqual(['Заказать для этой страницы', 'Заказать для этой ссылки', 'Заказать для этого изображения/видео']);
  });

  test('the badge title counts in Russian plural forms: 21 → one, 3 → few, 5 → many', async ({ worker }) => {
    await seedActive(worker, 21);
    await expect.poll(() => badgeTitle(worker)).toMatch(/^PanelPilot — 21 активный заказ(,|$)/);
    await seedActive(worker, 3);
    await expect.poll(() => badgeTitle(worker)).toMatch(/^PanelPilot — 3 активных заказа(,|$)/);
    await seedActive(worker, 5);
    await expect.poll(() => badgeTitle(worker)).toMatch(/^PanelPilot — 5 активных заказов(,|$)/);
  });

  test('Arabic chosen in Settings wins over the browser’s Russian, in the popup and the worker', async ({ openPage, worker }) => {
    await worker.evaluate(async () => {
      const { settings } = await (globalThis as any).chrome.storage.local.get('settings');
      await (globalThis as any).chrome.storage.local.set({ settings: { ...settings, language: 'ar' } });
    });
    const popup = await openPage('popup.html');
    await expect(popup.getByRole('heading', { name: 'اربط لوحتك الأولى' })).toBeVisible();
    expect(await htmlLangDir(popup)).toEqual(['ar', 'rtl']);
    await expect.poll(() => menuTitles(worker)).toEqual(['اطلب لهذه الصفحة', 'اطلب لهذا الرابط', 'اطلب لهذه الصورة/الفيديو']);
    await seedActive(worker, 2);
    await expect.poll(() => badgeTitle(worker)).toMatch(/^PanelPilot — \u2068?طلبان نشطان/);
  });
});

test('a language chosen on the Settings page is kept, shown at once, and survives saving the other settings', async ({ openPage, worker }) => {
  const options = await openPage('options.html');
  const picker = options.getByRole('combobox', { name: 'Language of PanelPilot' });
  await expect(picker).toHaveValue('auto');
  await expect(picker.getByRole('option', { name: 'The browser’s (English)' })).toBeAttached();
  // The page loads again in Spanish (its extracted texts), left to right.
  await Promise.all([options.waitForEvent('load'), picker.selectOption({ label: 'Español' })]);
  await expect(options.getByRole('combobox', { name: 'Idioma de PanelPilot' })).toBeVisible();
  expect(await htmlLangDir(options)).toEqual(['es', 'ltr']);
  await expect(options.getByRole('combobox', { name: 'Idioma de PanelPilot' })).toHaveValue('es');
  // Saving the tracking settings keeps the language.
  await options.getByRole('button', { name: 'Guardar configuración', exact: true }).click();
  await expect(options.getByText('Configuración guardada.')).toBeVisible();
  const popup = await openPage('popup.html');
  await expect(popup.getByRole('heading', { name: 'Conecte su primer panel' })).toBeVisible();
  await expect.poll(() => worker.evaluate(async () => (await (globalThis as any).chrome.storage.local.get('settings')).settings.language)).toBe('es');
  await expect.poll(() => menuTitles(worker)).toEqual(expect.arrayContaining([expect.stringMatching(/^Pedir /)]));
});

test.describe('in an Arabic browser', () => {
  test.use({ browserLanguage: 'ar' });

  test('the popup’s first run is laid out right to left, with the example address left to right', async ({ openPage }) => {
    const popup = await openPage('popup.html');
    const heading = popup.getByRole('heading', { name: 'اربط لوحتك الأولى' });
    await expect(heading).toBeVisible();
    expect(await htmlLangDir(popup)).toEqual(['ar', 'rtl']);
    // Right to left: the heading starts at the right edge, the first button is the rightmost.
    const width = await popup.evaluate(() => document.documentElement.clientWidth);
    const h = (await heading.boundingBox())!;
    const title = (await popup.getByRole('heading', { name: 'PanelPilot' }).boundingBox())!;
    expect(width - (title.x + title.width)).toBeLessThan(24);
    expect(h.x + h.width).toBeGreaterThan(width - 24);
    const add = (await popup.getByRole('button', { name: 'إضافة لوحة' }).boundingBox())!;
    expect(add.x + add.width).toBeGreaterThan(width - 24);
    const code = popup.locator('code', { hasText: 'https://yourpanel.com/api/v2' });
    await expect(code).toHaveAttribute('dir', 'ltr');
    expect(await code.evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
  });
});
