/**
 * Finished orders of two services over the last nine days, for the screenshots of issue 13:
 * "Your record" (a status history per order), "Order the remaining N" (24002 is partial, 300
 * left) and the Spending view (both panels, Instagram and TikTok, partial and canceled ones).
 */
import { makeOrder } from '../testing/orders';
import type { TrackedOrder } from '../utils/orders/types';

const H = 3_600_000;
const LIKES = { id: '3226', name: 'Instagram Likes + Impressions [30K] [R30] [INSTANT - INSTANT] ♻️', type: 'Default', category: 'Instagram Likes', rate: '0.84', refill: true, cancel: null };
const VIEWS = { id: '3410', name: 'TikTok Views [Max 10M]', type: 'Default', category: 'TikTok Views', rate: '0.0129', refill: false, cancel: null };

export function recordOrders([a, b]: [string, string], now = Date.now()): TrackedOrder[] {
  return Array.from({ length: 24 }, (_, i) => {
    const at = now - i * 9 * H - 3 * H;
    const status = i % 11 === 7 ? 'canceled' : i % 5 === 2 ? 'partial' : 'completed';
    const views = i % 3 === 0;
    return makeOrder(i % 4 === 0 ? b : a, String(24000 + i), {
      service: views ? VIEWS : LIKES,
      status,
      statusText: status[0]!.toUpperCase() + status.slice(1),
      charge: views ? '0.129' : '0.84',
      currency: 'USD',
      quantity: views ? 10000 : 1000,
      remains: status === 'canceled' ? 1000 : status === 'partial' ? 300 : 0,
      createdAt: at,
      lastCheckedAt: at + 3 * H,
      link: views ? `https://www.tiktok.com/@creator/video/73${i}` : `https://www.instagram.com/p/P${i}/`,
      history: [
        { at, status: 'pending', statusText: 'Pending' },
        { at: at + 20 * 60_000, status: 'in_progress', statusText: 'In progress' },
        { at: at + (2 + (i % 3)) * H, status, statusText: status },
      ],
    });
  });
}
