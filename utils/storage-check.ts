/**
 * Reading stored values tolerantly (see "Versions, migrations and bad blobs" in storage.ts).
 * Each reader takes whatever is stored and returns a value of the declared shape:
 * - a field that is MISSING gets its default: the blob is from an older version that did not
 *   have it yet (that is the migration, done on every read, nothing lost);
 * - a field or entry that is there but UNUSABLE (wrong type, not money, no id) is dropped or
 *   reset, and `lost` says so: the caller keeps a backup of the raw value and tells the user.
 */
import { isMoneyText } from './money';
import { ORDER_STATUSES, REFILL_STATUSES } from './panel-api/types';
import { PANEL_ERROR_KINDS } from './panel-api/errors';
import { ORDER_SOURCES, type TrackedOrder, type UnconfirmedAttempt } from './orders/types';
import type { PanelBalanceState, PanelProfile } from './panels/types';
import { DEFAULT_SETTINGS, type Settings } from './settings';
import type { TrackerState } from './tracker/types';

export interface Checked<T> {
  value: T;
  /** Something stored could not be kept as it was. */
  lost: boolean;
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

const isString = (v: unknown): v is string => typeof v === 'string';
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
const isBool = (v: unknown): v is boolean => typeof v === 'boolean';
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v);
// The one money rule: exactly what parseMoney returns (utils/money.ts).
const isMoney = isMoneyText;
const orNull = (check: (v: unknown) => boolean) => (v: unknown) => v === null || check(v);
const oneOf = (values: readonly string[]) => (v: unknown) => typeof v === 'string' && values.includes(v);
const arrayOf = (check: (v: unknown) => boolean) => (v: unknown) => Array.isArray(v) && v.every(check);

/** A field: how to recognise a good value, and the value when it is missing or bad. */
type Fields<T> = { [K in keyof T]-?: [check: (v: unknown) => boolean, fallback: T[K]] };

function readFields<T>(raw: Json, fields: Fields<T>): Checked<T> {
  let lost = false;
  const value = {} as T;
  for (const key of Object.keys(fields) as (keyof T & string)[]) {
    const [check, fallback] = fields[key];
    const stored = raw[key];
    if (stored !== undefined && check(stored)) value[key] = stored as T[typeof key];
    else {
      // Missing = an older version's blob; present but unusable = lost.
      if (stored !== undefined) lost = true;
      value[key] = fallback;
    }
  }
  return { value, lost };
}

/** A list or record whose unusable entries are dropped (the rest kept). */
function readEntries<T>(entries: [string, unknown][], read: (raw: unknown, key: string) => Checked<T> | null): { kept: [string, T][]; lost: boolean } {
  let lost = false;
  const kept: [string, T][] = [];
  for (const [key, raw] of entries) {
    const entry = read(raw, key);
    if (!entry) lost = true;
    else {
      lost ||= entry.lost;
      kept.push([key, entry.value]);
    }
  }
  return { kept, lost };
}

function readRecord<T>(raw: unknown, read: (raw: unknown, key: string) => Checked<T> | null): Checked<Record<string, T>> {
  if (!isObject(raw)) return { value: {}, lost: raw !== undefined && raw !== null };
  const { kept, lost } = readEntries(Object.entries(raw), read);
  return { value: Object.fromEntries(kept), lost };
}

function readList<T>(raw: unknown, read: (raw: unknown) => Checked<T> | null): Checked<T[]> {
  if (!Array.isArray(raw)) return { value: [], lost: raw !== undefined && raw !== null };
  const { kept, lost } = readEntries(raw.map((v, i) => [String(i), v]), read);
  return { value: kept.map(([, v]) => v), lost };
}

export function checkSettings(raw: unknown): Checked<Settings> {
  if (!isObject(raw)) return { value: DEFAULT_SETTINGS, lost: raw !== undefined && raw !== null };
  const top = readFields<Omit<Settings, 'notify'>>(raw, {
    pollIntervalSec: [(v) => isCount(v) && (v as number) > 0, DEFAULT_SETTINGS.pollIntervalSec],
    catalogTtlHours: [(v) => typeof v === 'number' && v > 0 && Number.isFinite(v), DEFAULT_SETTINGS.catalogTtlHours],
  });
  const notifyRaw = raw.notify;
  const notifyFields = Object.fromEntries(Object.entries(DEFAULT_SETTINGS.notify).map(([k, d]) => [k, [isBool, d]])) as unknown as Fields<Settings['notify']>;
  const notify = isObject(notifyRaw) ? readFields(notifyRaw, notifyFields) : { value: DEFAULT_SETTINGS.notify, lost: notifyRaw !== undefined };
  return { value: { ...top.value, notify: notify.value }, lost: top.lost || notify.lost };
}

export function checkPanels(raw: unknown): Checked<PanelProfile[]> {
  return readList(raw, (entry) => {
    if (!isObject(entry) || !isText(entry.id) || !isString(entry.name) || !isText(entry.apiUrl)) return null;
    return readFields<PanelProfile>(entry, {
      id: [isText, entry.id],
      name: [isString, entry.name],
      apiUrl: [isText, entry.apiUrl],
      isDefault: [isBool, false],
      lowBalanceThreshold: [orNull(isMoney), null],
      createdAt: [isTime, 0],
    });
  });
}

export function checkSecrets(raw: unknown): Checked<Record<string, string>> {
  return readRecord(raw, (apiKey) => (isText(apiKey) ? { value: apiKey, lost: false } : null));
}

