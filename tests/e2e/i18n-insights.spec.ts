/**
 * The orders page's insight views in the browser's language (docs/i18n.md): Spending (the
 * chart's name, the tables' headers, exact totals with the language's separators), Catalog
 * changes (old → new in words, counts in plural forms) and the import form, in Russian and in
 * Arabic — right to left there, with the chart mirrored and the values left to right.
 */
import type { Page, Worker } from '@playwright/test';
import { test, expect } from './fixtures';
import { seedOrders, seedPanels } from '../../testing/seed';
import { makeOrder } from '../../testing/orders';
import type { CatalogChangeLog } from '../../utils/catalog/change-log';

const DAY = 86_400_000;

/** Two panels; on "Demo panel" 1234.5 + 0.1234567 USD and three running orders PanelPilot estimates at 0.5 USD each; 0.25 USD on the other. */
async function seedSpending(worker: Worker): Promise<void> {
  await seedPanels(worker, [
    { id: 'demo', name: 'Demo panel', apiUrl: 'http://127.0.0.1:9/api/v2', key: 'k' },
    { id: 'other', name: 'Other panel', apiUrl: 'http://127.0.0.1:9/api/v2', key: 'k' },
  ]);
  const noon = new Date();
  noon.setHours(12, 0, 0, 0);
  const at = (daysAgo: number) => noon.getTime() - daysAgo * DAY;
  const done = { status: 'completed' as const, statusText: 'Completed', currency: 'USD', remains: 0 };
  const running = { status: 'in_progress' as const, statusText: 'In progress', charge: null, currency: 'USD', estimatedCharge: '0.5' };
  await seedOrders(worker, [
    makeOrder('demo', '1', { ...done, charge: '1234.5', createdAt: at(3) }),
    makeOrder('demo', '2', { ...done, charge: '0.1234567', createdAt: at(1) }),
    makeOrder('other', '3', { ...done, charge: '0.25', createdAt: at(1) }),
    // Not priced by the panel yet: counted at PanelPilot's estimate (3: Russian "few").
    ...['4', '5', '6'].map((id, i) => makeOrder('demo', id, { ...running, createdAt: at(0) + i * 60_000 })),
  ]);
}

/** A refresh found a rate rise and a guarantee dropped on a watched service, and counted others. */
async function seedCatalogChanges(worker: Worker): Promise<void> {
  await seedPanels(worker, [{ id: 'demo', name: 'Demo panel', apiUrl: 'http://127.0.0.1:9/api/v2', key: 'k' }]);
  const at = Date.now() - 60_000;
  const log: CatalogChangeLog = {
    entries: [
      { at, panelId: 'demo', serviceId: '3226', name: 'Instagram Likes [R30]', changes: [{ kind: 'rate', direction: 'up', from: '1000', to: '1250.5', percent: '25.1', currency: 'USD' }] },
      { at, panelId: 'demo', serviceId: '3255', name: 'Instagram Followers', changes: [{ kind: 'guarantee', from: 'days:30', to: 'none' }] },
    ],
    refreshes: [{ at, panelId: 'demo', unwatched: { rateUp: 3, rateDown: 5, terms: 0, removed: 0, back: 0, added: 0 } }],
  };
  await worker.evaluate((value) => (globalThis as any).chrome.storage.local.set({ catalogChanges: value }), log);
}

/** The header's "Import orders" button (named by the orders page, extracted separately): the one that opens a form. */
const importButton = (page: Page) => page.locator('.page-head button[aria-expanded]');

async function htmlLangDir(page: Page): Promise<[string, string]> {
  return page.evaluate(() => [document.documentElement.lang, document.documentElement.dir] as [string, string]);
}

