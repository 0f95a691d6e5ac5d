/**
 * What PanelPilot stores about orders, defined once: tracked orders, their refills and
 * status history, the service as it was, and unconfirmed attempts. The storage check, the
 * backup reader and restore are all read through these tables (utils/schema/read.ts).
 *
 * A new field is one line here (plus its line in types.ts, which the compiler asks for):
 * e.g. `posts: nullable(count),` — older blobs and backups then load with null.
 */
import { ORDER_STATUSES, REFILL_STATUSES, type OrderProgress, type OrderStatusInfo, type RefillStatusInfo } from '../panel-api/types';
import { BAD, REQUIRED, TEXT_CAP, bool, isObject, count, id, idText, listOf, money, nullable, object, oneOf, optional, recordOf, text, time, withDefault, type Field } from '../schema/fields';
import { link } from '../schema/link-fields';
import { t } from '../i18n/messages';
import { readStored, type Checked } from '../schema/read';
import { EMPTY_POPUP_VIEW, liveOrdersOf, POPUP_VIEW_SHAPE, type PanelPopupView, type PopupOrder, type PopupView } from './live-orders';
import { ORDER_SOURCES, orderKey, type OrderServiceSnapshot, type RefillRecord, type StatusChange, type TrackedOrder, type UnconfirmedAttempt } from './types';

/** Status changes kept per order: the first (placed or imported) and the latest ones. */
export const HISTORY_CAP = 50;

export function capHistory(history: StatusChange[]): StatusChange[] {
  return history.length <= HISTORY_CAP ? history : [history[0]!, ...history.slice(-(HISTORY_CAP - 1))];
}

/** A status text with its numbers blanked: "In progress (45%)" and "In progress (46%)" read alike. */
const textShape = (text: string) => text.replace(/\d+(?:[.,]\d+)*/g, '#');

/**
 * The history with a new status change: when only a number in the panel's text moved (a
 * panel that reports "In progress (n%)" on every poll), the last entry takes the new text and
 * keeps the time the status began; otherwise the change is added. Capped (HISTORY_CAP).
 */
export function withStatusChange(history: StatusChange[], change: StatusChange): StatusChange[] {
  const last = history.at(-1);
  if (last && last.status === change.status && textShape(last.statusText) === textShape(change.statusText)) {
    return [...history.slice(0, -1), { ...last, statusText: change.statusText }];
  }
  return capHistory([...history, change]);
}

const statusText = text(TEXT_CAP.line);

export const SERVICE_SNAPSHOT = object<OrderServiceSnapshot>({
  id,
  name: text(TEXT_CAP.line),
  type: text(TEXT_CAP.line, 'Default'), // i18n-exempt: the panel API's service type name, compared and sent as data
  category: text(TEXT_CAP.line),
  rate: money,
  refill: nullable(bool(false)),
  cancel: nullable(bool(false)),
  currency: optional(text(TEXT_CAP.short)),
});

export const STATUS_CHANGE = object<StatusChange>({
  at: time,
  // An unreadable status is unknown (shown and polled again), never guessed.
  status: oneOf(ORDER_STATUSES, 'unknown'),
  statusText,
});

export const REFILL = object<RefillRecord>({
  // null: the panel accepted the refill without naming an id (never polled). Missing: unusable.
  refillId: withDefault(nullable(id), REQUIRED),
  requestedAt: time,
  status: oneOf(REFILL_STATUSES, 'unknown'),
  statusText,
  lastCheckedAt: nullable(time),
  missing: bool(false),
});

/** What a drip-feed or subscription answer adds (older and plain orders have none). */
export const PROGRESS = object<OrderProgress>({
  kind: withDefault(oneOf(['drip_feed', 'subscription'] as const, 'drip_feed'), REQUIRED),
  runsDone: nullable(count),
  postsDone: nullable(count),
  childOrders: listOf(id),
  childOrderCount: count,
  expiry: nullable(text(TEXT_CAP.short)),
});

/** The fields a status answer brings, as an order stores them (what the tracker writes). */
const statusFields = {
  status: oneOf(ORDER_STATUSES, 'unknown'),
  statusText,
  charge: nullable(money),
  currency: nullable(text(TEXT_CAP.short)),
  startCount: nullable(count),
  remains: nullable(count),
};

export const ORDER = object<TrackedOrder>(
  {
    key: text(TEXT_CAP.id * 2),
    panelId: id,
    orderId: idText,
    service: nullable(SERVICE_SNAPSHOT),
    link: nullable(link),
    quantity: nullable(count),
    runs: nullable(count),
    interval: nullable(count),
    estimatedCharge: nullable(money),
    createdAt: time,
    source: oneOf(ORDER_SOURCES, 'import'),
    ...statusFields,
    lastCheckedAt: nullable(time),
    history: listOf(STATUS_CHANGE, { cap: capHistory, label: (i) => t('options_schemaHistoryEntry', i + 1) }),
    refills: listOf(REFILL, { label: (i) => t('options_schemaRefill', i + 1) }),
    missing: bool(false),
    // Added with drip-feed and subscription answers: older orders read as plain (no progress).
    progress: optional(nullable(PROGRESS)),
  },
  // The key is the order's own, whatever was stored.
  (order) => (isOrderKey(order.key, order.panelId, order.orderId) ? order : { ...order, key: orderKey(order.panelId, order.orderId) }),
);

