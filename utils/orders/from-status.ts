/** Tracked orders made from what a panel answers, shared by import and by resolving an unconfirmed order. */
import type { OrderStatusInfo, Service } from '../panel-api/types';
import { storable } from '../schema/read';
import { STATUS_INFO } from './schema';
import { orderKey, type OrderServiceSnapshot, type TrackedOrder } from './types';

/** The service as it is now, kept on the order (catalogs change; the order does not). */
export function serviceSnapshot(service: Service): OrderServiceSnapshot {
  const snapshot: OrderServiceSnapshot = { id: service.id, name: service.name, type: service.type, category: service.category, rate: service.rate, refill: service.refill, cancel: service.cancel };
  if (service.currency) snapshot.currency = service.currency;
  return snapshot;
}

/**
 * A tracked order from a status answer, which names no service, link or quantity: those come
 * from `known` when PanelPilot has them. `note` prefixes the first history entry ("Imported").
 */
export function orderFromStatus(
  panelId: string,
  orderId: string,
  answered: OrderStatusInfo,
  now: number,
  known: Partial<Pick<TrackedOrder, 'service' | 'link' | 'quantity' | 'runs' | 'interval' | 'estimatedCharge' | 'createdAt' | 'source'>> & { note?: string } = {},
): TrackedOrder {
  const { note, ...fields } = known;
  // As storage reads it back: a status word outside the closed set is unknown, texts capped.
  const info = storable(STATUS_INFO, answered);
  return {
    key: orderKey(panelId, orderId),
    panelId,
    orderId,
    service: null,
    link: null,
    quantity: null,
    runs: null,
    interval: null,
    estimatedCharge: null,
    createdAt: now,
    source: 'import',
    ...fields,
    status: info.status,
    statusText: info.statusText,
    charge: info.charge,
    currency: info.currency,
    startCount: info.startCount,
    remains: info.remains,
    lastCheckedAt: now,
    history: [{ at: now, status: info.status, statusText: note ? `${note}: ${info.statusText}` : info.statusText }],
    refills: [],
    missing: false,
    progress: info.progress ?? null,
  };
}
