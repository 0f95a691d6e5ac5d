/** What the tracker tells the user about. Pure data; notifications.ts turns them into toasts. */
import type { PanelErrorKind } from '../../panel-api/errors';
import type { OrderStatus, RefillStatus } from '../../panel-api/types';

export type FinishedOrderStatus = Extract<OrderStatus, 'completed' | 'partial' | 'canceled' | 'refunded' | 'failed' | 'expired'>;

export type TrackerEvent =
  | { kind: 'order'; id: string; panelId: string; orderKey: string; status: FinishedOrderStatus; delivered: number | null; quantity: number | null }
  | { kind: 'refill'; id: string; panelId: string; orderKey: string; refillId: string; status: Extract<RefillStatus, 'completed' | 'rejected' | 'failed'> }
  | { kind: 'auth'; id: string; panelId: string; message: string; /** Which access error; absent in events stored before it was kept: a refused key. */ errorKind?: PanelErrorKind }
  | { kind: 'low_balance'; id: string; panelId: string; balance: string; currency: string | null; threshold: string };

/** Which notification setting covers an event. */
export function settingFor(event: TrackerEvent): 'completed' | 'partial' | 'canceled' | 'failed' | 'refill' | 'lowBalance' | null {
  switch (event.kind) {
    case 'order':
      // A subscription that ran its course is told like a completed order.
      return event.status === 'refunded' ? 'canceled' : event.status === 'expired' ? 'completed' : event.status;
    case 'refill':
      return 'refill';
    case 'low_balance':
      return 'lowBalance';
    case 'auth':
      return null; // always shown: polling stopped until the user acts
  }
}

export interface EventGroup {
  panelId: string;
  /** e.g. "order:completed", "refill:rejected", "auth", "low_balance". */
  groupKey: string;
  events: TrackerEvent[];
}

/** Many events at once become one notification per panel and kind. */
export function groupEvents(events: readonly TrackerEvent[]): EventGroup[] {
  const groups = new Map<string, EventGroup>();
  for (const event of events) {
    const groupKey = event.kind === 'order' || event.kind === 'refill' ? `${event.kind}:${event.status}` : event.kind;
    const key = `${event.panelId}|${groupKey}`;
    const group = groups.get(key) ?? { panelId: event.panelId, groupKey, events: [] };
    group.events.push(event);
    groups.set(key, group);
  }
  return [...groups.values()];
}
