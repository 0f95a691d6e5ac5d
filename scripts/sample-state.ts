/**
 * The stored state the screenshots show (npm run screenshots, npm run screenshots:firefox):
 * two panels, orders in assorted states on both, one unconfirmed attempt.
 */
import { panelRecords } from '../testing/seed';
import { makeOrder } from '../testing/orders';
import type { TrackedOrder } from '../utils/orders/types';
import type { PanelProfile } from '../utils/panels/types';

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

/** Everything to store, for panels at `apiUrl` (with a low-balance warning) and `secondUrl`. */
export function sampleState(apiUrl: string, secondUrl: string): { panels: PanelProfile[]; panelSecrets: Record<string, string>; orders: Record<string, TrackedOrder>; unconfirmed: unknown[] } {
  const records = panelRecords([
    { id: 'demo', name: 'Demo panel', apiUrl, key: 'demo-key', lowBalanceThreshold: '10' },
    { id: 'backup', name: 'Backup panel', apiUrl: secondUrl, key: 'demo-key' },
  ]);
  const orders = sampleOrders([records.panels[0]!.id, records.panels[1]!.id]);
  return {
    ...records,
    orders: Object.fromEntries(orders.map((o) => [o.key, o])),
    unconfirmed: [
      { id: 'u1', panelId: 'demo', serviceId: '1', serviceName: 'Instagram Followers', link: 'https://www.instagram.com/p/Zz9/', quantity: 300, estimatedCharge: '0.27', attemptedAt: Date.now() - 120_000, reason: 'The panel did not answer within 20 s.' },
    ],
  };
}
