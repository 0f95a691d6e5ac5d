/**
 * The popup (with orders) and the quick-order form's service picker in a Russian and an
 * Arabic browser (issue 16): headings, buttons and labels in the language, a count in its
 * few/many form, right to left in Arabic with ids, money and links still left to right.
 */
import type { Page, Worker } from '@playwright/test';
import { test, expect } from './fixtures';
import { POST } from './quick-order-form';
import { seedOrders, seedPanels } from '../../testing/seed';
import { makeOrder } from '../../testing/orders';

/** A panel with `active` active orders and `unconfirmed` attempts the panel never confirmed. */
async function seedPopup(worker: Worker, apiUrl: string, key: string, active: number, unconfirmed: number): Promise<void> {
  await seedPanels(worker, [{ id: 'demo', name: 'Demo panel', apiUrl, key }]);
  const now = Date.now();
  await seedOrders(worker, [
    ...Array.from({ length: active }, (_, i) => makeOrder('demo', String(500 + i), { createdAt: now - i * 60_000, status: 'in_progress', statusText: 'In progress', link: 'https://www.instagram.com/p/abc/' })),
    makeOrder('demo', '499', { status: 'completed', statusText: 'Completed', lastCheckedAt: now }),
  ]);
  const attempts = Array.from({ length: unconfirmed }, (_, i) => ({ id: `u${i}`, panelId: 'demo', serviceId: '1', serviceName: 'Instagram Followers', link: `https://www.instagram.com/p/u${i}/`, quantity: 100, estimatedCharge: '0.09', attemptedAt: now, reason: 'No answer within 20 s' }));
  await worker.evaluate(async (unconfirmed) => (globalThis as any).chrome.storage.local.set({ unconfirmed }), attempts);
}

const langDir = (page: Page) => page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]);

test.describe('in a Russian browser', () => {
  test.use({ browserLanguage: 'ru' });

  test('the popup with orders and the service picker are in Russian, counts in their few and many forms', async ({ worker, panel, openPage }) => {
    await seedPopup(worker, panel.apiUrl, panel.key, 3, 5);
    const popup = await openPage('popup.html');
    await expect(popup.getByRole('heading', { name: 'Активные (3)' })).toBeVisible();
    await expect(popup.getByRole('heading', { name: 'Недавно завершённые' })).toBeVisible();
    const actions = popup.getByRole('navigation', { name: 'Действия' });
    for (const name of ['Новый заказ', 'Заказы', 'Проверить сейчас', 'Настройки']) await expect(actions.getByRole('button', { name })).toBeVisible();
    await expect(popup.getByRole('region', { name: 'Баланс' })).toBeVisible();
    // 5 → many.
    await expect(popup.getByRole('region', { name: 'Неподтверждённые заказы' })).toContainText('5 заказов не подтверждены панелью.');
    await expect(popup.getByRole('button', { name: /^Заказ 500: / })).toBeVisible();
    expect(await langDir(popup)).toEqual(['ru', 'ltr']);

    const form = await openPage(`quick-order.html?url=${encodeURIComponent(POST)}`);
    const box = form.getByRole('combobox', { name: 'Услуга' });
    // The catalog is in once the likely service is preselected ("id · name").
    await expect(box).toHaveValue(/ · /);
    await expect(box).toHaveAttribute('placeholder', 'Поиск по названию, категории или ID');
    await box.click();
    await expect(form.getByRole('button', { name: /^Показаны услуги Instagram\. Показать все услуги$/ })).toBeVisible();
    await expect(form.getByRole('listbox', { name: 'Услуги' })).toBeVisible();
    // The count above the list, in the form its number takes (the simulator's catalog: several Instagram services).
    await expect(form.getByText(/^\d+ услуг[аи]? для Instagram$/)).toBeVisible();
    await box.fill('zzzzqqqq');
    await expect(form.getByText('Подходящих услуг нет. Попробуйте искать среди всех услуг.')).toBeVisible();
  });

  test('a count of 3 unconfirmed orders takes the few form', async ({ worker, panel, openPage }) => {
    await seedPopup(worker, panel.apiUrl, panel.key, 1, 3);
    const popup = await openPage('popup.html');
    await expect(popup.getByRole('region', { name: 'Неподтверждённые заказы' })).toContainText('3 заказа не подтверждены панелью.');
  });
});

test.describe('in an Arabic browser', () => {
  test.use({ browserLanguage: 'ar' });

  test('the popup is right to left in Arabic; ids and links stay left to right', async ({ worker, panel, openPage }) => {
    await seedPopup(worker, panel.apiUrl, panel.key, 2, 11);
    const popup = await openPage('popup.html');
    expect(await langDir(popup)).toEqual(['ar', 'rtl']);
    await expect(popup.getByRole('heading', { name: 'النشطة (2)' })).toBeVisible();
    // 11 → many.
    await expect(popup.getByRole('region', { name: 'الطلبات غير المؤكدة' })).toContainText('11 طلبًا لم تؤكدها اللوحة.');
    const actions = popup.getByRole('navigation', { name: 'الإجراءات' });
    const first = await actions.getByRole('button', { name: 'طلب جديد' }).boundingBox();
    const second = await actions.getByRole('button', { name: 'الطلبات' }).boundingBox();
    // The first button of the row sits at the start edge: on the right.
    expect(first!.x).toBeGreaterThan(second!.x);
    // t() isolates a value inside right-to-left text (FSI … PDI).
    const row = popup.getByRole('button', { name: /^الطلب \u2068?500\u2069?: / });
    await expect(row).toBeVisible();
    const id = row.locator('[dir="ltr"]').filter({ hasText: '#500' });
    await expect(id).toHaveCSS('direction', 'ltr');

    const form = await openPage(`quick-order.html?url=${encodeURIComponent(POST)}`);
    await expect(form.getByRole('combobox', { name: 'الخدمة' })).toHaveValue(/ · /);
    await form.getByRole('combobox', { name: 'الخدمة' }).click();
    await expect(form.getByRole('listbox', { name: 'الخدمات' })).toBeVisible();
    await expect(form.getByRole('listbox', { name: 'الخدمات' }).locator('.service-rate [dir="ltr"]').first()).toHaveCSS('direction', 'ltr');
  });
});