test.describe('in a Russian browser', () => {
  test.use({ browserLanguage: 'ru' });

  test('Spending: chart, table headers and exact totals in Russian; 3 estimated orders in the "few" form', async ({ openPage, worker }) => {
    await seedSpending(worker);
    const page = await openPage('orders.html?view=spending');
    const view = page.getByRole('tabpanel');
    await expect(view.getByRole('heading', { name: 'Расходы' })).toBeVisible();
    expect(await htmlLangDir(page)).toEqual(['ru', 'ltr']);
    await expect(view.getByRole('img', { name: 'Расходы по дням' })).toBeVisible();
    await expect(view.getByRole('combobox', { name: 'Период' })).toHaveValue('day');
    await expect(view.getByRole('combobox', { name: 'Диапазон' }).getByRole('option', { name: 'Последние 30 дней' })).toBeAttached();
    const table = view.getByRole('region', { name: 'Расходы по дням: таблица, USD' });
    await expect(table.getByRole('row').first()).toHaveText(/День\s*Потрачено\s*Заказы/);
    // The split per panel: exact to the 7th decimal, Russian separators (a space between thousands, a decimal comma).
    const split = view.getByRole('table', { name: 'Расходы по панелям, USD' });
    await expect(split.getByRole('row')).toHaveText([/Панель\s*Потрачено\s*Заказы/, /Demo panel\s*1\s236,1234567\sUSD\s*5/, /Other panel\s*0,25\sUSD\s*1/]);
    await expect(view.getByText('3 заказа учтены по оценке PanelPilot (панель не сообщила стоимость).')).toBeVisible();
    await expect(view.getByText(/Возвраты вычтены: частично выполненный заказ/)).toBeVisible();
    await view.getByRole('combobox', { name: 'Период' }).selectOption('week');
    await expect(view.getByRole('img', { name: 'Расходы по неделям' })).toBeVisible();
    await expect(view.getByRole('button', { name: 'Экспорт расходов в CSV' })).toBeEnabled();
  });

  test('Catalog changes: old → new in Russian words and separators; other services counted in plural forms', async ({ openPage, worker }) => {
    await seedCatalogChanges(worker);
    const page = await openPage('orders.html?view=catalog');
    const view = page.getByRole('tabpanel');
    await expect(view.getByRole('heading', { name: 'Изменения каталога' })).toBeVisible();
    const rows = view.getByRole('table').getByRole('row');
    await expect(rows.first()).toHaveText(/Найдено\s*Панель\s*Услуга\s*Изменение/);
    await expect(rows.filter({ hasText: '3226' })).toContainText(/Цена 1\s000,00 → 1\s250,50\sUSD \(\+25,1\s%\)/);
    await expect(rows.filter({ hasText: '3255' })).toContainText('Гарантия Рефилл на 30 дней → Без рефилла');
    await expect(view.getByText(/Среди услуг, которыми вы не пользовались: 3 подорожания, 5 снижений цены\./)).toBeVisible();
  });

  test('the import form: labels in Russian, ids counted in the "few" form', async ({ openPage, worker }) => {
    await seedSpending(worker);
    const page = await openPage('orders.html');
    await importButton(page).click();
    const form = page.getByRole('form', { name: 'Импорт заказов' });
    await expect(form.getByRole('heading', { name: 'Импорт заказов' })).toBeVisible();
    await form.getByRole('textbox', { name: 'ID заказов' }).fill('101\n102, 103\n103\nhttps://x.y');
    await expect(form.getByText(/По одному в строке или через запятую\. Прочитано 3 ID заказов\. 1 ID указан дважды \(импортируется один раз\); пропущено, не ID заказов: https:\/\/x\.y/)).toBeVisible();
    await expect(form.getByRole('combobox', { name: 'Панель, на которой сделаны заказы' })).toBeVisible();
    await expect(form.getByRole('button', { name: 'Начать отслеживание' })).toBeEnabled();
  });
});

test.describe('in an Arabic browser', () => {
  test.use({ browserLanguage: 'ar' });

  test('Spending right to left: the table’s first column on the right, the chart mirrored, money left to right', async ({ openPage, worker }) => {
    await seedSpending(worker);
    const page = await openPage('orders.html?view=spending');
    const view = page.getByRole('tabpanel');
    await expect(view.getByRole('heading', { name: 'الإنفاق' })).toBeVisible();
    expect(await htmlLangDir(page)).toEqual(['ar', 'rtl']);
    const chart = view.getByRole('img', { name: 'الإنفاق اليومي' });
    await expect(chart).toBeVisible();
    // The currency is a substitution: isolated (FSI…PDI) inside the Arabic name.
    const split = view.getByRole('table', { name: /^الإنفاق حسب اللوحة، \u2068?USD\u2069?$/ });
    const panelHead = (await split.getByRole('columnheader', { name: 'اللوحة' }).boundingBox())!;
    const spentHead = (await split.getByRole('columnheader', { name: 'المُنفَق' }).boundingBox())!;
    expect(panelHead.x).toBeGreaterThan(spentHead.x + spentHead.width - 1);
    // Time runs from the right: the oldest day's bar is right of today's.
    const bars = chart.locator('rect');
    const first = (await bars.first().boundingBox())!;
    const last = (await bars.last().boundingBox())!;
    expect(first.x).toBeGreaterThan(last.x);
    // The total stays exact and reads left to right inside the Arabic row.
    const amount = split.getByRole('row').filter({ hasText: 'Demo panel' }).locator('span[dir="ltr"]', { hasText: 'USD' });
    await expect(amount).toHaveText(/1,236\.1234567\sUSD/);
    expect(await amount.evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
    await expect(view.getByText(/3 طلبات احتُسبت بتقدير PanelPilot/)).toBeVisible();
  });

  test('Catalog changes and the import form in Arabic', async ({ openPage, worker }) => {
    await seedCatalogChanges(worker);
    const page = await openPage('orders.html?view=catalog');
    const view = page.getByRole('tabpanel');
    await expect(view.getByRole('heading', { name: 'تغييرات الكتالوج' })).toBeVisible();
    await expect(view.getByRole('table').getByRole('row').filter({ hasText: '3255' })).toContainText(/الضمان \u2068?إعادة تعبئة لمدة 30 يومًا\u2069? ← \u2068?بدون إعادة تعبئة\u2069?/);
    await expect(view.getByRole('columnheader', { name: 'التغيير' })).toBeVisible();

    const orders = await openPage('orders.html');
    await importButton(orders).click();
    const form = orders.getByRole('form', { name: 'استيراد الطلبات' });
    await form.getByRole('textbox', { name: 'معرّفات الطلبات' }).fill('101\n102\n103');
    await expect(form.getByText(/قُرئت 3 معرّفات طلبات\./)).toBeVisible();
    await expect(form.getByRole('button', { name: 'بدء المتابعة' })).toBeEnabled();
  });
});
