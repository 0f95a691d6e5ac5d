/**
 * Panels that answer the way real scripts do (issue 12, section 1), through the built
 * extension: a panel whose every answer carries PHP notices is set up, ordered on and
 * tracked; drip-feeds and subscriptions are shown as such; balances in local formats or
 * without a currency are shown as the panel gave them; the panel form explains why a
 * connection fails.
 */
import type { Page } from '@playwright/test';
import { openForm, pickService, POST } from './quick-order-form';
import { test, expect, type SimHandle } from './fixtures';
import { seedPanels } from '../../testing/seed';

async function savePanel(options: Page, name: string, apiUrl: string, key = 'demo-key'): Promise<void> {
  await options.getByLabel('Panel name').fill(name);
  await options.getByLabel('API URL').fill(apiUrl);
  await options.getByLabel('API key').fill(key);
  await options.getByRole('button', { name: 'Save panel' }).click();
}

test.describe('a panel whose every answer carries PHP notices', () => {
  test.use({ panelOptions: { dialect: 'php-notices', apiPath: '/api/v1', clockSpeed: 0 } });

  test('is set up from the options page, ordered on through the quick-order form, and tracked to Completed', async ({ openPage, panel }) => {
    // Every answer: a BOM, a notice before the JSON, a deprecation and a warning after it, as text/html.
    const raw = await fetch(panel.apiUrl, { method: 'POST', body: new URLSearchParams({ key: 'demo-key', action: 'balance' }) });
    expect(raw.headers.get('content-type')).toMatch(/text\/html/);
    expect(await raw.text()).toMatch(/^<br \/>\n<b>Notice<\/b>:.*\{"balance":"100\.00000","currency":"USD"\}.*<b>Warning<\/b>/s);

    const options = await openPage('options.html');
    await savePanel(options, 'Notice panel', panel.apiUrl);
    await expect(options.getByRole('status')).toContainText('Connected. Balance: 100.00 USD');
    await expect(options.getByRole('list', { name: 'Panels' })).toContainText('/api/v1');

    const form = await openForm(openPage);
    await pickService(form, '3226');
    await form.getByLabel('Quantity').fill('1000');
    await expect(form.getByLabel('Charge')).toHaveText('0.84 USD');
    await form.getByRole('button', { name: 'Place order' }).click();
    await expect(form.getByRole('status').filter({ hasText: 'placed' })).toContainText('Order 10001 placed.');
    expect(await panel.control.orders()).toEqual([expect.objectContaining({ id: '10001', service: '3226', quantity: 1000 })]);

    const popup = await openPage('popup.html');
    const row = (status: string) => popup.getByRole('button', { name: new RegExp(`^Order 10001: Instagram Likes .* ${status} `) });
    await popup.getByRole('button', { name: 'Check now' }).click();
    await expect(row('Pending')).toBeVisible();
    await panel.control.completeAll();
    await popup.getByRole('button', { name: 'Check now' }).click();
    await expect(row('Completed')).toBeVisible();
    await expect(popup.getByRole('heading', { name: 'Active (0)' })).toBeVisible();
    expect((await panel.control.stats()).counts['status:orders']).toBeGreaterThanOrEqual(2);
  });
});

