import { test, expect } from './fixtures';
import { readStorage } from '../../testing/seed';

test('a new user adds the simulator as a panel and sees its balance in the popup', async ({ openPage, panel, worker }) => {
  const options = await openPage('options.html');
  await expect(options.getByText('Connect your first panel.')).toBeVisible();
  await options.getByLabel('Panel name').fill('Demo panel');
  await options.getByLabel('API URL').fill(panel.apiUrl);
  await options.getByLabel('API key').fill('demo-key');
  await options.getByRole('button', { name: 'Save panel' }).click();
  await expect(options.getByRole('status')).toContainText('Connected. Balance: 100.00 USD');
  await expect(options.getByRole('list', { name: 'Panels' })).toContainText('Demo panel');
  // The form is ready for the next panel: a second click cannot add this one twice.
  await expect(options.getByLabel('Panel name')).toHaveValue('');
  await expect(options.getByLabel('API key')).toHaveValue('');
  expect(await readStorage<unknown[]>(worker, 'panels')).toHaveLength(1);

  // The key is stored apart from the profile, which pages read.
  const panels = await readStorage<{ name: string }[]>(worker, 'panels');
  expect(JSON.stringify(panels)).not.toContain('demo-key');

  const popup = await openPage('popup.html');
  await expect(popup.getByText('100.00 USD')).toBeVisible();
  await expect(popup.getByRole('button', { name: 'New order' })).toBeVisible();
});

test('a wrong key shows the panel’s words beside the form and keeps what was typed', async ({ openPage, panel, worker }) => {
  const options = await openPage('options.html');
  await options.getByLabel('Panel name').fill('My panel');
  await options.getByLabel('API URL').fill(panel.apiUrl);
  await options.getByLabel('API key').fill('not-the-key');
  await options.getByRole('button', { name: 'Save panel' }).click();
  await expect(options.getByRole('alert')).toContainText('Invalid API key');
  await expect(options.getByRole('alert')).toContainText('copy it again');
  await expect(options.getByLabel('Panel name')).toHaveValue('My panel');
  await expect(options.getByLabel('API URL')).toHaveValue(panel.apiUrl);
  await expect(options.getByLabel('API key')).toHaveValue('not-the-key');
  expect(await readStorage(worker, 'panels')).toBeUndefined();
});

test('a Cloudflare page says a browser check stands in front of the API', async ({ openPage, panel }) => {
  await panel.control.setFault({ kind: 'html', times: 1 });
  const options = await openPage('options.html');
  await options.getByLabel('Panel name').fill('Behind Cloudflare');
  await options.getByLabel('API URL').fill(panel.apiUrl);
  await options.getByLabel('API key').fill('demo-key');
  await options.getByRole('button', { name: 'Save panel' }).click();
  await expect(options.getByRole('alert')).toContainText('a browser check stands in front of the panel’s API');
  await expect(options.getByRole('alert')).toContainText('Just a moment...');
});

test('a second panel is added and switched to in the popup', async ({ openPage, panel, startPanel }) => {
  const second = await startPanel({ balance: '7.5', currency: 'EUR' });
  const options = await openPage('options.html');
  for (const [name, sim] of [['First panel', panel], ['Second panel', second]] as const) {
    await options.getByLabel('Panel name').fill(name);
    await options.getByLabel('API URL').fill(sim.apiUrl.replace('127.0.0.1', 'localhost'));
    await options.getByLabel('API key').fill('demo-key');
    await options.getByRole('button', { name: 'Save panel' }).click();
    await expect(options.getByRole('list', { name: 'Panels' })).toContainText(name);
  }
  const popup = await openPage('popup.html');
  const switcher = popup.getByRole('list', { name: 'Panels' });
  // Every panel's balance at a glance; the default panel is the one shown below.
  await expect(switcher.getByRole('button', { name: /First panel/ })).toContainText('100.00 USD');
  await expect(switcher.getByRole('button', { name: /Second panel/ })).toContainText('7.50 EUR');
  await expect(switcher.getByRole('button', { name: /First panel/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(popup.getByRole('region', { name: 'Balance' })).toContainText('100.00 USD');
  await switcher.getByRole('button', { name: /Second panel/ }).click();
  await expect(switcher.getByRole('button', { name: /Second panel/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(popup.getByRole('region', { name: 'Balance' })).toContainText('7.50 EUR');
});

test('settings persist; an interval under the minimum is refused with a message', async ({ openPage, worker }) => {
  const options = await openPage('options.html');
  await options.getByLabel('Check order status every (seconds)').fill('5');
  await options.getByRole('button', { name: 'Save settings' }).click();
  await expect(options.getByRole('alert')).toContainText('at most every 30 seconds');
  await options.getByLabel('Check order status every (seconds)').fill('300');
  await options.getByLabel('Order partially delivered').uncheck();
  await options.getByRole('button', { name: 'Save settings' }).click();
  await expect(options.getByText('Settings saved.')).toBeVisible();
  const settings = await readStorage<{ pollIntervalSec: number; notify: { partial: boolean } }>(worker, 'settings');
  expect(settings.pollIntervalSec).toBe(300);
  expect(settings.notify.partial).toBe(false);
  await expect.poll(() => worker.evaluate(async () => (await (globalThis as any).chrome.alarms.get('panelpilot-poll'))?.periodInMinutes)).toBe(5);
  await options.reload();
  await expect(options.getByLabel('Check order status every (seconds)')).toHaveValue('300');
});
