/**
 * The orders page's read (components/orders/actions.ts): `local:orders` first, the archive's
 * part after it, then each change of either, every order counted once.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { order } from '../../../testing/orders';
import type { TrackedOrder } from '@/utils/orders/types';
import { ordersArchiveIndexItem, ordersItem } from '@/utils/storage';
import { readOrders } from '../actions';

type Part = { keys: string[]; complete: boolean };

beforeEach(() => fakeBrowser.reset());

describe('the orders page’s read, part by part', () => {
  it('paints local:orders first, then every order with the archive, then follows moves and changes', async () => {
    const recent = order('p', 'new', { status: 'in_progress' });
    const archived = order('p', 'old', { status: 'completed', statusText: 'archived copy' });
    const both = order('p', 'both', { status: 'completed', statusText: 'kept copy' });
    await ordersItem.setValue({ [recent.key]: recent, [both.key]: both });
    await fakeBrowser.storage.local.set({ ordersArchive: ['2026-08-27'], 'ordersArchive:2026-08-27': { [archived.key]: archived, [both.key]: { ...both, statusText: 'archived copy' } } });

    const parts: Part[] = [];
    let last: Record<string, TrackedOrder> = {};
    await readOrders((orders, complete) => {
      parts.push({ keys: Object.keys(orders).sort(), complete });
      last = orders;
    });
    expect(parts[0]).toEqual({ keys: ['p:both', 'p:new'], complete: false });
    expect(parts[1]).toEqual({ keys: ['p:both', 'p:new', 'p:old'], complete: true });
    expect(last['p:both']!.statusText).toBe('kept copy');

    // A move: a new chunk and the index in one write, then local:orders without the order.
    const moved = { ...recent, status: 'completed' as const };
    await fakeBrowser.storage.local.set({ ordersArchive: ['2026-08-27', '2026-11-26'], 'ordersArchive:2026-11-26': { [moved.key]: moved } });
    await ordersItem.setValue({ [both.key]: both });
    await vi.waitFor(() => expect(parts.at(-1)).toEqual({ keys: ['p:both', 'p:new', 'p:old'], complete: true }));
    expect(last['p:new']!.status).toBe('completed');
    // A chunk emptied by "stop tracking".
    await fakeBrowser.storage.local.set({ 'ordersArchive:2026-08-27': { [both.key]: both } });
    await vi.waitFor(() => expect(parts.at(-1)!.keys).toEqual(['p:both', 'p:new']));
    expect(await ordersArchiveIndexItem.getValue()).toHaveLength(2);
  });
});
