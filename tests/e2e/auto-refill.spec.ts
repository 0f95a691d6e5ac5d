/**
 * Refill guarantees end to end against the simulator: an [R30] order's window shown from its
 * completion, the window filters, and "Auto-refill while the guarantee lasts" asking exactly
 * once per allowed interval and following each refill to Completed. The simulator's clock
 * stands still unless a test moves it. The e2e build allows a 15-second interval; the tests
 * fire the auto-refill alarm at once by creating it with `when` (the run puts the hourly one
 * back afterwards).
 */
import type { Page, Worker } from '@playwright/test';
import type { TrackedOrder } from '../../utils/orders/types';
import type { AutoRefillState } from '../../utils/tracker-state/auto-refill-state';
import { DEFAULT_SETTINGS } from '../../utils/settings';
import { test, expect, type SimHandle } from './fixtures';
import { readStorage, seedOrders, seedPanels, seedSettings } from '../../testing/seed';
import { makeOrder } from '../../testing/orders';

const SERVICES = [{ service: 1, name: 'Instagram Followers [R30]', type: 'Default', category: 'Instagram Followers', rate: '0.90', min: '50', max: '10000', refill: true, cancel: true }];
const R30 = { id: '1', name: 'Instagram Followers [R30]', type: 'Default', category: 'Instagram Followers', rate: '0.90', refill: true, cancel: true };
const INTERVAL_MS = 20_000;
const DAY = 24 * 3_600_000;

test.use({ panelOptions: { services: SERVICES, clockSpeed: 0 } });

test.beforeEach(async ({ worker, panel }) => {
  await seedPanels(worker, [{ id: 'demo', name: 'Demo panel', apiUrl: panel.apiUrl, key: panel.key }]);
});

/** As the pages write a time in English (utils/i18n/intl-format.ts formatDateTime), in this machine's time zone like the browser's. */
function localTime(at: number): string {
  return new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(at);
}

const stored = async (worker: Worker, key: string) => ((await readStorage<Record<string, TrackedOrder>>(worker, 'orders')) ?? {})[key]!;
const guaranteeOf = (page: Page) => page.getByRole('region', { name: 'Refill guarantee' });

/** Fires the auto-refill alarm now, as Chrome would. */
const fireAutoRefill = (worker: Worker) => worker.evaluate(() => (globalThis as any).chrome.alarms.create('panelpilot-auto-refill', { when: Date.now() }));

/** How many `refill` calls the panel received (batched or single). */
async function refillCalls(panel: SimHandle): Promise<number> {
  return (await panel.control.stats()).counts.refill ?? 0;
}

