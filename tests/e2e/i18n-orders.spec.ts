/**
 * The Orders page in the browser's language (docs/i18n.md): with `--lang=ru` and `--lang=ar`
 * the heading, the views, the filters, the bulk bar with its count (Russian few/many, Arabic
 * many) and an order's details are in that language; in Arabic the page is laid out right to
 * left while order ids and links stay left to right.
 */
import type { Page, Worker } from '@playwright/test';
import { test, expect } from './fixtures';
import { seedOrders, seedPanels } from '../../testing/seed';
import { makeOrder } from '../../testing/orders';

const DAY = 24 * 60 * 60 * 1000;

/** `n` completed orders (nothing left to poll) on a panel nobody answers for, the first one with a 30-day guarantee. */
async function seedCompleted(worker: Worker, n: number): Promise<void> {
  await seedPanels(worker, [{ id: 'p', name: 'Silent panel', apiUrl: 'http://127.0.0.1:9/api/v2', key: 'k' }]);
  const completedAt = Date.now() - DAY;
  await seedOrders(
    worker,
    Array.from({ length: n }, (_, i) =>
      makeOrder('p', String(1001 + i), {
        status: 'completed',
        statusText: 'Completed',
        remains: 0,
        startCount: 120,
        charge: '0.9',
        currency: 'USD',
        createdAt: completedAt - DAY,
        lastCheckedAt: completedAt,
        history: [
          { at: completedAt - DAY, status: 'in_progress', statusText: 'In progress' },
          { at: completedAt, status: 'completed', statusText: 'Completed' },
        ],
        service: { id: '7', name: 'Instagram Followers [Refill 30D]', type: 'Default', category: 'Instagram', rate: '0.9', refill: true, cancel: false },
      }),
    ),
  );
}

const htmlLangDir = (page: Page) => page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]);
const rowCheckboxes = (page: Page) => page.getByRole('table').first().getByRole('checkbox');

test.describe('in a Russian browser', () => {
  test.use({ browserLanguage: 'ru' });

  test('the Orders page: heading, views, filters, the bulk bar counting in few and many forms', async ({ openPage, worker }) => {
    await seedCompleted(worker, 5);
    const page = await openPage('orders.html');
    await expect(page.getByRole('heading', { level: 1, name: 'Заказы' })).toBeVisible();
    expect(await htmlLangDir(page)).toEqual(['ru', 'ltr']);
    await expect(page.getByRole('tablist', { name: 'Раздел' }).getByRole('tab')).toHaveText(['Заказы', 'Изменения каталога', 'Расходы']);
    await expect(page.getByText('Отслеживается 5 заказов')).toBeVisible();

    const filters = page.getByRole('search', { name: 'Фильтр заказов' });
    await expect(filters.getByRole('searchbox', { name: 'Поиск по ссылке или номеру заказа' })).toBeVisible();
    const status = filters.getByRole('combobox', { name: /^Статус/ });
    await expect(status.getByRole('option', { name: 'Любой статус' })).toBeAttached();
    await status.selectOption({ label: 'Выполнен' });
    await expect(page.getByText('Отслеживается 5 заказов')).toBeVisible();
    await filters.getByRole('searchbox').fill('1001');
    await expect(page.getByText('Показано 1 из 5 заказов')).toBeVisible();
    await filters.getByRole('button', { name: 'Сбросить фильтры' }).click();

    const bar = page.getByRole('toolbar', { name: 'Действия с выбранными заказами' });
    await expect(bar.getByText('Заказы не выбраны')).toBeVisible();
    await rowCheckboxes(page).first().check();
    await expect(bar.getByText('Выбрано 5 заказов')).toBeVisible();
    await rowCheckboxes(page).nth(1).uncheck();
    await expect(bar.getByText('Выбрано 4 заказа')).toBeVisible();
    await expect(bar.getByRole('button', { name: 'Рефилл' })).toBeEnabled();
    // None of them can be cancelled (completed): the button says why.
    await expect(bar.getByRole('button', { name: 'Отменить' })).toBeDisabled();
    await expect(bar.getByRole('button', { name: 'Отменить' })).toHaveAccessibleDescription(/^Ни один из выбранных заказов нельзя отменить: /);
    await expect(bar.getByRole('button', { name: 'Проверить сейчас' })).toBeEnabled();
  });

  test('an order’s details: fields, actions, the refill guarantee and the history', async ({ openPage, worker }) => {
    await seedCompleted(worker, 1);
    const page = await openPage('orders.html?order=p:1001');
    const details = page.getByRole('complementary', { name: 'Заказ 1001' });
    await expect(details).toBeVisible();
    await expect(details.getByRole('button', { name: 'Закрыть подробности' })).toBeVisible();
    await expect(details.getByRole('button', { name: 'Рефилл этого заказа' })).toBeEnabled();
    await expect(details.getByRole('button', { name: 'Отменить этот заказ' })).toBeDisabled();
    await expect(details.getByRole('term')).toContainText(['Панель', 'Номер заказа', 'Услуга', 'Стоимость', 'Статус']);
    await expect(details.getByRole('definition').filter({ hasText: 'Instagram Followers [Refill 30D] (id 7, Default)' })).toBeVisible();
    await expect(details.getByRole('heading', { name: 'История статусов' })).toBeVisible();
    const guarantee = details.getByRole('region', { name: 'Гарантия рефилла' });
    await expect(guarantee).toContainText(/Открыто до .+ \(30 дней с выполнения, осталось 29 дней\)/);
  });
});

test.describe('in an Arabic browser', () => {
  test.use({ browserLanguage: 'ar' });

  test('the Orders page is right to left, counts in the many form, and keeps ids and links left to right', async ({ openPage, worker }) => {
    await seedCompleted(worker, 11);
    const page = await openPage('orders.html?order=p:1001');
    expect(await htmlLangDir(page)).toEqual(['ar', 'rtl']);
    const heading = page.getByRole('heading', { level: 1, name: 'الطلبات' });
    await expect(heading).toBeVisible();
    await expect(page.getByText('11 طلبًا متابَعًا')).toBeVisible();
    await expect(page.getByRole('search', { name: 'تصفية الطلبات' })).toBeVisible();

    // The heading starts the header row: on the right, the buttons after it on its left.
    const exportButton = page.getByRole('button', { name: 'تصدير CSV' });
    const [h, b] = [await heading.boundingBox(), await exportButton.boundingBox()];
    expect(h!.x).toBeGreaterThan(b!.x + b!.width);

    const details = page.getByRole('complementary', { name: 'الطلب 1001' });
    await expect(details.getByRole('button', { name: 'إعادة تعبئة هذا الطلب' })).toBeVisible();
    // Values stay left to right inside the right-to-left page.
    const id = details.getByRole('heading', { name: 'الطلب 1001' }).locator('[dir=ltr]');
    await expect(id).toHaveText('1001');
    expect(await id.evaluate((e) => getComputedStyle(e).direction)).toBe('ltr');
    const link = details.getByRole('link', { name: 'https://www.instagram.com/p/1001/' });
    expect(await link.evaluate((e) => getComputedStyle(e).direction)).toBe('ltr');
    const charge = details.getByRole('definition').filter({ hasText: '0.90 USD' }).first().locator('[dir=ltr]');
    await expect(charge).toHaveText('0.90 USD');
    expect(await charge.evaluate((e) => getComputedStyle(e).direction)).toBe('ltr');
  });
});
