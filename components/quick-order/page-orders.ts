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

/** The records once computed; null meanwhile (the form never waits for them). */
export function useServiceRecords(readOrders: QuickOrderActions['readOrders']): Map<string, ServiceRecord> | null {
  const [state, setState] = useState<Map<string, ServiceRecord> | null>(null);
  useEffect(() => {
    let live = true;
    void pageRecords(readOrders).then((r) => live && setState(r));
    return () => {
      live = false;
    };
  }, []);
  return state;
}
