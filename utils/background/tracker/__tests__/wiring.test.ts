import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { panelError } from '../../../panel-api/errors';
import { balancesItem, ordersItem, panelSecretsItem, panelsItem, settingsItem, trackerStateItem } from '../../../storage';
import { DEFAULT_SETTINGS } from '../../../settings';
import { POLL_ALARM } from '../alarms';
import { afterFailure, freshPollState } from '../backoff';
import { provenPanels, registerTracker, trackerHandlers } from '../wiring';
import { order } from '../../../../testing/orders';
import { registerLiveOrders } from '../../live-orders';
import { refreshBadge } from '../poll-cycle';

/** A panel behind `fetch`: every order has status `word`; counts status requests. */
function stubPanel(word: () => string) {
  const statusCalls: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_url: string, init: RequestInit) => {
      const form = new URLSearchParams(String(init.body));
      if (form.get('action') === 'balance') return new Response(JSON.stringify({ balance: '50', currency: 'USD' }));
      const ids = form.get('orders')!.split(',');
      statusCalls.push(form.get('orders')!);
      return new Response(JSON.stringify(Object.fromEntries(ids.map((id) => [id, { status: word(), charge: '0.9', remains: '0', start_count: '1', currency: 'USD' }]))));
    }),
  );
  return statusCalls;
}

const authPaused = () => ({ panels: { a: afterFailure(freshPollState(), panelError('auth', 'Invalid API key'), 1) }, notified: [], lowBalanceNotified: {}, lastCycleAt: 1 });

beforeEach(async () => {
  fakeBrowser.reset();
  await panelsItem.setValue([{ id: 'a', name: 'Demo panel', apiUrl: 'https://a.example/api/v2', isDefault: true, lowBalanceThreshold: null, createdAt: 0 }]);
  await panelSecretsItem.setValue({ a: 'key-a' });
  await ordersItem.setValue({ 'a:1': order('a', '1'), 'a:2': order('a', '2') });
});
afterEach(() => vi.unstubAllGlobals());

describe('the tracker at worker start', () => {
  it('creates the poll alarm from settings and shows the badge', async () => {
    registerTracker();
    await vi.waitFor(async () => expect((await fakeBrowser.alarms.get(POLL_ALARM))?.periodInMinutes).toBe(2));
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({})).toBe('2'));
  });

  it('the badge follows orders written anywhere, through the popup’s slice of them', async () => {
    registerTracker();
    registerLiveOrders();
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({})).toBe('2'));
    await fakeBrowser.storage.local.set({ orders: { 'a:1': order('a', '1'), 'a:2': order('a', '2'), 'a:3': order('a', '3') } });
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({})).toBe('3'));
    // Read from the slice, not from every order.
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    await refreshBadge();
    expect(get.mock.calls.flat().flat()).not.toContain('orders');
  });

  it.each(['onStartup', 'onInstalled'] as const)('puts a lost alarm back on runtime.%s (browser restart, update)', async (event) => {
    registerTracker();
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get(POLL_ALARM)).toBeDefined());
    await fakeBrowser.alarms.clearAll();
    if (event === 'onStartup') await fakeBrowser.runtime.onStartup.trigger();
    else await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', temporary: false } as never);
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get(POLL_ALARM)).toBeDefined());
  });

  it('follows a changed poll interval', async () => {
    registerTracker();
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, pollIntervalSec: 30 });
    await vi.waitFor(async () => expect((await fakeBrowser.alarms.get(POLL_ALARM))?.periodInMinutes).toBe(0.5));
  });

  it('the alarm runs a cycle that polls only unfinished orders', async () => {
    const calls = stubPanel(() => 'Completed');
    await ordersItem.setValue({ 'a:1': order('a', '1'), 'a:9': order('a', '9', { status: 'completed', statusText: 'Completed' }) });
    registerTracker();
    await fakeBrowser.alarms.onAlarm.trigger({ name: POLL_ALARM, scheduledTime: Date.now(), persistAcrossSessions: true });
    await vi.waitFor(async () => expect((await ordersItem.getValue())['a:1']!.status).toBe('completed'));
    expect(calls).toEqual(['1']);
    await vi.waitFor(async () => expect(Object.keys(await fakeBrowser.notifications.getAll())).toHaveLength(1));
  });
});

describe('Check now', () => {
  it('polls at once, also a panel waiting out its backoff', async () => {
    const calls = stubPanel(() => 'In progress');
    await trackerStateItem.setValue({ panels: { a: afterFailure(freshPollState(), panelError('server', 'HTTP 500'), Date.now()) }, notified: [], lowBalanceNotified: {}, lastCycleAt: null });
    expect(await trackerHandlers['tracker.checkNow']({})).toEqual({ checked: 2, changed: 2, errors: 0, paused: [], locked: false });
    expect(calls).toEqual(['1,2']);
    expect((await trackerStateItem.getValue()).panels.a).toMatchObject({ failures: 0, lastError: null });
  });

  it('does not call a panel paused for its key, and names it', async () => {
    const calls = stubPanel(() => 'In progress');
    await trackerStateItem.setValue(authPaused());
    expect(await trackerHandlers['tracker.checkNow']({})).toEqual({ checked: 0, changed: 0, errors: 0, paused: ['Demo panel'], locked: false });
    expect(calls).toEqual([]);
  });
});

describe('low balance', () => {
  it('a cycle reads the balance of a panel with a warning level and warns once', async () => {
    stubPanel(() => 'In progress');
    await panelsItem.setValue([{ id: 'a', name: 'Demo panel', apiUrl: 'https://a.example/api/v2', isDefault: true, lowBalanceThreshold: '100', createdAt: 0 }]);
    await trackerHandlers['tracker.checkNow']({});
    expect((await balancesItem.getValue()).a?.last?.balance).toBe('50');
    expect(Object.values(fakeBrowser.notifications.getAllCreateOptions()).map((n) => n.title)).toEqual(['Demo panel: low balance']);
    await balancesItem.setValue({});
    await trackerHandlers['tracker.checkNow']({});
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toHaveLength(1);
  });
});

describe('an auth pause ends when the key works again', () => {
  it('the panel saved with another key', async () => {
    await trackerStateItem.setValue(authPaused());
    registerTracker();
    await panelSecretsItem.setValue({ a: 'new-key' });
    await vi.waitFor(async () => expect((await trackerStateItem.getValue()).panels.a?.pausedForAuth).toBe(false));
  });

  it('a balance read with the key succeeded (the user fixed it on the panel and saved again)', async () => {
    await trackerStateItem.setValue(authPaused());
    registerTracker();
    await balancesItem.setValue({ a: { last: null, error: { error: panelError('auth', 'Invalid API key'), at: 5 } } });
    await new Promise((r) => setTimeout(r, 20));
    expect((await trackerStateItem.getValue()).panels.a?.pausedForAuth).toBe(true);
    await balancesItem.setValue({ a: { last: { balance: '5', currency: 'USD', fetchedAt: 10 }, error: null } });
    await vi.waitFor(async () => expect((await trackerStateItem.getValue()).panels.a?.pausedForAuth).toBe(false));
  });

  it('provenPanels: only fresh successful reads count', () => {
    const ok = (at: number) => ({ last: { balance: '1', currency: 'USD', fetchedAt: at }, error: null });
    expect(provenPanels({ a: ok(2), b: ok(1) }, { b: ok(1) })).toEqual(['a']);
    expect(provenPanels({ a: { last: ok(1).last, error: { error: panelError('auth', 'x'), at: 3 } } }, {})).toEqual([]);
    expect(provenPanels(null, null)).toEqual([]);
  });
});
