/**
 * The popup's view of the orders (`local:liveOrders`, written by the background): per panel,
 * every active order and the latest finished ones, each as a compact row with only what the
 * popup's row shows (and what the badge and the duplicate-link check read), sorted as shown.
 *
 * Why compact: the popup opens on every click, and its first paint waits for this read. Full
 * orders carry their status histories and refills (≈ 2 KB each); a row is ≈ 250 bytes, so
 * 200 active orders are read, copied and checked in a few ms (npm run bench, figure 2).
 */
import type { OrderProgress } from '../panel-api/types';
import { isOrderFinished } from './status';
import type { OrderServiceSnapshot, TrackedOrder } from './types';

/** How many finished orders per panel the popup shows under "Recently finished". */
export const RECENT_FINISHED = 10;

/** Marks the compact shape: version 1 of the item held full orders by key (still read). */
export const POPUP_VIEW_SHAPE = 2;

/** What one popup row shows of an order. Field names as in TrackedOrder (orderKind etc. read both). */
export interface PopupOrder extends Pick<TrackedOrder, 'key' | 'panelId' | 'orderId' | 'link' | 'quantity' | 'runs' | 'estimatedCharge' | 'status' | 'statusText' | 'charge' | 'currency' | 'remains' | 'missing'> {
  service: Pick<OrderServiceSnapshot, 'name' | 'type' | 'currency'> | null;
  progress: Pick<OrderProgress, 'kind' | 'runsDone' | 'postsDone' | 'expiry'> | null;
}

export interface PanelPopupView {
  /** Every active order, newest first. */
  active: PopupOrder[];
  /** The latest RECENT_FINISHED finished ones, most recently finished first. */
  recent: PopupOrder[];
}

export interface PopupView {
  shape: typeof POPUP_VIEW_SHAPE;
  /** panelId → its rows (own() to read: panel ids are data). */
  panels: Record<string, PanelPopupView>;
}

/** Newest first: active orders by when they were placed. */
export const byNewest = (a: TrackedOrder, b: TrackedOrder): number => b.createdAt - a.createdAt;

/** Finished orders by when PanelPilot last heard of them (≈ when they finished). */
export const byRecentlyFinished = (a: TrackedOrder, b: TrackedOrder): number => (b.lastCheckedAt ?? b.createdAt) - (a.lastCheckedAt ?? a.createdAt);

/** The service as a row shows it (a currency only when the snapshot has one). */
function popupServiceOf(service: OrderServiceSnapshot): PopupOrder['service'] {
  return service.currency ? { name: service.name, type: service.type, currency: service.currency } : { name: service.name, type: service.type };
}

export function popupOrderOf(o: TrackedOrder): PopupOrder {
  return {
    key: o.key,
    panelId: o.panelId,
    orderId: o.orderId,
    service: o.service ? popupServiceOf(o.service) : null,
    link: o.link,
    quantity: o.quantity,
    runs: o.runs,
    estimatedCharge: o.estimatedCharge,
    status: o.status,
    statusText: o.statusText,
    charge: o.charge,
    currency: o.currency,
    remains: o.remains,
    missing: o.missing,
    progress: o.progress ? { kind: o.progress.kind, runsDone: o.progress.runsDone, postsDone: o.progress.postsDone, expiry: o.progress.expiry } : null,
  };
}

/** The popup's view of `orders`: pure, so the background can derive it wherever it writes orders. */
export function liveOrdersOf(orders: Record<string, TrackedOrder>): PopupView {
  const active = new Map<string, TrackedOrder[]>();
  const finished = new Map<string, TrackedOrder[]>();
  for (const order of Object.values(orders)) {
    const into = isOrderFinished(order.status) ? finished : active;
    const list = into.get(order.panelId);
    if (list) list.push(order);
    else into.set(order.panelId, [order]);
  }
  // Object.fromEntries: a panel id is data, and "__proto__" stays an ordinary key.
  const panels = Object.fromEntries(
    [...new Set([...active.keys(), ...finished.keys()])].map((panelId): [string, PanelPopupView] => [
      panelId,
      {
        active: (active.get(panelId) ?? []).sort(byNewest).map(popupOrderOf),
        recent: (finished.get(panelId) ?? []).sort(byRecentlyFinished).slice(0, RECENT_FINISHED).map(popupOrderOf),
      },
    ]),
  );
  return { shape: POPUP_VIEW_SHAPE, panels };
}

export const EMPTY_POPUP_VIEW: PopupView = { shape: POPUP_VIEW_SHAPE, panels: {} };

/** Every row of the view (active and recent, every panel): what the badge and duplicate check read. */
export function popupViewOrders(view: PopupView): PopupOrder[] {
  return Object.values(view.panels).flatMap((p) => [...p.active, ...p.recent]);
}
