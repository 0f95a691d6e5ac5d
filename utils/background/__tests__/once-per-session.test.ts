/**
 * What a worker start does once per browser session (utils/background/once-per-session.ts):
 * the check of every stored item, the popup slice's catch-up and the badge. A worker woken
 * again in the same session does none of it; a new session (session storage emptied) does.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../../entrypoints/background';
import { makeOrder } from '../../../testing/orders';
import { liveOrdersItem, ordersItem, storageNoticesItem } from '../../storage';
import { liveOrdersOf } from '../../orders/live-orders';
import { oncePerSession } from '../once-per-session';
import { POLL_ALARM } from '../tracker/alarms';

const active = makeOrder('a', '1', { status: 'in_progress' });

/** A worker start: listeners and start-up work of the real background entrypoint. */
async function startWorker(): Promise<void> {
  background.main();
  await vi.waitFor(async () => expect(await fakeBrowser.alarms.get(POLL_ALARM)).toBeDefined());
  // Let the detached start-up work finish.
  await new Promise((r) => setTimeout(r, 50));
}

/** Session storage is emptied when the browser closes (or the extension is updated). */
const newBrowserSession = () => fakeBrowser.storage.session.clear();

beforeEach(() => fakeBrowser.reset());

describe('once per browser session', () => {
  it('runs the work once, and again only after it completed in no session yet', async () => {
    const work = vi.fn(async () => undefined);
    await oncePerSession('x', work);
    await oncePerSession('x', work);
    expect(work).toHaveBeenCalledTimes(1);
    await newBrowserSession();
    await oncePerSession('x', work);
    expect(work).toHaveBeenCalledTimes(2);
  });

  it('a worker killed during the work does it again at its next start', async () => {
    await expect(oncePerSession('x', async () => Promise.reject(new Error('killed')))).rejects.toThrow('killed');
    const work = vi.fn(async () => undefined);
    await oncePerSession('x', work);
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('a worker woken again in the same session reads no stored orders; a new session checks and repairs them', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    // Stored while no worker ran (an older build's blob): an unreadable list of recent services.
    await fakeBrowser.storage.local.set({ orders: { [active.key]: active }, recentServices: 'not a record' });
    // An earlier worker of this browser session did the once-per-session work.
    await fakeBrowser.storage.session.set({ 'done:storageCheck': true, 'done:liveOrders': true, 'done:badge': true, 'done:ordersArchive': true });
    const gets = vi.spyOn(fakeBrowser.storage.local, 'get');
    await startWorker();
    const read = gets.mock.calls.flatMap(([keys]) => [keys].flat());
    expect(read).not.toContain('orders');
    expect(read).not.toContain('liveOrders');
    expect(read).not.toContain('recentServices');
    expect(await storageNoticesItem.getValue()).toEqual([]);

    await newBrowserSession();
    await startWorker();
    await vi.waitFor(async () => expect((await storageNoticesItem.getValue()).map((n) => n.item)).toEqual(['recentServices']));
    expect(await liveOrdersItem.getValue()).toEqual(liveOrdersOf({ [active.key]: active }));
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
  });
});
