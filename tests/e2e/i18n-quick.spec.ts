/**
 * The quick-order form (one order and mass order) in a Russian and an Arabic browser
 * (Chromium --lang): labels, the live charge with money in the language's separators, a
 * quantity check with its number formatted as the user types, plural forms that need few and
 * many, and in Arabic the page laid out right to left while the link and the money stay left
 * to right. Screenshots of both, light and dark, go to /tmp/quick-shots/.
 */
import { mkdirSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { POST } from './quick-order-form';
import { seedPanels } from '../../testing/seed';

const SHOTS = '/tmp/quick-shots';
const NBSP = '\u00a0';
/** t() isolates text values in a right-to-left language (FSI…PDI): matched as optional. */
const ISO = '[\\u2068\\u2069]?';

test.beforeEach(async ({ worker, panel }) => {
  await seedPanels(worker, [{ id: 'demo', name: 'Demo panel', apiUrl: panel.apiUrl, key: panel.key }]);
});

/**
 * Opens the form and picks a service by its id. The service box is the picker's
 * (ServicePicker.tsx, extracted with the popup's strings): reached by its id here, so this
 * spec does not depend on how that label is translated.
 */
async function openWithService(openPage: (p: string) => Promise<Page>, id: string): Promise<Page> {
  const page = await openPage(`quick-order.html?url=${encodeURIComponent(POST)}`);
  const box = page.locator('#service-search');
  await expect(box).toBeVisible();
  await box.click();
  await box.fill(id);
  await expect(page.getByRole('option').first()).toHaveAccessibleName(new RegExp(`^${id} `));
  await box.press('Enter');
  await expect(box).toHaveValue(new RegExp(`^${id} · `));
  return page;
}

const direction = (locator: Locator) => locator.evaluate((el) => getComputedStyle(el).direction);

async function shoot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.setViewportSize({ width: 720, height: 1100 });
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

test.describe('in a Russian browser', () => {
  test.use({ browserLanguage: 'ru' });

  test('the form’s labels, the charge in rubles’ separators, a quantity check with its number, drip-feed units in few and many', async ({ openPage }) => {
    const page = await openWithService(openPage, '3226');
    await expect(page).toHaveTitle('Новый заказ — PanelPilot');
    await expect(page.getByRole('heading', { name: 'Новый заказ' })).toBeVisible();
    await expect(page.getByRole('tab', { name: 'Один заказ' })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('form', { name: 'Быстрый заказ' })).toBeVisible();
    await expect(page.getByLabel('Ссылка', { exact: true })).toHaveValue(POST);
    await expect(page.getByText(/^\d[\d\u00a0]* услуг[аи]?, обновлено /)).toBeVisible();
    await expect(page.getByLabel('Сведения об услуге')).toContainText('Цена за 1000');

    // Shown as the user types, with the service's limit written the Russian way (30 000).
    const quantity = page.getByLabel('Количество', { exact: true });
    await quantity.fill('5');
    await page.getByRole('button', { name: 'Оформить заказ' }).click();
    await expect(page.getByText('Количество: для этой услуги не меньше 20.')).toBeVisible();
    await quantity.fill('30001');
    await expect(page.getByText(`Количество: для этой услуги не больше 30${NBSP}000.`)).toBeVisible();

    await quantity.fill('1000');
    await expect(page.getByLabel('Стоимость', { exact: true })).toHaveText('0,84 USD');
    await expect(page.getByLabel('Баланс после')).toHaveText('99,16 USD');
    await shoot(page, 'ru-single-light');

    await page.getByLabel('Drip-feed (доставка частями)').check();
    await expect(page.getByLabel('Количество за запуск')).toHaveValue('1000');
    await page.getByLabel('Запуски', { exact: true }).fill('5');
    await page.getByLabel('Интервал').fill('15');
    await expect(page.getByLabel('Единицы')).toHaveText(`1${NBSP}000 за запуск × 5 запусков = 5${NBSP}000`);
    await page.getByLabel('Запуски', { exact: true }).fill('3');
    await expect(page.getByLabel('Единицы')).toHaveText(`1${NBSP}000 за запуск × 3 запуска = 3${NBSP}000`);
    await expect(page.getByLabel('Стоимость (все запуски)')).toHaveText('2,52 USD');
  });

  test('the mass order: its box, preview, problems and the send button in few and many', async ({ openPage }) => {
    const page = await openWithService(openPage, '3226');
    await page.getByRole('tab', { name: 'Массовый заказ' }).click();
    const box = page.getByLabel('Заказы, по одному на строку');
    const line = (i: number) => `3226 | https://www.instagram.com/p/mass${i}/ | 100`;
    await box.fill([...Array.from({ length: 5 }, (_, i) => line(i)), '999999 | https://www.instagram.com/p/bad/ | 100'].join('\n'));
    const preview = page.getByRole('table', { name: 'Предпросмотр' });
    await expect(preview.getByRole('columnheader')).toHaveText(['№', 'Услуга', 'Ссылка', 'Кол-во', 'Стоимость', 'Результат']);
    await expect(preview).toContainText('Услуги 999999 нет в списке этой панели.');
    await expect(page.getByRole('button', { name: 'Отправить 5 заказов' })).toBeEnabled();
    await expect(page.getByText('к отправке: 5 · исправить: 1 · итого 0,42 USD')).toBeVisible();
    await box.fill(Array.from({ length: 3 }, (_, i) => line(i)).join('\n'));
    await expect(page.getByRole('button', { name: 'Отправить 3 заказа' })).toBeEnabled();
    await expect(preview.getByRole('row').nth(1)).toContainText('Готов');
    await shoot(page, 'ru-mass-light');
  });
});

test.describe('in an Arabic browser', () => {
  test.use({ browserLanguage: 'ar' });

  test('right to left, with the link and the money left to right; a quantity check and plural forms in Arabic', async ({ openPage }) => {
    const page = await openWithService(openPage, '3226');
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ar', 'rtl']);
    await expect(page).toHaveTitle('طلب جديد — PanelPilot');
    const heading = page.getByRole('heading', { name: 'طلب جديد' });
    const tabs = page.getByRole('tablist', { name: 'وضع الطلب' });
    await expect(heading).toBeVisible();
    // The heading opens the header row: at its right end in Arabic, the tabs to its left.
    const [h, tl] = [(await heading.boundingBox())!, (await tabs.boundingBox())!];
    expect(h.x).toBeGreaterThan(tl.x + tl.width);
    // A field's label starts at the right edge of the form, as its input does.
    const link = page.getByLabel('الرابط', { exact: true });
    const label = page.locator('label[for="field-link"]');
    const [lb, ib] = [(await label.boundingBox())!, (await link.boundingBox())!];
    expect(Math.abs(lb.x + lb.width - (ib.x + ib.width))).toBeLessThan(4);
    // The link stays left to right inside.
    await expect(link).toHaveValue(POST);
    expect(await direction(link)).toBe('ltr');

    const quantity = page.getByLabel('الكمية', { exact: true });
    await quantity.fill('5');
    await page.getByRole('button', { name: 'إرسال الطلب' }).click();
    await expect(page.getByText(new RegExp(`^${ISO}الكمية${ISO}: يجب ألا تقل عن 20 لهذه الخدمة\\.$`))).toBeVisible();
    await quantity.fill('1000');
    const charge = page.getByLabel('التكلفة', { exact: true });
    await expect(charge).toHaveText('0.84 USD');
    // The amount reads "0.84 USD" left to right, not "USD 0.84" mirrored.
    expect(await direction(charge.locator('span[dir="ltr"]'))).toBe('ltr');
    await expect(page.getByLabel('الرصيد بعد الطلب')).toHaveText('99.16 USD');
    await shoot(page, 'ar-single-light');

    await page.getByRole('tab', { name: 'طلب جماعي' }).click();
    const box = page.getByLabel('الطلبات، طلب واحد في كل سطر');
    expect(await direction(box)).toBe('ltr');
    const line = (i: number) => `3226 | https://www.instagram.com/p/mass${i}/ | 100`;
    await box.fill(Array.from({ length: 3 }, (_, i) => line(i)).join('\n'));
    await expect(page.getByRole('button', { name: 'إرسال 3 طلبات' })).toBeEnabled();
    await box.fill(Array.from({ length: 11 }, (_, i) => line(i)).join('\n'));
    await expect(page.getByRole('button', { name: 'إرسال 11 طلبًا' })).toBeEnabled();
    await box.fill(Array.from({ length: 2 }, (_, i) => line(i)).join('\n'));
    await expect(page.getByRole('button', { name: 'إرسال طلبين' })).toBeEnabled();
    await expect(page.getByRole('table', { name: 'معاينة' }).getByRole('columnheader').first()).toHaveText('السطر');
    await shoot(page, 'ar-mass-light');
  });
});

for (const browserLanguage of ['ru', 'ar']) {
  test.describe(`${browserLanguage}, dark`, () => {
    test.use({ browserLanguage, colorScheme: 'dark' });

    test('screenshots of the form and the mass order', async ({ openPage }) => {
      const page = await openWithService(openPage, '3226');
      await page.locator('#field-quantity').fill('1000');
      await expect(page.locator('#charge')).not.toHaveText('—');
      await shoot(page, `${browserLanguage}-single-dark`);
      await page.getByRole('tab').nth(1).click();
      await page.locator('#mass-text').fill(['3226 | https://www.instagram.com/p/a/ | 100', '999999 | https://www.instagram.com/p/b/ | 100', '3226 | https://www.instagram.com/p/c/ | 5'].join('\n'));
      await expect(page.locator('#mass-text')).not.toHaveValue('');
      await shoot(page, `${browserLanguage}-mass-dark`);
    });
  });
}
