/**
 * The Settings page in the browser's language (docs/i18n.md): Chromium started with `--lang=ru`
 * or `--lang=ar` shows the panel form, the tracking and auto-refill settings, the passphrase
 * lock and the language picker in that language; a bad value is refused in it, with its number
 * in the right plural form; Arabic is laid out right to left, addresses still left to right.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { seedPanels } from '../../testing/seed';

/** Where an element's text is drawn (a label is a block as wide as its field; its text is not). */
const textBox = (page: Page, selector: string) =>
  page.locator(selector).first().evaluate((e) => {
    const range = document.createRange();
    range.selectNodeContents(e);
    const r = range.getBoundingClientRect();
    return { x: r.x, width: r.width };
  });
const box = async (page: Page, selector: string) => (await page.locator(selector).first().boundingBox())!;

test.describe('in a Russian browser', () => {
  test.use({ browserLanguage: 'ru' });

  test('the Settings page speaks Russian: panel form, tracking, auto-refill, the lock and the language picker', async ({ openPage, worker, panel }) => {
    await seedPanels(worker, [{ id: 'demo', name: 'Demo panel', apiUrl: panel.apiUrl, key: panel.key }]);
    const options = await openPage('options.html');
    await expect(options.getByRole('heading', { level: 1, name: 'Настройки PanelPilot' })).toBeVisible();
    await expect(options).toHaveTitle('Настройки PanelPilot');

    // The panel list and the form.
    const panels = options.getByRole('list', { name: 'Панели' });
    await expect(panels).toContainText('Demo panel');
    await expect(panels.getByRole('button', { name: 'Изменить Demo panel' })).toBeVisible();
    await expect(options.getByRole('heading', { name: 'Добавить панель' })).toBeVisible();
    await expect(options.getByLabel('Название панели')).toHaveAttribute('placeholder', 'например, JustAnotherPanel');
    await options.getByLabel('URL API').fill('yourpanel.com');
    await expect(options.getByText('Будет использован https://yourpanel.com/api/v2')).toBeVisible();
    await expect(options.getByLabel('API-ключ')).toBeVisible();
    await expect(options.getByRole('button', { name: 'Сохранить панель' })).toBeVisible();

    // A bad interval: refused in Russian, its number in the many form, the saved one kept.
    const tracking = options.getByRole('form', { name: 'Отслеживание и уведомления' });
    await tracking.getByLabel('Проверять статус заказов каждые (секунд)').fill('5');
    await tracking.getByRole('button', { name: 'Сохранить настройки' }).click();
    await expect(tracking.getByRole('alert')).toHaveText('Проверять можно не чаще раза в 30 секунд: браузер не будит расширения чаще. Ваше значение 120 с сохранено.');
    await expect(tracking.getByRole('checkbox', { name: 'Рефилл завершён' })).toBeVisible();

    // Auto-refill: the per-panel switch, its count (50 → many), a refused knob with its bounds.
    const autoRefill = options.getByRole('region', { name: 'Авторефилл' });
    await expect(autoRefill.getByRole('checkbox', { name: 'Авторефилл всех заказов на Demo panel' })).toBeVisible();
    await expect(autoRefill.getByText('0 из 50 запросов за последние 24 часа')).toBeVisible();
    await autoRefill.getByLabel('Не больше запросов рефилла на панель в сутки').fill('0');
    await autoRefill.getByRole('button', { name: 'Сохранить настройки авторефилла' }).click();
    await expect(autoRefill.getByRole('alert')).toHaveText(/^Не больше запросов рефилла на панель в сутки: введите целое число от 1 до 1000\. Сохранённые настройки не изменились\.$/);

    // The passphrase lock.
    const lock = options.getByRole('region', { name: 'Блокировка парольной фразой' });
    await expect(lock.getByText('Не менее 8 символов.')).toBeVisible();
    await lock.getByLabel('Новая парольная фраза').fill('синий маяк');
    await lock.getByLabel('Повторите парольную фразу').fill('синий маяк!');
    await expect(lock.getByText('Парольные фразы не совпадают.')).toBeVisible();
    await expect(lock.getByRole('button', { name: 'Включить блокировку' })).toBeDisabled();

    // The language picker names the browser's language in itself.
    const picker = options.getByRole('combobox', { name: 'Язык PanelPilot' });
    await expect(picker).toHaveValue('auto');
    await expect(picker.getByRole('option', { name: 'Как в браузере (Русский)' })).toBeAttached();
  });
});