test.describe('drip-feeds and subscriptions (Perfect Panel answers)', () => {
  const SERVICES = [
    { service: 11, name: 'Instagram Followers [Drip-feed]', type: 'Default', category: 'Instagram Followers', rate: '0.90', min: '50', max: '10000', refill: true, cancel: true, dripfeed: true },
    { service: 12, name: 'Instagram Auto Likes', type: 'Subscriptions', category: 'Instagram Auto Likes', rate: '2', min: '50', max: '5000', refill: false, cancel: false },
  ];
  test.use({ panelOptions: { dialect: 'perfect-panel', services: SERVICES, clockSpeed: 0 } });

  async function subscribe(openPage: (p: string) => Promise<Page>, username: string): Promise<void> {
    const form = await openForm(openPage, `https://www.instagram.com/${username}/`);
    await pickService(form, '12');
    await form.getByLabel('Username').fill(username);
    await form.getByLabel('Min per post').fill('50');
    await form.getByLabel('Max per post').fill('100');
    await form.getByLabel('Delay').selectOption('0');
    await form.getByRole('button', { name: 'Place order' }).click();
    await expect(form.getByText(/Order \d+ placed\./)).toBeVisible();
    await form.close();
  }

  test('each is shown as what it is, with its runs or posts, and a paused or expired subscription is never "Completed"', async ({ openPage, worker, panel }) => {
    await seedPanels(worker, [{ id: 'pp', name: 'Perfect panel', apiUrl: panel.apiUrl, key: panel.key }]);
    const form = await openForm(openPage);
    await pickService(form, '11');
    await form.getByLabel('Quantity').fill('100');
    await form.getByLabel('Drip-feed (deliver in runs)').check();
    await form.getByLabel('Runs', { exact: true }).fill('3');
    await form.getByLabel('Interval').fill('10');
    await expect(form.getByLabel('Quantity per run')).toHaveValue('100');
    await expect(form.getByLabel('Units')).toHaveText('100 per run × 3 runs = 300');
    await expect(form.getByLabel('Charge (all runs)')).toHaveText('0.27 USD');
    await form.getByRole('button', { name: 'Place order' }).click();
    await expect(form.getByText('Order 10001 placed.')).toBeVisible();
    await form.close();
    await subscribe(openPage, 'creator_pp-fate=paused');
    await subscribe(openPage, 'brand_pp-fate=expired');

    // 25 minutes on: all three runs done; one post on the paused subscription, two (and its end) on the expired one.
    await panel.control.advance(30_000 + 25 * 60_000);
    const popup = await openPage('popup.html');
    await popup.getByRole('button', { name: 'Check now' }).click();
    await expect(popup.getByRole('button', { name: /^Order 10001: .*Drip-feed · 3 of 3 runs/ })).toBeVisible();
    const paused = popup.getByRole('button', { name: /^Order 10002: Instagram Auto Likes/ });
    await expect(paused).toContainText('Subscription · 1 post');
    await expect(paused).toContainText('Paused');
    await expect(paused).not.toContainText('Completed');
    const expired = popup.getByRole('button', { name: /^Order 10003: Instagram Auto Likes/ });
    await expect(expired).toContainText('Expired');
    await expect(expired).not.toContainText('Completed');
    // Paused is not over (still polled); Expired and the drip-feed are.
    await expect(popup.getByRole('heading', { name: 'Active (1)' })).toBeVisible();

    const drip = await openPage('orders.html?order=pp%3A10001');
    await expect(drip.getByRole('heading', { name: 'Drip-feed 10001' })).toBeVisible();
    const dripFields = drip.getByRole('complementary');
    await expect(dripFields).toContainText('Quantity per run100');
    await expect(dripFields).toContainText('Runs3 done of 3, every 10 min');
    await expect(dripFields).toContainText('Total quantity300');
    await expect(dripFields).toContainText('Run orders1000101, 1000102, 1000103');

    const sub = await openPage('orders.html?order=pp%3A10002');
    await expect(sub.getByRole('heading', { name: 'Subscription 10002' })).toBeVisible();
    const subFields = sub.getByRole('complementary');
    await expect(subFields).toContainText('Posts1');
    await expect(subFields).toContainText('Post orders1000201');
    await expect(subFields).toContainText('StatusPaused');
    await expect(sub.getByRole('button', { name: 'Refill this order' })).toBeDisabled();
  });
});

test.describe('balances as the panel writes them', () => {
  test('"1 234,56 ₽" is read; a figure that cannot be read is shown as written; no currency is said', async ({ openPage, worker, startPanel }) => {
    const rub = await startPanel({ dialect: 'rental', balance: '1234.56', currency: 'RUB' });
    const ambiguous = await startPanel({ dialect: { balance: 'ambiguous' }, balance: '12500' });
    const unstated = await startPanel({ dialect: { currencyField: false }, balance: '100' });
    await seedPanels(worker, [
      { id: 'rub', name: 'Ruble panel', apiUrl: rub.apiUrl, key: rub.key },
      { id: 'amb', name: 'Grouped panel', apiUrl: ambiguous.apiUrl, key: ambiguous.key },
      { id: 'none', name: 'Plain panel', apiUrl: unstated.apiUrl, key: unstated.key },
    ]);
    const popup = await openPage('popup.html');
    const switcher = popup.getByRole('list', { name: 'Panels' });
    await expect(switcher.getByRole('button', { name: /Ruble panel/ })).toContainText('1,234.56 ₽');
    await expect(switcher.getByRole('button', { name: /Grouped panel/ })).toContainText('12,500 (as written)');
    await expect(switcher.getByRole('button', { name: /Plain panel/ })).toContainText('100.00 (no currency)');
    const balance = popup.getByRole('region', { name: 'Balance' });
    await expect(balance).toContainText('1,234.56 ₽');
    await switcher.getByRole('button', { name: /Grouped panel/ }).click();
    await expect(balance).toContainText('12,500 (as the panel wrote it: the format is ambiguous)');
    await switcher.getByRole('button', { name: /Plain panel/ }).click();
    await expect(balance).toContainText('100.00 (currency not stated)');
    await expect(balance).not.toContainText('USD');

    // Ordering on the panel without a currency: the charge says so too.
    const form = await openPage(`quick-order.html?url=${encodeURIComponent(POST)}&panel=none`);
    await expect(form.getByText('Loading the service list…')).toBeHidden();
    const panelPicker = form.getByRole('combobox', { name: 'Panel', exact: true });
    await expect(panelPicker).toHaveValue('none');
    await expect(panelPicker.getByRole('option', { name: 'Plain panel — 100.00 (currency not stated)' })).toBeAttached();
    await pickService(form, '3226');
    await form.getByLabel('Quantity').fill('1000');
    await expect(form.getByLabel('Charge')).toHaveText('0.84');
    await expect(form.getByLabel('Charge')).toHaveAccessibleDescription('currency not stated');
  });
});

