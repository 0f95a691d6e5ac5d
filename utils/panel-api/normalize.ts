/**
 * Raw panel JSON → the internal model (types.ts). Tolerant on input, strict on output: every
 * function here takes `unknown` and returns either a well-typed value or a classified error.
 */
import { splitCurrency } from '../amount-text';
import { parseMoney } from '../money';
import { orderStatusFromWord, refillStatusFromWord } from './status-words';
import { isEmptyData, unwrapList, unwrapObject } from './envelope';
import type { MessageKey } from '../i18n/keys';
import { t } from '../i18n/messages';
import { classifyErrorText, panelError, panelTextError, say, type PanelError } from './errors';
import { errorText, field, isObject, readBool, readId, readInt, readText } from './fields';
import { CHILD_ORDERS_KEPT, type Balance, type OrderProgress, type OrderStatusInfo, type RefillRequest, type RefillStatusInfo, type Result, type Service } from './types';

const ok = <T>(value: T): Result<T> => ({ ok: true, value });
const fail = <T>(error: PanelError): Result<T> => ({ ok: false, error });

/** A panel error text as a classified error, the panel's words kept. */
export function errorFromText(text: string): PanelError {
  const words = text.trim();
  // A blank string where an answer belongs (`{"3": ""}`) says nothing: not the API's shape.
  if (!words) return panelError('bad_response', say('errors_emptyText'));
  return panelTextError(classifyErrorText(words), words);
}

/** Which answer had the wrong shape: one whole sentence per answer, so each language words it. */
const WRONG_SHAPE = {
  services: 'errors_shapeServices',
  status: 'errors_shapeStatus',
  refillStatus: 'errors_shapeRefillStatus',
  balance: 'errors_shapeBalance',
  refill: 'errors_shapeRefill',
  cancel: 'errors_shapeCancel',
} as const satisfies Record<string, MessageKey>;

function wrongShape(what: keyof typeof WRONG_SHAPE): PanelError {
  return panelError('bad_response', say(WRONG_SHAPE[what]));
}

/** No min → 1; no max → unlimited (Number.MAX_SAFE_INTEGER): panels omit them for packages. */
export function normalizeService(raw: unknown): Service | null {
  if (!isObject(raw)) return null;
  const id = readId(field(raw, 'service')) ?? readId(field(raw, 'id'));
  if (!id) return null;
  const rate = parseMoney(field(raw, 'rate'));
  if (rate === null) return null;
  const min = Math.max(0, readInt(field(raw, 'min')) ?? 1);
  // A max of 0 or below is no limit anyone could order within: treated as not stated.
  const statedMax = readInt(field(raw, 'max'));
  const max = statedMax !== null && statedMax > 0 ? statedMax : Number.MAX_SAFE_INTEGER;
  const step = readInt(field(raw, 'step'));
  const description = readText(field(raw, 'desc')) ?? readText(field(raw, 'description'));
  const averageDelivery = readText(field(raw, 'average_delivery')) ?? readText(field(raw, 'average_time'));
  const service: Service = {
    id,
    name: readText(field(raw, 'name')) || t('errors_unnamedService', id),
    type: readText(field(raw, 'type')) || 'Default', // i18n-exempt: the API's own type name
    category: readText(field(raw, 'category')) || '',
    rate,
    min,
    max: Math.max(min, max),
    refill: readBool(field(raw, 'refill')),
    cancel: readBool(field(raw, 'cancel')),
    dripfeed: readBool(field(raw, 'dripfeed')),
  };
  if (step !== null && step > 1) service.step = step;
  const currency = readText(field(raw, 'currency'));
  if (currency) service.currency = currency;
  if (description) service.description = description;
  if (averageDelivery) service.averageDelivery = averageDelivery;
  return service;
}

export function normalizeServices(raw: unknown): Result<Service[]> {
  const text = errorText(raw);
  if (text) return fail(errorFromText(text));
  const list = unwrapList(raw);
  if (!list) return fail(wrongShape('services'));
  const services: Service[] = [];
  const seen = new Set<string>();
  for (const item of list) {
    const service = normalizeService(item);
    // Duplicate ids appear in real catalogs: the first one is what the panel would use.
    if (service && !seen.has(service.id)) {
      seen.add(service.id);
      services.push(service);
    }
  }
  if (list.length > 0 && services.length === 0) return fail(wrongShape('services'));
  return ok(services);
}

/**
 * Drip-feed answers list the orders of their runs (`{status, runs, orders}`); subscriptions
 * their posts' orders and an expiry (`{status, posts, orders, expiry}`).
 */
