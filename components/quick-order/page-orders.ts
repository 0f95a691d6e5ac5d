/**
 * The tracked orders as this page opened them, read once: "Your record" and "Order the
 * remaining N" both come from them. A record is a summary of finished orders; an order that
 * finishes while the form is open changes it on the next open, not mid-typing.
 */
import { useEffect, useState } from 'preact/hooks';
import { serviceRecords, type ServiceRecord } from '@/utils/orders/service-record';
import type { TrackedOrder } from '@/utils/orders/types';
import type { QuickOrderActions } from './actions';

let orders: Promise<Record<string, TrackedOrder>> | null = null;
let records: Promise<Map<string, ServiceRecord>> | null = null;

/** The stored orders, read on first use and kept for the page's life. */
export function pageOrders(readOrders: QuickOrderActions['readOrders']): Promise<Record<string, TrackedOrder>> {
  orders ??= readOrders().catch(() => ({}));
  return orders;
}

/** Every panel + service's record (utils/orders/service-record.ts), computed once per page open. */
export function pageRecords(readOrders: QuickOrderActions['readOrders']): Promise<Map<string, ServiceRecord>> {
  records ??= pageOrders(readOrders).then((all) => serviceRecords(Object.values(all)));
  return records;
}

/**
 * The records once computed; null meanwhile (the form never waits for them). Read only once
 * `ready` (the catalog is in and painted): every stored order, checked, is a read of up to
 * megabytes that shared the storage backend and the main thread with the catalog's read, and
 * the records only annotate services of that catalog (npm run bench, figure 3).
 */
export function useServiceRecords(readOrders: QuickOrderActions['readOrders'], ready: boolean): Map<string, ServiceRecord> | null {
  const [state, setState] = useState<Map<string, ServiceRecord> | null>(null);
  useEffect(() => {
    if (!ready) return;
    let live = true;
    // A task after the frame this effect follows: the form with its service paints first.
    const timer = setTimeout(() => void pageRecords(readOrders).then((r) => live && setState(r)), 0);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [ready]);
  return state;
}
