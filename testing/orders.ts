import type { BatchResult, OrderStatusInfo, RefillStatusInfo, Result } from '../utils/panel-api/types';
import type { TrackedOrder } from '../utils/orders/types';
import { orderStatusFromWord, refillStatusFromWord } from '../utils/panel-api/status-words';
import type { TrackerState } from '../utils/tracker-state/types';

export const emptyState = (): TrackerState => ({ panels: {}, notified: [], lowBalanceNotified: {}, lastCycleAt: null });

/** The one tracked-order factory for tests, seeds and the bench: an active order placed now. */
export function makeOrder(panelId: string, orderId: string, patch: Partial<TrackedOrder> = {}): TrackedOrder {
  return {
    key: `${panelId}:${orderId}`,
    panelId,
    orderId,
    service: { id: '1', name: 'Instagram Followers', type: 'Default', category: 'Instagram', rate: '0.9', refill: true, cancel: true },
    link: `https://www.instagram.com/p/${orderId}/`,
    quantity: 1000,
    runs: null,
    interval: null,
    estimatedCharge: '0.9',
    createdAt: Date.now(),
    source: 'quick-order',
    status: 'pending',
    statusText: 'Pending',
    charge: null,
    currency: null,
    startCount: null,
    remains: null,
    lastCheckedAt: null,
    history: [],
    refills: [],
    missing: false,
    ...patch,
  };
}

/** makeOrder with fixed values where unit tests compare exact text and times (created at 0). */
export const order = (panelId: string, orderId: string, patch: Partial<TrackedOrder> = {}): TrackedOrder =>
  makeOrder(panelId, orderId, { link: `https://instagram.com/p/${orderId}`, createdAt: 0, ...patch });

export const statusInfo = (word: string, remains = 0, charge = '0.9'): OrderStatusInfo => ({
  status: orderStatusFromWord(word),
  statusText: word,
  charge,
  startCount: 100,
  remains,
  currency: 'USD',
});

export function batch<T>(items: Record<string, Result<T>>, failures: BatchResult<T>['failures'] = []): BatchResult<T> {
  return { items, failures, calls: 1 };
}

export const refillInfo = (word: string): RefillStatusInfo => ({ status: refillStatusFromWord(word), statusText: word });
