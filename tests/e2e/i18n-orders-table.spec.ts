/**
 * The orders table in the browser's language (issue 16): column headers, the table's and its
 * checkboxes' names, the header count with its plural form, tooltips; in Arabic right to left,
 * with order ids and links still left to right. Screenshots (light and dark) go to
 * /tmp/orders-shots/ when PP_SHOTS=1.
 */
import type { Page, Worker } from '@playwright/test';
import { test, expect } from './fixtures';
import { seedOrders, seedPanels } from '../../testing/seed';
import { makeOrder } from '../../testing/orders';

/** 22 orders (a count that takes Russian "few" and Arabic "many"); order 1000 has 3 refills. */
async function seed(worker: Worker): Promise<void> {
  await seedPanels(worker, [{ id: 'p', name: 'Silent panel', apiUrl: 'http://127.0.0.1:9/api/v2', key: 'k' }]);
  const refill = (n: number) => ({ refillId: String(n), requestedAt: Date.now() - n * 60_000, status: 'completed' as const, statusText: 'Completed', lastCheckedAt: null, missing: false });
  await seedOrders(
    worker,
    Array.from({ length: 22 }, (_, i) =>
      makeOrder('p', String(1000 + i), {
        link: `https://www.instagram.com/p/post${i}/`,
        createdAt: Date.now() - i * 3_600_000,
        lastCheckedAt: Date.now() - 5 * 60_000,
        refills: i === 0 ? [refill(1), refill(2), refill(3)] : [],
      }),
    ),
  );
}

async function shots(page: Page, name: string): Promise<void> {
  if (!process.env.PP_SHOTS) return;
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: `/tmp/orders-shots/orders-${name}-${scheme}.png` });
  }
}

test.describe('in a Russian browser', () => {
  test.use({ browserLanguage: 'ru' });

  test('the orders table speaks Russian, counting 22 orders in the "few" form', async ({ openPage, worker }) => {
    await seed(worker);
    const page = await openPage('orders.html');
    const table = page.getByRole('table', { name: 'Заказы' });
    await expect(table).toBeVisible();
    for (const name of ['Заказ', 'Услуга', 'Ссылка', 'Стоимость', 'Статус', 'Создан']) await expect(table.getByRole('button', { name, exact: true })).toBeVisible();
    await expect(page.getByText('Отслеживается 22 заказа')).toBeVisible();
    await expect(page.getByRole('checkbox', { name: 'Выбрать все показанные заказы' })).toBeEnabled();
    await expect(page.getByRole('checkbox', { name: 'Выбрать заказ 1000' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Подробности заказа 1000' })).toBeVisible();
    await expect(page.getByTitle('3 рефилла')).toBeVisible();
    await shots(page, 'ru');
  });
});

test.describe('in an Arabic browser', () => {
  test.use({ browserLanguage: 'ar' });

  test('the orders table reads right to left in Arabic; ids and links stay left to right', async ({ openPage, worker }) => {
    await seed(worker);
    const page = await openPage('orders.html');
    const table = page.getByRole('table', { name: 'الطلبات' });
    await expect(table).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    const orderHeader = table.getByRole('button', { name: 'الطلب', exact: true });
    await expect(orderHeader).toBeVisible();
    await expect(table.getByRole('button', { name: 'التكلفة', exact: true })).toBeVisible();
    await expect(page.getByText(/\u2068?22\u2069? طلبًا متابَعًا/)).toBeVisible();
    // The select-all column is the table's first: in Arabic it sits right of the Order column.
    const selectAll = page.getByRole('checkbox', { name: 'تحديد كل الطلبات المعروضة' });
    const [box, header] = [await selectAll.boundingBox(), await orderHeader.boundingBox()];
    expect(box!.x).toBeGreaterThan(header!.x + header!.width);
    const id = page.getByRole('button', { name: /^تفاصيل الطلب \u2068?1000\u2069?$/ });
    await expect(id).toHaveText('1000');
    expect(await id.evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
    const link = page.getByRole('link', { name: 'instagram.com/p/post0/' });
    expect(await link.evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
    await shots(page, 'ar');
  });
});
