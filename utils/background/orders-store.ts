/** The one way the background changes tracked orders: locked, and written only on change. */
import { addsInFlightItem, ordersItem, unconfirmedItem } from '../storage';
import type { TrackedOrder, UnconfirmedAttempt } from '../orders/types';
import { withLock } from './lock';

export type OrdersById = Record<string, TrackedOrder>;

/**
 * Runs `change` on the current orders. `change` returns the new record, or the same object
 * to mean "nothing changed" (then storage is not written at all).
 */
export function updateOrders<R>(change: (orders: OrdersById) => { orders: OrdersById; result: R }): Promise<R> {
  return withLock('orders', async () => {
    const current = await ordersItem.getValue();
    const { orders, result } = change(current);
    if (orders !== current) await ordersItem.setValue(orders);
    return result;
  });
}

type AttemptList = typeof unconfirmedItem;

type ListChange<R> = { list: UnconfirmedAttempt[]; result: R };

/** Locked read-change-write of one list of attempts; written only when `change` returns a new list. */
function listUpdater(item: AttemptList, lock: string) {
  return <R>(change: (list: UnconfirmedAttempt[]) => ListChange<R> | Promise<ListChange<R>>): Promise<R> =>
    withLock(lock, async () => {
      const current = await item.getValue();
      const { list, result } = await change(current);
      if (list !== current) await item.setValue(list);
      return result;
    });
}

export const updateUnconfirmed = listUpdater(unconfirmedItem, 'unconfirmed');
export const updateAddsInFlight = listUpdater(addsInFlightItem as AttemptList, 'addsInFlight');
