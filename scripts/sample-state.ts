/**
 * The stored state the screenshots show (npm run screenshots, npm run screenshots:firefox):
 * two panels, orders in assorted states on both, one unconfirmed attempt.
 */
import { panelRecords } from '../testing/seed';
import { makeOrder } from '../testing/orders';
import type { TrackedOrder } from '../utils/orders/types';
import type { PanelProfile } from '../utils/panels/types';
import type { CatalogChangeLog } from '../utils/catalog/change-log';
import type { RemovedService } from '../utils/catalog/catalog-diff';

const MINUTE = 60_000;

export function sampleOrders(panelIds: [string, string]): TrackedOrder[] {
  const now = Date.now();
  const [a, b] = panelIds;
  const svc = (id: string, name: string, category: string, rate: string) => ({ id, name, type: 'Default', category, rate, refill: true, cancel: true });
  const rows: [string, string, Partial<TrackedOrder>][] = [
    [a, '23501', { status: 'in_progress', statusText: 'In progress', remains: 412, startCount: 1200, charge: '0.9', currency: 'USD', createdAt: now - 12 * MINUTE }],
    [a, '23502', { status: 'pending', statusText: 'Pending', createdAt: now - 3 * MINUTE, service: svc('3410', 'TikTok Views [Max 10M] ⚡ Instant', 'TikTok Views', '0.0129'), link: 'https://www.tiktok.com/@creator/video/7301234567890', quantity: 25000, estimatedCharge: '0.3225' }],
    [a, '23503', { status: 'processing', statusText: 'Processing', createdAt: now - 40 * MINUTE, service: svc('812', 'YouTube Likes [Refill 30D]', 'YouTube Likes', '2.45'), link: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', quantity: 500, estimatedCharge: '1.225' }],
    [a, '23490', { status: 'completed', statusText: 'Completed', remains: 0, startCount: 980, charge: '0.9', currency: 'USD', createdAt: now - 3 * 60 * MINUTE, lastCheckedAt: now - 5 * MINUTE }],
    [a, '23488', { status: 'partial', statusText: 'Partial', remains: 157, startCount: 3572, charge: '0.27819', currency: 'USD', createdAt: now - 5 * 60 * MINUTE, lastCheckedAt: now - 9 * MINUTE }],
    [a, '23480', { status: 'canceled', statusText: 'Canceled', remains: 1000, charge: '0', currency: 'USD', createdAt: now - 9 * 60 * MINUTE, lastCheckedAt: now - 30 * MINUTE }],
    [b, '9001', { status: 'in_progress', statusText: 'In progress', remains: 40, quantity: 200, createdAt: now - 20 * MINUTE }],
  ];
  return rows.map(([panel, id, patch]) => makeOrder(panel, id, { lastCheckedAt: now - MINUTE, ...patch }));
}

/** What two catalog refreshes found: the orders page's Catalog changes. */
export function sampleCatalogChanges(now = Date.now()): CatalogChangeLog {
  const at = now - 50 * MINUTE;
  const earlier = now - 26 * 60 * MINUTE;
  return {
    entries: [
      { at, panelId: 'demo', serviceId: '3226', name: 'Instagram Likes + Impressions', changes: [{ kind: 'rate', direction: 'up', from: '0.84', to: '0.945', percent: '12.5' }] },
      { at, panelId: 'demo', serviceId: '90226', name: 'Instagram Likes [Real] [R30]', changes: [{ kind: 'removed' }] },
      { at, panelId: 'demo', serviceId: '3410', name: 'TikTok Views [Max 10M] ⚡ Instant', changes: [{ kind: 'rate', direction: 'down', from: '0.0129', to: '0.0115', percent: '-10.9' }, { kind: 'min', from: 100, to: 500 }] },
      { at: earlier, panelId: 'backup', serviceId: '812', name: 'YouTube Likes [Refill 30D]', changes: [{ kind: 'refill', from: true, to: false }, { kind: 'guarantee', from: '30 days', to: 'none' }] },
    ],
    refreshes: [
      { at, panelId: 'demo', unwatched: { rateUp: 140, rateDown: 12, terms: 9, removed: 31, back: 2, added: 18 } },
      { at: earlier, panelId: 'backup', unwatched: { rateUp: 0, rateDown: 3, terms: 0, removed: 0, back: 0, added: 0 } },
    ],
  };
}

/** A service the demo panel removed, last used for Instagram posts: the quick-order form flags it. */
export function sampleRemovedLastUsed(now = Date.now()): { recentServices: Record<string, string[]>; catalogRemoved: Record<string, Record<string, RemovedService>> } {
  const service = { id: '90226', name: 'Instagram Likes [Real] [R30]', type: 'Default', category: 'Instagram Likes', rate: '0.9', min: 20, max: 30_000, refill: true, cancel: false, dripfeed: null };
  return { recentServices: { demo: ['90226'] }, catalogRemoved: { demo: { '90226': { service, at: now - 50 * MINUTE } } } };
}

/** Everything to store, for panels at `apiUrl` (with a low-balance warning) and `secondUrl`. */
export function sampleState(apiUrl: string, secondUrl: string): { panels: PanelProfile[]; panelSecrets: Record<string, string>; orders: Record<string, TrackedOrder>; unconfirmed: unknown[]; catalogChanges: CatalogChangeLog } {
  const records = panelRecords([
    { id: 'demo', name: 'Demo panel', apiUrl, key: 'demo-key', lowBalanceThreshold: '10' },
    { id: 'backup', name: 'Backup panel', apiUrl: secondUrl, key: 'demo-key' },
  ]);
  const orders = sampleOrders([records.panels[0]!.id, records.panels[1]!.id]);
  return {
    ...records,
    catalogChanges: sampleCatalogChanges(),
    orders: Object.fromEntries(orders.map((o) => [o.key, o])),
    unconfirmed: [
      { id: 'u1', panelId: 'demo', serviceId: '1', serviceName: 'Instagram Followers', link: 'https://www.instagram.com/p/Zz9/', quantity: 300, estimatedCharge: '0.27', attemptedAt: Date.now() - 120_000, reason: 'The panel did not answer within 20 s.' },
    ],
  };
}
