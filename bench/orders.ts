/**
 * Orders page figures for 10,000 orders: filter + sort + CSV, the work done on every keystroke
 * and export. Run: `npx tsx bench/orders.ts` (prints figures; no pass/fail). The page's own
 * load is dominated by reading the orders from extension storage (see the report in docs).
 */
import { ordersToCsv } from '../utils/orders/csv';
import { EMPTY_FILTER, filterOrders, sortOrders } from '../utils/orders/order-query';
import type { TrackedOrder } from '../utils/orders/types';
import { makeOrder } from '../testing/orders';

const STATUSES = ['completed', 'in_progress', 'pending', 'partial', 'canceled'] as const;
const HOSTS = ['https://www.instagram.com/p/', 'https://www.tiktok.com/@u/video/', 'https://youtu.be/'];

function makeOrders(n: number): TrackedOrder[] {
  return Array.from({ length: n }, (_, i) =>
    makeOrder(`p${i % 3}`, String(100000 + i), {
      service: { id: String(i % 50), name: `Service ${i % 50}`, type: 'Default', category: 'Cat', rate: '0.1234567', refill: true, cancel: true },
      link: `${HOSTS[i % 3]}${i}`,
      estimatedCharge: '0.1234567',
      createdAt: 1_700_000_000_000 - i * 60_000,
      status: STATUSES[i % 5]!,
      statusText: STATUSES[i % 5]!,
      charge: `${(i % 97) / 10}`,
      currency: 'USD',
      startCount: i,
      remains: i % 1000,
    }),
  );
}

function time(label: string, runs: number, task: () => unknown): void {
  task(); // warm-up
  const start = performance.now();
  for (let i = 0; i < runs; i++) task();
  console.log(`${label.padEnd(48)} ${((performance.now() - start) / runs).toFixed(1)} ms`);
}

const orders = makeOrders(10_000);
console.log('Orders page, 10,000 orders:');
time('filter (none) + sort by created', 20, () => sortOrders(filterOrders(orders, EMPTY_FILTER), { key: 'createdAt', dir: 'desc' }));
time('search "1234" + platform + status + sort', 20, () => sortOrders(filterOrders(orders, { ...EMPTY_FILTER, search: '1234', platform: 'instagram', status: 'active' }), { key: 'createdAt', dir: 'desc' }));
time('sort by charge (exact decimals)', 5, () => sortOrders(orders, { key: 'charge', dir: 'asc' }));
time('sort by service name', 5, () => sortOrders(orders, { key: 'service', dir: 'asc' }));
time('CSV of all 10,000', 5, () => ordersToCsv(orders, []));