test.describe('a panel that bills its services in another currency than its balance', () => {
  test.use({ panelOptions: { dialect: { serviceCurrency: 'EUR' }, currency: 'USD' } });

  test('the single and the mass order charge in the service’s currency, never the balance’s', async ({ openPage, worker, panel }) => {
    await seedPanels(worker, [{ id: 'demo', name: 'Euro panel', apiUrl: panel.apiUrl, key: panel.key }]);
    const form = await openForm(openPage);
    await pickService(form, '3226');
    await form.getByLabel('Quantity').fill('1000');
    await expect(form.getByLabel('Charge')).toHaveText('0.84 EUR');

    await form.getByRole('tab', { name: 'Mass order' }).click();
    await form.getByLabel('Orders, one per line').fill(['3226 | https://www.instagram.com/p/eur1/ | 1000', '3226 | https://www.instagram.com/p/eur2/ | 500'].join('\n'));
    const preview = form.getByRole('table', { name: 'Preview' });
    await expect(preview.getByRole('row').nth(1)).toContainText('0.84 EUR');
    await expect(form.getByText('2 to send · total 1.26 EUR')).toBeVisible();
    await expect(form.getByText(/total .*USD/)).toHaveCount(0);
    expect((await panel.control.stats()).counts.add ?? 0).toBe(0);
  });
});

test.describe('the panel form says why a panel cannot be connected, and what to do', () => {
  async function check(openPage: (p: string) => Promise<Page>, apiUrl: string) {
    const options = await openPage('options.html');
    await savePanel(options, 'New panel', apiUrl);
    return options.getByRole('alert');
  }

  test('an IP whitelist, a disabled API, a Cloudflare page, a login page, a wrong path', async ({ openPage, panel, startPanel }) => {
    const whitelisted: SimHandle = await startPanel({ dialect: 'ip-whitelist' });
    const ip = await check(openPage, whitelisted.apiUrl);
    await expect(ip).toContainText('Not connected: this computer’s IP address is not on the panel’s whitelist.');
    await expect(ip).toContainText('IP not allowed');
    await expect(ip).toContainText('Add this computer’s public IP address on the panel’s API page');

    await whitelisted.control.setDialect('api-disabled');
    const disabled = await check(openPage, whitelisted.apiUrl);
    await expect(disabled).toContainText('Not connected: API access is off for this account.');
    await expect(disabled).toContainText('API is Disable for this user or User Not Found! Contact the Support');

    await panel.control.setFault({ kind: 'html', times: 1 });
    const cloudflare = await check(openPage, panel.apiUrl);
    await expect(cloudflare).toContainText('Not connected: a browser check stands in front of the panel’s API.');
    await expect(cloudflare).toContainText('Just a moment...');
    await expect(cloudflare).toContainText('let the API URL through the check');

    await panel.control.setFault({ kind: 'login', times: 1 });
    const login = await check(openPage, panel.apiUrl);
    await expect(login).toContainText('A login page (“Login | SMM Panel”) came back');
    await expect(login).toContainText('this address is the panel’s website, not its API URL');

    const wrongPath = await check(openPage, `${panel.url}/api/v9`);
    await expect(wrongPath).toContainText('404 Not Found');
    await expect(wrongPath).toContainText('The API URL’s path is wrong');
  });
});