test('an [R30] order completes: the orders page shows its refill window’s end, and the window filters find it', async ({ openPage, panel, worker }) => {
  const { ids } = await panel.control.createOrders(1, { service: '1', quantity: 1000 });
  const key = `demo:${ids[0]}`;
  // As the quick-order form places it: its history starts "Placed".
  await seedOrders(worker, [makeOrder('demo', ids[0]!, { service: R30, history: [{ at: Date.now(), status: 'pending', statusText: 'Placed' }] })]);
  const page = await openPage(`orders.html?order=${encodeURIComponent(key)}`);
  await expect(guaranteeOf(page)).toContainText('30-day refill (“R30”)');
  await expect(guaranteeOf(page)).toContainText('The guarantee starts when the order is completed.');

  await panel.control.advance(200_000);
  await page.getByRole('button', { name: 'Check this order now' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Checked 1 order' })).toBeVisible();
  const completedAt = (await stored(worker, key)).history.find((h) => h.status === 'completed')!.at;
  await expect(guaranteeOf(page)).toContainText(`Open until ${localTime(completedAt + 30 * DAY)} (30 days from completion, 30 days left)`);

  const windowFilter = page.getByLabel('Refill window');
  await windowFilter.selectOption({ label: 'Window closing in 3 days' });
  await expect(page.getByText('No orders match these filters.')).toBeVisible();
  await windowFilter.selectOption({ label: 'Refill window open' });
  await expect(page.getByRole('checkbox', { name: `Select order ${ids[0]}`, exact: true })).toBeVisible();
  await expect(page.getByText('1 of 1 order shown').or(page.getByText('1 order tracked'))).toBeVisible();
});

test('auto-refill on: exactly one refill per allowed interval, each followed to Completed, none notified', async ({ openPage, panel, worker }) => {
  await seedSettings(worker, { autoRefill: { ...DEFAULT_SETTINGS.autoRefill, intervalHours: INTERVAL_MS / 3_600_000 } });
  const { ids } = await panel.control.createOrders(1, { service: '1', quantity: 1000, status: 'Completed' });
  const key = `demo:${ids[0]}`;
  const doneAt = Date.now();
  await seedOrders(worker, [
    makeOrder('demo', ids[0]!, {
      service: R30,
      status: 'completed',
      statusText: 'Completed',
      remains: 0,
      history: [
        { at: doneAt - 60_000, status: 'pending', statusText: 'Pending' },
        { at: doneAt, status: 'completed', statusText: 'Completed' },
      ],
    }),
  ]);
  await panel.control.reset();
  const page = await openPage(`orders.html?order=${encodeURIComponent(key)}`);
  const toggle = guaranteeOf(page).getByRole('checkbox', { name: 'Auto-refill while the guarantee lasts' });
  await expect(toggle).not.toBeChecked();
  await expect(toggle).toHaveAccessibleDescription(/^Off\. Turn it on here/);
  // Off by default: the alarm asks nothing.
  await fireAutoRefill(worker);
  await page.waitForTimeout(1000);
  expect(await refillCalls(panel)).toBe(0);

  await toggle.check();
  await expect(toggle).toHaveAccessibleDescription(/^On for this order\./);

  // The first ask: one interval after completion.
  await expect.poll(async () => (await fireAutoRefill(worker), refillCalls(panel)), { timeout: 40_000 }).toBe(1);
  // Within the interval, more alarms ask nothing more.
  for (let i = 0; i < 3; i++) {
    await fireAutoRefill(worker);
    await page.waitForTimeout(500);
  }
  expect(await refillCalls(panel)).toBe(1);
  const [first] = await panel.control.refills();
  expect(first!.order).toBe(ids[0]);
  const refills = page.getByRole('table', { name: `Refills of order ${ids[0]}` });
  await expect(refills.getByRole('row').nth(1)).toContainText(first!.id);
  await expect(toggle).toHaveAccessibleDescription(/A refill is still running\./);

  // The poll cycle follows it to its end on the panel.
  await panel.control.advance(70_000);
  await page.getByRole('button', { name: 'Check this order now' }).click();
  await expect(refills.getByRole('row').nth(1).getByText('Completed')).toBeVisible();

  // The next interval: exactly one more ask, not before the interval since the first.
  await expect.poll(async () => (await fireAutoRefill(worker), refillCalls(panel)), { timeout: 40_000 }).toBe(2);
  const state = await readStorage<AutoRefillState>(worker, 'autoRefill');
  const asks = state.panels.demo!.asks;
  expect(asks).toHaveLength(2);
  expect(asks[1]! - asks[0]!).toBeGreaterThanOrEqual(INTERVAL_MS);
  expect(asks[0]! - doneAt).toBeGreaterThanOrEqual(INTERVAL_MS);
  expect((await stored(worker, key)).refills.map((r) => r.refillId)).toEqual((await panel.control.refills()).map((r) => r.id));
  await expect(refills.getByRole('row')).toHaveCount(3);

  // A completed auto refill is what was expected: no notification about it.
  const notified = await worker.evaluate(async () => Object.keys(await (globalThis as any).chrome.notifications.getAll()));
  expect(notified.filter((id: string) => id.includes('refill'))).toEqual([]);
});

test('the options page turns auto-refill on for a panel; a panel rejecting refills is stopped with the reason and can be resumed', async ({ openPage, panel, worker }) => {
  await seedSettings(worker, { autoRefill: { ...DEFAULT_SETTINGS.autoRefill, intervalHours: INTERVAL_MS / 3_600_000, stopAfterRejections: 2 } });
  const { ids } = await panel.control.createOrders(2, { service: '1', quantity: 1000, status: 'Completed' });
  const doneAt = Date.now() - INTERVAL_MS;
  const history = [
    { at: doneAt - 60_000, status: 'pending' as const, statusText: 'Pending' },
    { at: doneAt, status: 'completed' as const, statusText: 'Completed' },
  ];
  await seedOrders(worker, ids.map((id) => makeOrder('demo', id, { service: R30, status: 'completed', statusText: 'Completed', remains: 0, history })));
  await panel.control.rejectRefills({ mode: 'ask' });
  await panel.control.reset();

  const options = await openPage('options.html');
  const section = options.getByRole('region', { name: 'Auto-refill' });
  await section.getByRole('checkbox', { name: 'Auto-refill every order on Demo panel' }).check();
  await expect.poll(() => readStorage(worker, 'autoRefillChoices')).toEqual({ panels: { demo: true }, services: {}, orders: {} });

  await expect.poll(async () => (await fireAutoRefill(worker), refillCalls(panel)), { timeout: 20_000 }).toBe(1);
  expect((await panel.control.stats()).batchSizes.refill).toEqual([2]);
  const stopped = section.getByRole('alert');
  await expect(stopped).toContainText('Auto-refill stopped: the panel rejected 2 refills in a row (last: “Refill is disabled for this service”)');
  await expect
    .poll(async () => worker.evaluate(async () => Object.values(await (globalThis as any).chrome.notifications.getAll()).length))
    .toBe(1);
  // Stopped: more alarms ask nothing.
  await fireAutoRefill(worker);
  await options.waitForTimeout(1000);
  expect(await refillCalls(panel)).toBe(1);

  await panel.control.clearRefillRules();
  await section.getByRole('button', { name: 'Resume auto-refill on Demo panel' }).click();
  await expect(stopped).toHaveCount(0);
  await expect.poll(async () => (await fireAutoRefill(worker), refillCalls(panel)), { timeout: 40_000 }).toBe(2);
  expect((await panel.control.stats()).batchSizes.refill).toEqual([2, 2]);
  expect((await panel.control.refills()).map((r) => r.order).sort()).toEqual([...ids].sort());
});

test('the auto-refill knobs are saved within their bounds; a wrong value is refused with what to enter, and the saved ones stay', async ({ openPage, worker }) => {
  const options = await openPage('options.html');
  const form = options.getByRole('form', { name: 'Auto-refill settings' });
  await form.getByLabel('Refill asks per panel per day, at most').fill('2.5');
  await form.getByRole('button', { name: 'Save auto-refill settings' }).click();
  await expect(form.getByRole('alert')).toHaveText('Refill asks per panel per day, at most: enter a whole number from 1 to 1000. Your saved settings are kept.');
  expect((await readStorage<typeof DEFAULT_SETTINGS | undefined>(worker, 'settings'))?.autoRefill).toBeUndefined();

  await form.getByLabel('Refill asks per panel per day, at most').fill('20');
  await form.getByLabel('Hours between two refill asks for one order').fill('48');
  await form.getByRole('checkbox', { name: /Remind me before a refill window closes/ }).check();
  await form.getByLabel('Days before the window closes').fill('5');
  await form.getByRole('button', { name: 'Save auto-refill settings' }).click();
  await expect(form.getByRole('status')).toHaveText('Auto-refill settings saved.');
  await expect
    .poll(async () => (await readStorage<typeof DEFAULT_SETTINGS>(worker, 'settings')).autoRefill)
    .toEqual({ intervalHours: 48, dailyCapPerPanel: 20, stopAfterRejections: 3, remindBeforeClose: true, remindDaysBefore: 5 });
});
