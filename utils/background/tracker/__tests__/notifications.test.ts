import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '../../../settings';
import { notificationListsItem } from '../../../storage';
import type { PanelProfile } from '../../../panels/types';
import { groupEvents, type TrackerEvent } from '../events';
import { describeGroup, notifyEvents, registerNotificationClicks } from '../notifications';
import { order } from '../../../../testing/orders';

const panels: PanelProfile[] = [
  { id: 'a', name: 'Demo panel', apiUrl: 'https://a.example/api/v2', isDefault: true, lowBalanceThreshold: '10', createdAt: 0 },
  { id: 'b', name: 'Other panel', apiUrl: 'https://b.example/api/v2', isDefault: false, lowBalanceThreshold: null, createdAt: 0 },
];
const orders = Object.fromEntries(['1', '2', '3', '4', '5', '6', '7', '8'].map((id) => [`a:${id}`, order('a', id)]));

const finished = (id: string, status: 'completed' | 'partial' | 'canceled' | 'refunded' | 'failed', panelId = 'a', delivered: number | null = null): TrackerEvent => ({
  kind: 'order',
  id: `${panelId}:${id}:${status}`,
  panelId,
  orderKey: `${panelId}:${id}`,
  status,
  delivered,
  quantity: 1000,
});
const text = (events: TrackerEvent[]) => describeGroup(groupEvents(events)[0]!, panels, orders);

describe('notification texts', () => {
  it('one order: its id, what happened, the service and link, and a click opens it', () => {
    expect(text([finished('1', 'completed')])).toEqual({
      title: 'Order 1 completed',
      message: 'Instagram Followers · instagram.com/p/1 (Demo panel)',
      target: '/orders.html?order=a%3A1',
    });
  });

  it.each([
    ['canceled', 'Order 1 canceled'],
    ['refunded', 'Order 1 refunded'],
    ['failed', 'Order 1 failed'],
  ] as const)('%s → "%s"', (status, title) => {
    expect(text([finished('1', status)]).title).toBe(title);
  });

  it('a partial order says what was delivered', () => {
    expect(text([finished('1', 'partial', 'a', 700)]).message).toBe('700 of 1,000 delivered — Instagram Followers · instagram.com/p/1 (Demo panel)');
  });

  it('many at once: one notification naming the count and panel; a click opens the orders page filtered to them', () => {
    const events = ['1', '2', '3', '4', '5', '6', '7'].map((id) => finished(id, 'completed'));
    expect(text(events)).toEqual({
      title: '7 orders completed on Demo panel',
      message: 'Orders 1, 2, 3, 4, 5, 6 and 1 more.',
      target: `/orders.html?keys=${encodeURIComponent('a:1,a:2,a:3,a:4,a:5,a:6,a:7')}`,
    });
  });

  it('grouped partials list what each delivered', () => {
    const t = text([finished('1', 'partial', 'a', 700), finished('2', 'partial', 'a', 5)]);
    expect(t.title).toBe('2 orders partially delivered on Demo panel');
    expect(t.message).toBe('Orders 1 (700 of 1,000), 2 (5 of 1,000).');
  });

  it('refills, a rejected key and a low balance', () => {
    const refill = (id: string, status: 'completed' | 'rejected'): TrackerEvent => ({ kind: 'refill', id: `r${id}`, panelId: 'a', orderKey: `a:${id}`, refillId: `r${id}`, status });
    expect(text([refill('1', 'completed')]).title).toBe('Order 1 refill completed');
    expect(text([refill('1', 'rejected'), refill('2', 'rejected')]).title).toBe('2 orders: refill rejected on Demo panel');
    const auth = text([{ kind: 'auth', id: 'x', panelId: 'a', message: 'Invalid API key' }]);
    expect(auth).toMatchObject({ title: 'Demo panel: API key rejected', target: '/options.html' });
    expect(auth.message).toContain('Invalid API key');
    const ip = text([{ kind: 'auth', id: 'x', panelId: 'a', message: 'IP not allowed', errorKind: 'ip_blocked' }]);
    expect(ip.title).toBe('Demo panel: this computer’s IP address is not on the panel’s whitelist');
    expect(ip.message).toMatch(/^IP not allowed\. Status checks are paused: .*whitelist/);
    const low = text([{ kind: 'low_balance', id: 'y', panelId: 'a', balance: '9.5', currency: 'USD', threshold: '10' }]);
    expect(low).toMatchObject({ title: 'Demo panel: low balance' });
    expect(low.message).toContain('Balance 9.50 USD is under your warning level of 10.00 USD');
  });
});

describe('raising notifications', () => {
  beforeEach(() => fakeBrowser.reset());

  it('groups per panel and kind, and skips kinds the user turned off', async () => {
    const events = [
      ...['1', '2', '3'].map((id) => finished(id, 'completed')),
      finished('4', 'partial', 'a', 10),
      finished('9', 'completed', 'b'),
      finished('5', 'failed'),
    ];
    const settings = { ...DEFAULT_SETTINGS, notify: { ...DEFAULT_SETTINGS.notify, failed: false } };
    await notifyEvents(events, { settings, panels, orders });
    const shown = Object.values(fakeBrowser.notifications.getAllCreateOptions());
    const ids = Object.keys(await fakeBrowser.notifications.getAll());
    expect(ids).toHaveLength(3);
    expect(shown.map((n) => n.title).sort()).toEqual(['3 orders completed on Demo panel', 'Order 4 partially delivered', 'Order 9 completed']);
  });

  it('a group of 200 orders keeps its id short (Chrome drops long ids): the keys wait under a token', async () => {
    registerNotificationClicks();
    const events = Array.from({ length: 200 }, (_, i) => finished(String(10001 + i), 'completed'));
    await notifyEvents(events, { settings: DEFAULT_SETTINGS, panels, orders });
    const [id] = Object.keys(await fakeBrowser.notifications.getAll());
    expect(id!.length).toBeLessThan(400);
    const token = /\?list=([^|]+)/.exec(id!)![1]!;
    expect((await notificationListsItem.getValue())[token]).toHaveLength(200);
    await fakeBrowser.notifications.onClicked.trigger(id!);
    expect((await fakeBrowser.tabs.query({})).map((t) => t.url)).toContainEqual(expect.stringContaining(`/orders.html?list=${token}`));
  });

  it('a click opens the target even after the worker restarted (it is in the id)', async () => {
    registerNotificationClicks();
    await notifyEvents([finished('1', 'completed'), finished('2', 'completed')], { settings: DEFAULT_SETTINGS, panels, orders });
    const [id] = Object.keys(await fakeBrowser.notifications.getAll());
    fakeBrowser.reset();
    registerNotificationClicks();
    await fakeBrowser.notifications.onClicked.trigger(id!);
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.map((t) => t.url)).toContainEqual(expect.stringContaining(`/orders.html?keys=${encodeURIComponent('a:1,a:2')}`));
  });
});
