/** Tracked orders with a status history, as the tracker would have recorded them. */
import type { OrderStatus } from '../../panel-api/types';
import type { OrderServiceSnapshot, TrackedOrder } from '../types';
import { order } from '../../../testing/orders';

export const H = 3_600_000;
export const D = 24 * H;

export function service(name: string, patch: Partial<OrderServiceSnapshot> = {}): OrderServiceSnapshot {
  return { id: '1', name, type: 'Default', category: 'Instagram Followers', rate: '0.9', refill: true, cancel: true, ...patch };
}

export interface Timeline {
  placedAt?: number;
  startedAt?: number | null;
  doneAt?: number | null;
  status?: OrderStatus;
}

/** An order placed at `placedAt`, started at `startedAt`, finished as `status` at `doneAt`. */
export function tracked(panelId: string, orderId: string, timeline: Timeline = {}, patch: Partial<TrackedOrder> = {}): TrackedOrder {
  const { placedAt = 0, startedAt = placedAt + H, doneAt = placedAt + 5 * H, status = 'completed' } = timeline;
  const history: TrackedOrder['history'] = [{ at: placedAt, status: 'pending', statusText: 'Placed' }];
  if (startedAt !== null) history.push({ at: startedAt, status: 'in_progress', statusText: 'In progress' });
  if (doneAt !== null) history.push({ at: doneAt, status, statusText: status });
  return order(panelId, orderId, {
    createdAt: placedAt,
    status: doneAt === null ? (startedAt === null ? 'pending' : 'in_progress') : status,
    statusText: status,
    charge: '0.9',
    currency: 'USD',
    remains: status === 'completed' ? 0 : status === 'partial' ? 300 : status === 'canceled' || status === 'refunded' ? 1000 : null,
    history,
    ...patch,
  });
}
