import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createPanelClient } from '../../../panel-api/client';
import type { PanelProfile } from '../../../panels/types';
import { popupViewOrders } from '../../../orders/live-orders';
import { liveOrdersItem, notificationListsItem, ordersItem, panelsItem, settingsItem, trackerStateItem, unconfirmedItem } from '../../../storage';
import { DEFAULT_SETTINGS } from '../../../settings';
import { POLL_ALARM, reconcilePollAlarm } from '../alarms';
import { pollOnce, watchBadge, type CycleDeps } from '../poll-cycle';
import { showNotifications } from '../notifications';
import { order } from '../../../../testing/orders';

const profile = (id: string, name: string): PanelProfile => ({ id, name, apiUrl: `https://${id}.example/api/v2`, isDefault: id === 'a', lowBalanceThreshold: null, createdAt: 0 });

/** A panel whose orders all have `word` as status; counts status requests. */
function fakePanel(id: string, word: () => string) {
  const calls: string[][] = [];
  const client = createPanelClient(
    { apiUrl: `https://${id}.example/api/v2`, apiKey: 'k' },
    {
      fetch: async (_url, init) => {
        const form = new URLSearchParams(String(init.body));
        const ids = form.get('orders')!.split(',');
        calls.push(ids);
        return new Response(JSON.stringify(Object.fromEntries(ids.map((o) => [o, { status: word(), charge: '0.9', remains: '0', start_count: '5', currency: 'USD' }]))));
      },
    },
  );
  return { panel: profile(id, `Panel ${id.toUpperCase()}`), client, calls };
}

