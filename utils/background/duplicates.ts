/**
 * The one duplicate-link check, in the background (utils/orders/duplicates.ts decides): the
 * quick-order form asks it while the user types, the mass order before it sends, and
 * placeOrder again inside the lock that records an add as in flight, so an order that is
 * still on its way (a popup closed and reopened during a slow add) counts too.
 */
import type { MessageHandlers } from '../messaging';
import { findDuplicates, type DuplicateHit } from '../orders/duplicates';
import { popupViewOrders } from '../orders/live-orders';
import type { UnconfirmedAttempt } from '../orders/types';
import { addsInFlightItem, liveOrdersItem, ordersItem, unconfirmedItem } from '../storage';

/**
 * Checks `links` against what is outstanding on the panel. `inFlight` when the caller holds
 * the in-flight list's lock and has it. Active orders come from the popup's view, which
 * holds every one of them in compact rows (kept in step by the background: a placed order is
 * written to it before it leaves the in-flight list).
 */
export async function duplicatesFor(panelId: string, links: readonly (string | null)[], inFlight?: readonly UnconfirmedAttempt[]): Promise<(DuplicateHit | null)[]> {
  const [live, unconfirmed, adds] = await Promise.all([liveOrdersItem.getValue(), unconfirmedItem.getValue(), inFlight ?? addsInFlightItem.getValue()]);
  const orders = live ? popupViewOrders(live) : Object.values(await ordersItem.getValue());
  return findDuplicates(panelId, links, { orders, unconfirmed, inFlight: adds });
}

export const duplicateHandlers: Pick<MessageHandlers, 'order.duplicates'> = {
  'order.duplicates': ({ panelId, links }) => duplicatesFor(panelId, links),
};