/** Is `key` orderKey(panelId, orderId)? Compared in place: no key text made per order read. */
function isOrderKey(key: string, panelId: string, orderId: string): boolean {
  return key.length === panelId.length + 1 + orderId.length && key.startsWith(panelId) && key[panelId.length] === ':' && key.endsWith(orderId);
}

/** A status answer as an order keeps it: a status word outside the closed set is unknown, texts capped. */
export const STATUS_INFO = object<OrderStatusInfo>({ ...statusFields, progress: optional(PROGRESS) });

/** A refill status answer as a refill record keeps it. */
export const REFILL_INFO = object<RefillStatusInfo>({ status: REFILL.schema.status, statusText });

export const UNCONFIRMED = object<UnconfirmedAttempt>({
  id,
  panelId: id,
  serviceId: text(TEXT_CAP.id),
  serviceName: text(TEXT_CAP.line),
  link: nullable(link),
  quantity: nullable(count),
  estimatedCharge: nullable(money),
  attemptedAt: time,
  reason: text(TEXT_CAP.message),
  // Added later: older attempts load with these defaults.
  runs: nullable(count),
  interval: nullable(count),
  source: oneOf(ORDER_SOURCES, 'quick-order'),
  service: nullable(SERVICE_SNAPSHOT),
});

const ORDER_RECORD: Field<Record<string, TrackedOrder>> = recordOf(ORDER, (_i, raw, key) =>
  raw && typeof raw === 'object' && 'orderId' in raw ? t('options_schemaOrderKeyWithId', key, String(raw.orderId)) : t('options_schemaOrderKey', key),
);
export const UNCONFIRMED_LIST = listOf(UNCONFIRMED, { label: (i) => t('options_schemaUnconfirmed', i + 1) });

/** panelId → service ids, most recent first. */
export const RECENT_SERVICES = recordOf(listOf(id));

export function checkOrders(raw: unknown): Checked<Record<string, TrackedOrder>> {
  const orders = readStored(ORDER_RECORD, raw, {});
  // Keyed by the order's own key, whatever the stored record used: rebuilt only when some
  // entry is stored under another key (the record is kept as read when all match).
  for (const key in orders.value) {
    if (Object.hasOwn(orders.value, key) && orders.value[key]!.key !== key) {
      const values = Object.values(orders.value);
      const value = Object.fromEntries(values.map((o) => [o.key, o]));
      return { value, lost: orders.lost || Object.keys(value).length !== values.length };
    }
  }
  return orders;
}

export const checkUnconfirmed = (raw: unknown): Checked<UnconfirmedAttempt[]> => readStored(UNCONFIRMED_LIST, raw, []);
export const checkRecentServices = (raw: unknown): Checked<Record<string, string[]>> => readStored(RECENT_SERVICES, raw, {});

/** A row of the popup's view (utils/orders/live-orders.ts), with the order's own field checks. */
const POPUP_ORDER = object<PopupOrder>({
  key: ORDER.schema.key,
  panelId: id,
  orderId: idText,
  service: nullable(object({ name: SERVICE_SNAPSHOT.schema.name, type: SERVICE_SNAPSHOT.schema.type, currency: SERVICE_SNAPSHOT.schema.currency })),
  link: nullable(link),
  quantity: nullable(count),
  runs: nullable(count),
  estimatedCharge: nullable(money),
  status: statusFields.status,
  statusText,
  charge: statusFields.charge,
  currency: statusFields.currency,
  remains: statusFields.remains,
  missing: bool(false),
  progress: nullable(object({ kind: PROGRESS.schema.kind, runsDone: PROGRESS.schema.runsDone, postsDone: PROGRESS.schema.postsDone, expiry: PROGRESS.schema.expiry })),
});
const POPUP_ROWS = listOf(POPUP_ORDER);
const POPUP_VIEW = object<PopupView>({
  // i18n-exempt: the popup view is derived, never in a backup, so no backup message names it
  shape: { read: (v) => (v === POPUP_VIEW_SHAPE ? POPUP_VIEW_SHAPE : BAD), missing: REQUIRED, what: `the number ${POPUP_VIEW_SHAPE}` },
  panels: recordOf(object<PanelPopupView>({ active: POPUP_ROWS, recent: POPUP_ROWS })),
});

/**
 * The popup's view as stored, or built from the older shape (full orders by key, written by
 * builds before the compact view): a page never fails on it, and the background rewrites it
 * in the new shape at its next start (utils/background/live-orders.ts compares the raw value).
 */
export function checkPopupView(raw: unknown): Checked<PopupView | null> {
  if (raw === null || raw === undefined) return { value: null, lost: false };
  if (isObject(raw) && raw.shape === POPUP_VIEW_SHAPE) return readStored<PopupView | null>(POPUP_VIEW, raw, EMPTY_POPUP_VIEW);
  const old = checkOrders(raw);
  return { value: liveOrdersOf(old.value), lost: old.lost };
}
