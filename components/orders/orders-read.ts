import { useEffect, useState } from 'preact/hooks';
import type { TrackedOrder } from '@/utils/orders/types';
import { plural, t } from '@/utils/i18n/messages';

/**
 * Called as the orders are read: `orders` is every order read so far (each call replaces the
 * last), `complete` says none is left to read. `remaining`, when the read knows it, counts
 * the orders still to come. After the complete call, each stored change comes as another
 * complete call.
 */
export type OnOrdersPart = (orders: Record<string, TrackedOrder>, complete: boolean, remaining?: number) => void;
export type ReadOrders = (onPart: OnOrdersPart) => Promise<void>;

/** The page's view of the read: what it has, whether that is every order, and why not. */
export interface OrdersRead {
  orders: Record<string, TrackedOrder>;
  /** Every order read: totals, "select all", exports and the spending view may count on it. */
  complete: boolean;
  /** Orders still to read, when the read knows; null when it does not (or none are left). */
  remaining: number | null;
  /** Nothing read yet: the table says "Reading orders…", not "No orders". */
  started: boolean;
  error: string | null;
}

export const READ_START: OrdersRead = { orders: {}, complete: false, remaining: null, started: false, error: null };

export function withPart(read: OrdersRead, orders: Record<string, TrackedOrder>, complete: boolean, remaining?: number): OrdersRead {
  return { orders, complete, remaining: complete || remaining === undefined ? null : remaining, started: true, error: null };
}

/** A failed read keeps what was read: the page shows it with the error, never an empty list. */
export function withReadError(read: OrdersRead, error: unknown): OrdersRead {
  return { ...read, started: true, error: error instanceof Error ? error.message : String(error) };
}

/** Reads the orders once per page, part by part (the first part is painted at once). */
export function useOrdersRead(readOrders: ReadOrders): OrdersRead {
  const [read, setRead] = useState<OrdersRead>(READ_START);
  useEffect(() => {
    let live = true;
    readOrders((orders, complete, remaining) => live && setRead((r) => withPart(r, orders, complete, remaining))).catch((error: unknown) => live && setRead((r) => withReadError(r, error)));
    return () => {
      live = false;
    };
  }, [readOrders]);
  return read;
}

/** What is still being read ("Still reading 9,750 orders…"), or null once every order is. */
export function stillReading(read: OrdersRead): string | null {
  if (read.complete) return null;
  if (!read.started) return t('ordersTable_readingOrders');
  return read.remaining === null ? t('ordersTable_readingOlder') : plural('ordersTable_stillReading', read.remaining);
}

/**
 * The header's count. Until every order is read it counts those read so far and says so:
 * a partial count is never shown as the total.
 */
export function ordersCount(read: OrdersRead, total: number, shown: number): string {
  const reading = stillReading(read);
  const orders = plural('common_orders', total);
  if (!read.started) return reading!;
  if (reading) return total === shown ? t('ordersTable_readSoFar', orders, reading) : t('ordersTable_shownOfReadSoFar', shown, orders, reading);
  return total === shown ? plural('orders_trackedCount', total) : plural('orders_shownOf', total, shown);
}