const isRefill = (v: unknown) =>
  isObject(v) && isText(v.refillId) && oneOf(REFILL_STATUSES)(v.status) && isString(v.statusText) && isTime(v.requestedAt);
const isHistory = (v: unknown) => isObject(v) && isTime(v.at) && oneOf(ORDER_STATUSES)(v.status) && isString(v.statusText);
const isService = (v: unknown) => isObject(v) && isText(v.id) && isString(v.name) && isMoney(v.rate);

/** Built once: 10,000 orders are checked on every read. */
const ORDER_FIELDS: Fields<TrackedOrder> = {
  key: [isText, ''],
  panelId: [isText, ''],
  orderId: [isText, ''],
  service: [orNull(isService), null],
  link: [orNull(isString), null],
  quantity: [orNull(isCount), null],
  runs: [orNull(isCount), null],
  interval: [orNull(isCount), null],
  estimatedCharge: [orNull(isMoney), null],
  createdAt: [isTime, 0],
  source: [oneOf(ORDER_SOURCES), 'import'],
  // An unreadable status is unknown (shown and polled again), never guessed.
  status: [oneOf(ORDER_STATUSES), 'unknown'],
  statusText: [isString, ''],
  charge: [orNull(isMoney), null],
  currency: [orNull(isString), null],
  startCount: [orNull(isCount), null],
  remains: [orNull(isCount), null],
  lastCheckedAt: [orNull(isTime), null],
  history: [arrayOf(isHistory), []],
  refills: [arrayOf(isRefill), []],
  missing: [isBool, false],
};

export function checkOrder(raw: unknown): Checked<TrackedOrder> | null {
  if (!isObject(raw) || !isText(raw.panelId) || !(isText(raw.orderId) || isCount(raw.orderId))) return null;
  const orderId = String(raw.orderId);
  // Numeric ids (an early import) become strings, as every id is stored.
  const checked = readFields<TrackedOrder>(typeof raw.orderId === 'string' ? raw : { ...raw, orderId }, ORDER_FIELDS);
  checked.value.orderId = orderId;
  checked.value.key = `${checked.value.panelId}:${orderId}`;
  // Refills stored before `lastCheckedAt`/`missing` existed get them.
  checked.value.refills = checked.value.refills.map((r) => (r.lastCheckedAt === undefined || r.missing === undefined ? { ...r, lastCheckedAt: r.lastCheckedAt ?? null, missing: r.missing ?? false } : r));
  return checked;
}

export function checkOrders(raw: unknown): Checked<Record<string, TrackedOrder>> {
  const orders = readRecord(raw, checkOrder);
  // Keyed by the order's own key, whatever the stored record used.
  const value = Object.fromEntries(Object.values(orders.value).map((o) => [o.key, o]));
  return { value, lost: orders.lost || Object.keys(value).length !== Object.keys(orders.value).length };
}

export function checkUnconfirmed(raw: unknown): Checked<UnconfirmedAttempt[]> {
  return readList(raw, (entry) => {
    if (!isObject(entry) || !isText(entry.id) || !isText(entry.panelId)) return null;
    return readFields<UnconfirmedAttempt>(entry, {
      id: [isText, entry.id],
      panelId: [isText, entry.panelId],
      serviceId: [isString, ''],
      serviceName: [isString, ''],
      link: [orNull(isString), null],
      quantity: [orNull(isCount), null],
      estimatedCharge: [orNull(isMoney), null],
      attemptedAt: [isTime, 0],
      reason: [isString, ''],
      // Added later: older attempts load with these defaults.
      runs: [orNull(isCount), null],
      interval: [orNull(isCount), null],
      source: [oneOf(ORDER_SOURCES), 'quick-order'],
      service: [orNull(isService), null],
    });
  });
}

const isPanelError = (v: unknown) => isObject(v) && oneOf(PANEL_ERROR_KINDS)(v.kind) && isString(v.message) && isString(v.hint);

export function checkBalances(raw: unknown): Checked<Record<string, PanelBalanceState>> {
  return readRecord(raw, (entry) => {
    if (!isObject(entry)) return null;
    return readFields<PanelBalanceState>(entry, {
      last: [orNull((v) => isObject(v) && isMoney(v.balance) && isString(v.currency) && isTime(v.fetchedAt)), null],
      error: [orNull((v) => isObject(v) && isPanelError(v.error) && isTime(v.at)), null],
    });
  });
}

export const EMPTY_TRACKER_STATE: TrackerState = { panels: {}, notified: [], lowBalanceNotified: {}, lastCycleAt: null };

export function checkTrackerState(raw: unknown): Checked<TrackerState> {
  if (!isObject(raw)) return { value: EMPTY_TRACKER_STATE, lost: raw !== undefined && raw !== null };
  const isPollState = (v: unknown) =>
    isObject(v) && isCount(v.failures) && orNull(isTime)(v.nextAttemptAt) && isBool(v.pausedForAuth) && orNull(isTime)(v.lastSuccessAt) &&
    orNull((e) => isObject(e) && isPanelError(e.error) && isTime(e.at))(v.lastError);
  return readFields<TrackerState>(raw, {
    panels: [(v) => isObject(v) && Object.values(v).every(isPollState), {}],
    notified: [arrayOf(isString), []],
    lowBalanceNotified: [(v) => isObject(v) && Object.values(v).every(isBool), {}],
    lastCycleAt: [orNull(isTime), null],
  });
}