describe('a poll cycle', () => {
  let status = 'In progress';
  let a: ReturnType<typeof fakePanel>;
  let b: ReturnType<typeof fakePanel>;
  let deps: CycleDeps;
  let notify: ReturnType<typeof vi.fn>;

  beforeEach(async () => {
    fakeBrowser.reset();
    status = 'In progress';
    a = fakePanel('a', () => status);
    b = fakePanel('b', () => status);
    notify = vi.fn(showNotifications);
    deps = { openPanels: async () => [a, b], now: () => 1_000_000, notify: notify as unknown as typeof showNotifications };
    const orders = [
      ...Array.from({ length: 200 }, (_, i) => order('a', String(10000 + i))),
      ...Array.from({ length: 50 }, (_, i) => order('b', String(20000 + i))),
      order('a', '1', { status: 'completed', statusText: 'Completed' }),
    ];
    await ordersItem.setValue(Object.fromEntries(orders.map((o) => [o.key, o])));
    await panelsItem.setValue([a.panel, b.panel]);
  });

  it('asks 250 active orders on 2 panels in exactly 3 status calls', async () => {
    const summary = await pollOnce({}, deps);
    expect(a.calls.map((c) => c.length)).toEqual([100, 100]);
    expect(b.calls.map((c) => c.length)).toEqual([50]);
    expect(summary).toMatchObject({ checked: 250, changed: 250, calls: 3, errors: 0 });
  });

  it('writes nothing on a cycle where nothing changed', async () => {
    await pollOnce({}, deps);
    const writes = vi.fn();
    fakeBrowser.storage.local.onChanged.addListener(writes);
    await pollOnce({}, { ...deps, now: () => 1_100_000 });
    expect(writes).not.toHaveBeenCalled();
  });

  it('writes orders, their popup slice, tracker state and notification lists in ONE storage write per cycle', async () => {
    const writes: string[][] = [];
    fakeBrowser.storage.local.onChanged.addListener((changes) => writes.push(Object.keys(changes).sort()));
    const sets = vi.spyOn(fakeBrowser.storage.local, 'set');
    const sessionSets = vi.spyOn(fakeBrowser.storage.session, 'set');
    await pollOnce({}, deps);
    expect(writes).toEqual([['liveOrders', 'orders', 'ordersWriter', 'tracker']]);
    writes.length = 0;
    status = 'Completed';
    await pollOnce({}, { ...deps, now: () => 1_100_000 });
    // 200 and 50 orders finished: their keys are stored under tokens, in the same write.
    expect(writes).toEqual([['liveOrders', 'notificationLists', 'orders', 'ordersWriter', 'tracker']]);
    expect(sets).toHaveBeenCalledTimes(2);
    expect(sessionSets).not.toHaveBeenCalled();
    const live = await liveOrdersItem.getValue();
    expect((live ? popupViewOrders(live) : []).filter((o) => o.status === 'completed')).toHaveLength(20);
    const lists = await notificationListsItem.getValue();
    expect(Object.values(lists).map((keys) => keys.length).sort()).toEqual([200, 50]);
  });

  it('reads the orders once per cycle, and again only when they were written while the panels answered', async () => {
    const gets = vi.spyOn(fakeBrowser.storage.local, 'get');
    const ordersReads = () => gets.mock.calls.filter(([keys]) => [keys].flat().includes('orders')).length;
    await pollOnce({}, deps);
    expect(ordersReads()).toBe(1);
    gets.mockClear();
    // An order placed while the panels are answering is kept: the apply reads the orders again.
    const placed = order('b', '999');
    const slow = { ...deps, now: () => 1_100_000, openPanels: async () => {
      await fakeBrowser.storage.local.set({ orders: { ...(await ordersItem.getValue()), [placed.key]: placed } });
      return [a, b];
    } };
    status = 'Completed';
    await pollOnce({}, slow);
    expect(ordersReads()).toBe(3);
    const after = await ordersItem.getValue();
    expect(after[placed.key]).toBeDefined();
    expect(after['a:10000']?.status).toBe('completed');
  });

  it('a failing panel keeps every order as it was and backs off from half the poll interval', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, pollIntervalSec: 10 });
    const failing = fakePanel('b', () => status);
    const broken = createPanelClient({ apiUrl: 'https://b.example/api/v2', apiKey: 'k' }, { fetch: async () => new Response('<html>oops</html>', { status: 500 }) });
    const before = await ordersItem.getValue();
    const summary = await pollOnce({}, { ...deps, openPanels: async () => [a, { ...failing, client: broken }] });
    expect(summary).toMatchObject({ errors: 1, calls: 3 });
    const after = await ordersItem.getValue();
    expect(Object.keys(after)).toHaveLength(251);
    for (const key of Object.keys(before).filter((k) => k.startsWith('b:'))) expect(after[key]).toEqual(before[key]);
    expect((await trackerStateItem.getValue()).panels.b).toMatchObject({ failures: 1, nextAttemptAt: 1_005_000 });
    // Not due yet: the next plain cycle leaves panel b alone.
    const next = await pollOnce({}, { ...deps, now: () => 1_004_000, openPanels: async () => [a, { ...failing, client: broken }] });
    expect(next.calls).toBe(2);
  });

  it('a 429 with Retry-After: that panel is not asked again before the time it named, even by Check now', async () => {
    const limited = createPanelClient(
      { apiUrl: 'https://b.example/api/v2', apiKey: 'k' },
      { fetch: async () => new Response(JSON.stringify({ error: 'Too many requests' }), { status: 429, headers: { 'retry-after': '300' } }) },
    );
    await pollOnce({}, { ...deps, openPanels: async () => [a, { ...b, client: limited }] });
    expect((await trackerStateItem.getValue()).panels.b).toMatchObject({ nextAttemptAt: 1_300_000 });
    const early = await pollOnce({ force: true }, { ...deps, now: () => 1_299_999 });
    expect(early.checked).toBe(200);
    expect(b.calls).toEqual([]);
    await pollOnce({}, { ...deps, now: () => 1_300_000 });
    expect(b.calls).toHaveLength(1);
  });

  it('one cycle at a time: an alarm joins the running cycle, "Check now" runs right after a plain one', async () => {
    let opened = 0;
    const counting = { ...deps, openPanels: async () => (opened++, [a, b]) };
    const plain = pollOnce({}, counting);
    expect(pollOnce({}, counting)).toBe(plain);
    const forced = pollOnce({ force: true }, counting);
    expect(pollOnce({ force: true }, counting)).toBe(forced);
    await Promise.all([plain, forced]);
    expect(opened).toBe(2);
    expect(a.calls).toHaveLength(4);
  });

  it('a check of chosen orders (after a cancel) is never answered by, nor run beside, a running cycle', async () => {
    let running = 0;
    let most = 0;
    const overlapping = {
      ...deps,
      openPanels: async () => {
        most = Math.max(most, ++running);
        await new Promise((r) => setTimeout(r, 20));
        running--;
        return [a, b];
      },
    };
    const plain = pollOnce({ force: true }, overlapping);
    const chosen = pollOnce({ force: true, keys: ['a:10000'] }, overlapping);
    expect(chosen).not.toBe(plain);
    expect(pollOnce({}, overlapping)).not.toBe(chosen);
    await Promise.all([plain, chosen]);
    expect(most).toBe(1);
    await expect(chosen).resolves.toMatchObject({ checked: 1 });
  });

  it('raises grouped notifications once and sets the badge', async () => {
    await pollOnce({}, deps);
    status = 'Completed';
    await pollOnce({}, { ...deps, now: () => 1_200_000 });
    const shown = await fakeBrowser.notifications.getAll();
    const titles = Object.keys(shown).map((id) => id.split('|')[2]);
    expect(titles.sort()).toEqual(['order:completed', 'order:completed']);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    // Restarted worker, same answers: nothing new.
    notify.mockClear();
    await pollOnce({}, { ...deps, now: () => 1_300_000 });
    expect(notify.mock.calls.flatMap((c) => c[0])).toEqual([]);
    expect((await trackerStateItem.getValue()).notified).toHaveLength(250);
  });

  it('the badge counts active orders and warns about unconfirmed attempts as soon as one is stored', async () => {
    watchBadge();
    await pollOnce({}, deps);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('250');
    await unconfirmedItem.setValue([{ id: 'u', panelId: 'a', serviceId: '1', serviceName: 'x', link: null, quantity: 1, estimatedCharge: null, attemptedAt: 0, reason: 'timeout', runs: null, interval: null, source: 'quick-order', service: null }]);
    await vi.waitFor(async () => expect(await fakeBrowser.action.getTitle({})).toContain('1 unconfirmed order'));
  });
});

describe('the poll alarm', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is created when missing, fixed when its period is wrong, and follows settings', async () => {
    await reconcilePollAlarm();
    expect((await fakeBrowser.alarms.get(POLL_ALARM))?.periodInMinutes).toBe(2);
    await fakeBrowser.alarms.create(POLL_ALARM, { periodInMinutes: 7 });
    await reconcilePollAlarm();
    expect((await fakeBrowser.alarms.get(POLL_ALARM))?.periodInMinutes).toBe(2);
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, pollIntervalSec: 60 });
    await reconcilePollAlarm();
    expect((await fakeBrowser.alarms.get(POLL_ALARM))?.periodInMinutes).toBe(1);
  });
});