function progressOf(raw: Record<string, unknown>): OrderProgress | undefined {
  const posts = field(raw, 'posts');
  const expiry = field(raw, 'expiry');
  const runs = field(raw, 'runs');
  const orders = field(raw, 'orders');
  const subscription = posts !== undefined || expiry !== undefined;
  if (!subscription && runs === undefined && !Array.isArray(orders)) return undefined;
  const ids = Array.isArray(orders) ? orders.map(readId).filter((id): id is string => id !== null) : [];
  return {
    kind: subscription ? 'subscription' : 'drip_feed',
    runsDone: subscription ? null : readInt(runs),
    postsDone: subscription ? readInt(posts) : null,
    childOrders: ids.slice(-CHILD_ORDERS_KEPT),
    childOrderCount: ids.length,
    expiry: subscription ? readText(expiry) || null : null,
  };
}

export function normalizeOrderStatus(input: unknown): Result<OrderStatusInfo> {
  if (typeof input === 'string') return fail(errorFromText(input)); // SmartPanel per-item error
  const text = errorText(input);
  if (text) return fail(errorFromText(text));
  if (isEmptyData(input)) return fail(panelError('not_found', say('errors_emptyData')));
  const raw = unwrapObject(input);
  if (!isObject(raw)) return fail(wrongShape('status'));
  const word = readText(field(raw, 'status'));
  const progress = progressOf(raw);
  if (word === null && field(raw, 'charge') === undefined && field(raw, 'remains') === undefined && !progress) {
    return fail(wrongShape('status'));
  }
  const status = word ? orderStatusFromWord(word) : 'unknown';
  const startCount = readInt(field(raw, 'start_count'));
  const info: OrderStatusInfo = {
    status,
    statusText: word ?? '',
    charge: parseMoney(field(raw, 'charge')),
    // Panels report 0 until the order starts: that is "not counted yet", not a count of zero.
    startCount: startCount === 0 && status === 'pending' ? null : startCount,
    // "Unknown" or missing → null; negative (over-delivery) is kept as the panel said it.
    remains: readInt(field(raw, 'remains')),
    currency: readText(field(raw, 'currency')) || null,
  };
  if (progress) info.progress = progress;
  return ok(info);
}

export function normalizeRefillStatus(raw: unknown): Result<RefillStatusInfo> {
  if (typeof raw === 'string') {
    // "Refill Request Not found" arrives where a status word belongs.
    if (/not found|incorrect refill|invalid refill/i.test(raw)) return fail(errorFromText(raw));
    return ok({ status: refillStatusFromWord(raw), statusText: raw.trim() });
  }
  const text = errorText(raw);
  if (text) return fail(errorFromText(text));
  const inner = unwrapObject(raw);
  if (!isObject(inner)) return fail(wrongShape('refillStatus'));
  const status = field(inner, 'status');
  if (isObject(status) || typeof status === 'string') return normalizeRefillStatus(status);
  return fail(wrongShape('refillStatus'));
}

/**
 * `{"balance":"100.84292","currency":"USD"}`, and the ways scripts vary it: "1,234.56",
 * "$1,234.56", "1 234,56 ₽", no currency at all. A figure that cannot be read without guessing
 * keeps the panel's text (balance null); a missing currency stays missing, never "USD".
 */
export function normalizeBalance(input: unknown): Result<Balance> {
  const text = errorText(input);
  if (text) return fail(errorFromText(text));
  const raw = unwrapObject(input);
  if (!isObject(raw)) return fail(wrongShape('balance'));
  const value = field(raw, 'balance') ?? field(raw, 'funds');
  const written = readText(value);
  if (written === null || !/\d/.test(written)) return fail(wrongShape('balance'));
  const { number, currency: sign } = typeof value === 'string' ? splitCurrency(written) : { number: written, currency: null };
  const balance = parseMoney(typeof value === 'number' ? value : number);
  const currency = readText(field(raw, 'currency')) || sign || null;
  return ok({ balance, currency, text: written.slice(0, 60) });
}

/** `{"order": 23501}` → "23501". Without an id we cannot know what happened: ambiguous. */
export function normalizeAddAnswer(input: unknown): Result<{ orderId: string }> {
  const text = errorText(input);
  if (text) return fail(errorFromText(text));
  const raw = unwrapObject(input);
  const id = isObject(raw) ? (readId(field(raw, 'order')) ?? readId(field(raw, 'order_id'))) : null;
  if (!id) {
    return fail(
      panelError('bad_response', say('errors_noOrderId'), { ambiguous: true }),
    );
  }
  return ok({ orderId: id });
}

/** A word where a refill id belongs ("Success", "ok"): accepted, without an id. */
const ACCEPTED = /^\s*(success|successful|ok|true|done|yes)\s*$/i;

