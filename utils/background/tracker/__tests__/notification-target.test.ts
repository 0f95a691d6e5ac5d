import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '../../../settings';
import { notificationListsItem } from '../../../storage';
import { MAX_TARGET_LENGTH, notifyEvents } from '../notifications';
import type { TrackerEvent } from '../events';

const refillDone = (i: number): TrackerEvent => ({ kind: 'refill', id: `e${i}`, panelId: 'demo', orderKey: `demo:${10001 + i}`, refillId: String(501 + i), status: 'completed' });

describe('a notification about many orders', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps its id short (Chrome drops long ids silently) and its click target lists every order', async () => {
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    await notifyEvents(Array.from({ length: 120 }, (_, i) => refillDone(i)), { settings: DEFAULT_SETTINGS, panels: [], orders: {} });
    const id = create.mock.calls[0]![0] as unknown as string;
    const target = id.split('|')[1]!;
    expect(target.length).toBeLessThanOrEqual(MAX_TARGET_LENGTH);
    const token = /^\/orders\.html\?list=(\w+)$/.exec(target)![1]!;
    const keys = (await notificationListsItem.getValue())[token]!;
    expect(keys).toHaveLength(120);
    expect(keys[119]).toBe('demo:10120');
  });

  it('a few orders keep their keys in the target itself', async () => {
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    await notifyEvents([refillDone(0), refillDone(1)], { settings: DEFAULT_SETTINGS, panels: [], orders: {} });
    expect((create.mock.calls[0]![0] as unknown as string).split('|')[1]).toBe('/orders.html?keys=demo%3A10001%2Cdemo%3A10002');
  });
});
