/**
 * The orders of figure 9 (and the popup's many-orders row): 10,000 tracked orders, the seeded
 * 290 plus finished ones of many services, links and statuses, each with its history, stored
 * the way a user's storage holds them (`local:orders` and the archive), and removed afterwards.
 */
import { makeOrder } from '../../testing/orders';
import type { TrackedOrder } from '../../utils/orders/types';
import type { ExtensionSession } from '../lib/browser';

export const MANY_ORDERS = 10_000;

const SERVICES = ['Instagram Followers [Real, No drop]', 'Instagram Likes | Fast', 'TikTok Views 🔥', 'YouTube Views [Lifetime refill]', 'Telegram Post Views', 'Twitter Retweets', 'Spotify Plays [USA]', 'Facebook Page Likes', 'Instagram Reel Views', 'TikTok Likes [HQ]'];
const LINKS = ['https://www.instagram.com/p/', 'https://www.tiktok.com/@shop/video/', 'https://youtu.be/', 'https://t.me/channel/', 'https://x.com/user/status/', 'https://open.spotify.com/track/'];
const FINISHED = [
  ['completed', 'Completed'],
  ['completed', 'Completed'],
  ['completed', 'Completed'],
  ['partial', 'Partial'],
  ['canceled', 'Canceled'],
] as const;

/** Finished orders from the last months: what 10,000 tracked orders mostly are. */
function history(count: number, panels: string[], now: number): TrackedOrder[] {
  return Array.from({ length: count }, (_, i) => {
    const [status, statusText] = FINISHED[i % FINISHED.length]!;
    const createdAt = now - 3_600_000 - i * 11 * 60_000;
    const s = i % SERVICES.length;
    return makeOrder(panels[i % panels.length]!, String(2_000_000 + i * 7), {
      service: { id: String(100 + s), name: SERVICES[s]!, type: 'Default', category: SERVICES[s]!.split(' ')[0]!, rate: `0.${(s + 1) * 7}`, refill: s % 2 === 0, cancel: s % 3 === 0 },
      link: `${LINKS[i % LINKS.length]}${(i * 7919).toString(36)}`,
      quantity: 100 * (1 + (i % 50)),
      createdAt,
      status,
      statusText,
      charge: `${((i % 97) + 1) / 100}`,
      currency: 'USD',
      startCount: i % 5000,
      remains: status === 'partial' ? i % 100 : 0,
      lastCheckedAt: createdAt + 3_600_000,
      history: [
        { at: createdAt + 60_000, status: 'in_progress', statusText: 'In progress' },
        { at: createdAt + 3_600_000, status, statusText },
      ],
    });
  });
}

/**
 * Seeds 10,000 orders the way a user's storage holds them: written into `local:orders` as an
 * older build kept them, then split by the worker itself (utils/background/orders-archive.ts
 * moves the older finished ones to the archive on that write); timing starts once it has.
 */
export async function addOrders(session: ExtensionSession): Promise<string[]> {
  const keys = await session.worker.evaluate(async () => Object.keys((await (globalThis as any).chrome.storage.local.get('orders')).orders ?? {}));
  const panels = [...new Set(keys.map((k) => k.split(':')[0]!))];
  const extra = history(MANY_ORDERS - keys.length, panels, Date.now());
  await session.worker.evaluate(async (extra) => {
    const chrome = (globalThis as any).chrome;
    const { orders } = await chrome.storage.local.get('orders');
    for (const o of extra) orders[o.key] = o;
    await chrome.storage.local.set({ orders });
  }, extra);
  await waitForArchive(session, MANY_ORDERS);
  // Let the worker derive its slice from the change before anything is timed.
  await new Promise((r) => setTimeout(r, 2000));
  return extra.map((o) => o.key);
}

/** How many orders `local:orders` and the archive hold (each order once). */
export function storedCounts(session: ExtensionSession): Promise<{ recent: number; archived: number; chunks: number }> {
  return session.worker.evaluate(async () => {
    const chrome = (globalThis as any).chrome;
    const { orders, ordersArchive } = await chrome.storage.local.get(['orders', 'ordersArchive']);
    const ids: string[] = ordersArchive ?? [];
    const chunks = await chrome.storage.local.get(ids.map((id) => `ordersArchive:${id}`));
    const archived = new Set(Object.values(chunks).flatMap((c) => Object.keys(c as object)));
    for (const key of Object.keys(orders ?? {})) archived.delete(key);
    return { recent: Object.keys(orders ?? {}).length, archived: archived.size, chunks: ids.length };
  });
}

/** Waits until the worker has moved the older finished orders out of `local:orders`, all `total` kept. */
export async function waitForArchive(session: ExtensionSession, total: number): Promise<void> {
  for (let i = 0; i < 600; i++) {
    const { recent, archived } = await storedCounts(session);
    if (recent <= 2_000 && recent + archived === total) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the worker did not move the older orders to the archive');
}

/** Removes these orders wherever they are stored (`local:orders` or an archive chunk). */
export async function removeOrders(session: ExtensionSession, keys: string[]): Promise<void> {
  await session.worker.evaluate(async (keys) => {
    const chrome = (globalThis as any).chrome;
    const { orders, ordersArchive } = await chrome.storage.local.get(['orders', 'ordersArchive']);
    const ids: string[] = ordersArchive ?? [];
    const chunks = await chrome.storage.local.get(ids.map((id) => `ordersArchive:${id}`));
    for (const key of keys) {
      delete orders[key];
      for (const chunk of Object.values(chunks)) delete (chunk as Record<string, unknown>)[key];
    }
    const empty = Object.keys(chunks).filter((k) => Object.keys(chunks[k]).length === 0);
    for (const k of empty) delete chunks[k];
    await chrome.storage.local.set({ ...chunks, ordersArchive: ids.filter((id) => !empty.includes(`ordersArchive:${id}`)) });
    await chrome.storage.local.remove(empty);
    await chrome.storage.local.set({ orders });
  }, keys);
  await new Promise((r) => setTimeout(r, 1000));
}