test.describe('in an Arabic browser', () => {
  test.use({ browserLanguage: 'ar' });

  test('the Settings page is Arabic and right to left; addresses stay left to right', async ({ openPage, worker, panel }) => {
    await seedPanels(worker, [{ id: 'demo', name: 'Demo panel', apiUrl: panel.apiUrl, key: panel.key }]);
    const options = await openPage('options.html');
    await expect(options.getByRole('heading', { level: 1, name: 'إعدادات PanelPilot' })).toBeVisible();
    expect(await options.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ar', 'rtl']);

    // Right to left: a label's text starts at the right edge of its field.
    const label = await textBox(options, 'label[for="panel-name"]');
    const field = await box(options, '#panel-name');
    expect(label.x).toBeGreaterThan(field.x + 20);
    expect(Math.abs(label.x + label.width - (field.x + field.width))).toBeLessThan(2);
    await expect(options.getByLabel('اسم اللوحة')).toBeVisible();

    // The panel's API URL and the typed one stay left to right.
    const url = options.getByRole('list', { name: 'اللوحات' }).getByText(panel.apiUrl);
    await expect(url).toHaveAttribute('dir', 'ltr');
    expect(await url.evaluate((e) => getComputedStyle(e).direction)).toBe('ltr');
    await expect(options.getByLabel('رابط API')).toHaveAttribute('dir', 'ltr');

    // A bad interval in Arabic: 30 takes the many form (ثانيةً).
    await options.getByLabel('التحقق من حالة الطلبات كل (ثانية)').fill('5');
    await options.getByRole('button', { name: 'حفظ الإعدادات', exact: true }).click();
    await expect(options.getByRole('alert')).toContainText('لا يمكن التحقق أكثر من مرة كل 30 ثانيةً');

    // The lock and auto-refill, by their Arabic names.
    await expect(options.getByRole('region', { name: 'القفل بعبارة المرور' }).getByRole('button', { name: 'تشغيل القفل' })).toBeDisabled();
    await expect(options.getByRole('region', { name: 'إعادة التعبئة التلقائية' }).getByRole('checkbox', { name: 'إعادة التعبئة التلقائية لكل طلب على Demo panel' })).toBeVisible();
  });

  test('a language that could not be saved leaves the picker usable, showing the language in use, with what to do', async ({ openPage }) => {
    const options = await openPage('options.html');
    const picker = options.getByRole('combobox', { name: 'لغة PanelPilot' });
    await expect(picker).toHaveValue('auto');
    // The worker does not answer this page any more (as when it is restarted mid-call).
    await options.evaluate(() => {
      const g = globalThis as any;
      for (const api of [g.chrome, g.browser]) if (api?.runtime) api.runtime.sendMessage = () => Promise.reject(new Error('Could not establish connection.'));
    });
    await picker.selectOption({ label: 'English' });
    await expect(options.getByRole('alert')).toHaveText('تعذّر حفظ اللغة. اخترها مرة أخرى؛ وإن فشل ذلك أيضًا فأعد تحميل هذه الصفحة وحاول مجددًا.');
    await expect(picker).toBeEnabled();
    await expect(picker).toHaveValue('auto');
    expect(await options.evaluate(() => document.documentElement.lang)).toBe('ar');
  });
});

test('Spanish chosen on the Settings page: the page comes back in Spanish and saving the other settings keeps it', async ({ openPage, worker }) => {
  const options = await openPage('options.html');
  const picker = options.getByRole('combobox', { name: 'Language of PanelPilot' });
  await expect(picker.getByRole('option', { name: 'The browser’s (English)' })).toBeAttached();
  await Promise.all([options.waitForEvent('load'), picker.selectOption({ label: 'Español' })]);
  await expect(options.getByRole('combobox', { name: 'Idioma de PanelPilot' })).toHaveValue('es');
  expect(await options.evaluate(() => [document.documentElement.lang, document.documentElement.dir, document.title])).toEqual(['es', 'ltr', 'Configuración de PanelPilot']);
  await options.getByRole('button', { name: 'Guardar configuración', exact: true }).click();
  await expect(options.getByText('Configuración guardada.')).toBeVisible();
  await expect.poll(() => worker.evaluate(async () => (await (globalThis as any).chrome.storage.local.get('settings')).settings.language)).toBe('es');
});