/** The panel said the request was taken: `{"status":"Success","message":…}`, `{"success":true}`, `{"success":"Your order will be refilled"}`. */
function acceptedWithoutId(raw: Record<string, unknown>): boolean {
  const status = field(raw, 'status');
  const success = field(raw, 'success');
  return status === true || (typeof status === 'string' && ACCEPTED.test(status)) || success === true || (typeof success === 'string' && success.trim() !== '');
}

/**
 * `{"refill":"1"}`, `{"success":"Your order will be refill asap","refill":id}`, and
 * `{"status":"Success","message":…}` without any id: requested, but not trackable (refillId null).
 */
export function normalizeRefillAnswer(input: unknown): Result<RefillRequest> {
  if (input === true || (typeof input === 'string' && ACCEPTED.test(input))) return ok({ refillId: null });
  if (typeof input === 'string' && !/^\s*\w+\s*$/.test(input)) return fail(errorFromText(input));
  const direct = readId(input);
  if (direct) return ok({ refillId: direct });
  const text = errorText(input);
  if (text) return fail(errorFromText(text));
  const raw = unwrapObject(input);
  if (!isObject(raw)) return fail(wrongShape('refill'));
  const inner = field(raw, 'refill') ?? field(raw, 'refill_id');
  if (isObject(inner) || inner === true || typeof inner === 'string') return normalizeRefillAnswer(inner);
  const id = readId(inner);
  if (id) return ok({ refillId: id });
  return acceptedWithoutId(raw) ? ok({ refillId: null }) : fail(wrongShape('refill'));
}

export function normalizeCancelAnswer(raw: unknown): Result<true> {
  if (typeof raw === 'string' && !/^\s*(1|true|ok|success)\s*$/i.test(raw)) return fail(errorFromText(raw));
  const text = errorText(raw);
  if (text) return fail(errorFromText(text));
  if (readBool(raw) === true || typeof raw === 'string' || (typeof raw === 'number' && raw > 0)) return ok(true);
  if (isObject(raw)) {
    const inner = field(raw, 'cancel');
    if (inner !== undefined) return normalizeCancelAnswer(inner);
  }
  return fail(wrongShape('cancel'));
}

type Normalizer<T> = (raw: unknown) => Result<T>;

/**
 * Batch answers come keyed by id (`status`: `{"1": {...}}`) or as arrays of objects naming
 * their id (`refill`, `refill_status`, `cancel`: `[{"order": 1, "refill": …}]`). A panel may
 * also answer a batch of one with the single form; then `single` normalizes it for that id.
 */
export function normalizeBatch<T>(
  input: unknown,
  ids: readonly string[],
  shape: { idKey: string; valueKey: string | null; normalize: Normalizer<T> },
): Result<Record<string, Result<T>>> {
  // `{"status":true,"data":{"1":{…}}}` is the keyed answer inside its envelope.
  const raw = unwrapObject(input);
  // Own keys only: an id such as "constructor" or "__proto__" must not find (or replace)
  // what every object inherits.
  const answered = (id: string) => isObject(raw) && Object.hasOwn(raw, id);
  const text = errorText(raw);
  if (text && !ids.some(answered)) {
    const error = errorFromText(text);
    // A one-id batch answered "Incorrect order ID" is that id's answer, not the panel failing:
    // the order is marked not found instead of the panel being backed off every cycle.
    if (ids.length === 1 && error.kind === 'not_found') return ok({ [ids[0]!]: fail(error) });
    return fail(error);
  }
  const asked = new Set(ids);
  const items = new Map<string, Result<T>>();
  // Object.fromEntries defines own properties, so "__proto__" stays an ordinary key.
  const done = () => ok(Object.fromEntries(items));
  const list = unwrapList(raw);
  if (list) {
    for (const entry of list) {
      if (!isObject(entry)) continue;
      const id = readId(field(entry, shape.idKey));
      // Ids nobody asked about are ignored: a panel cannot add orders to what we track.
      if (!id || !asked.has(id)) continue;
      items.set(id, shape.normalize(shape.valueKey ? field(entry, shape.valueKey) : entry));
    }
    return done();
  }
  if (!isObject(raw)) return fail(panelError('bad_response', say('errors_shapeBatch')));
  const keyed = ids.filter(answered);
  if (keyed.length > 0) {
    for (const id of keyed) items.set(id, shape.normalize(raw[id]));
    return done();
  }
  if (ids.length === 1) items.set(ids[0]!, shape.normalize(shape.valueKey ? (field(raw, shape.valueKey) ?? raw) : raw));
  return done();
}
