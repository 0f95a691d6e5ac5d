/**
 * Raw panel JSON → the internal model (types.ts). Tolerant on input, strict on output: every
 * function here takes `unknown` and returns either a well-typed value or a classified error.
 */
import { parseMoney } from '../money';
import { orderStatusFromWord, refillStatusFromWord } from '../orders/status';
import { classifyErrorText, panelError, type PanelError } from './errors';
import { errorText, field, isObject, readBool, readId, readInt, readText, type Json } from './fields';
import type { Balance, OrderStatusInfo, RefillStatusInfo, Result, Service } from './types';

const ok = <T>(value: T): Result<T> => ({ ok: true, value });
const fail = <T>(error: PanelError): Result<T> => ({ ok: false, error });

/** A panel error text as a classified error, the panel's words kept. */
export function errorFromText(text: string): PanelError {
  const words = text.trim();
  // A blank string where an answer belongs (`{"3": ""}`) says nothing: not the API's shape.
  if (!words) return panelError('bad_response', 'The panel answered with an empty text where a value was expected.');
  return panelError(classifyErrorText(words), words);
}

function wrongShape(what: string): PanelError {
  return panelError('bad_response', `The panel's answer to ${what} had an unexpected shape.`);
}

/** `{data:[…]}`, `{status:"success",data:[…]}`, `{services:[…]}` or the bare array. */
function unwrapList(value: unknown): unknown[] | null {
  if (Array.isArray(value)) return value;
  if (isObject(value)) {
    for (const key of ['data', 'services', 'result', 'response']) {
      const inner = field(value, key);
      if (Array.isArray(inner)) return inner;
      if (isObject(inner)) {
        const nested = unwrapList(inner);
        if (nested) return nested;
      }
    }
  }
  return null;
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
    name: readText(field(raw, 'name')) || `Service ${id}`,
    type: readText(field(raw, 'type')) || 'Default',
    category: readText(field(raw, 'category')) || '',
    rate,
    min,
    max: Math.max(min, max),
    refill: readBool(field(raw, 'refill')),
    cancel: readBool(field(raw, 'cancel')),
    dripfeed: readBool(field(raw, 'dripfeed')),
  };
  if (step !== null && step > 1) service.step = step;
  if (description) service.description = description;
  if (averageDelivery) service.averageDelivery = averageDelivery;
  return service;
}

export function normalizeServices(raw: unknown): Result<Service[]> {
  const text = errorText(raw);
  if (text) return fail(errorFromText(text));
  const list = unwrapList(raw);
  if (!list) return fail(wrongShape('the service list'));
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
  if (list.length > 0 && services.length === 0) return fail(wrongShape('the service list'));
  return ok(services);
}

export function normalizeOrderStatus(raw: unknown): Result<OrderStatusInfo> {
  if (typeof raw === 'string') return fail(errorFromText(raw)); // SmartPanel per-item error
  const text = errorText(raw);
  if (text) return fail(errorFromText(text));
  if (!isObject(raw)) return fail(wrongShape('the order status'));
  const word = readText(field(raw, 'status'));
  if (word === null && field(raw, 'charge') === undefined && field(raw, 'remains') === undefined) {
    return fail(wrongShape('the order status'));
  }
  return ok({
    status: word ? orderStatusFromWord(word) : 'unknown',
    statusText: word ?? '',
    charge: parseMoney(field(raw, 'charge')),
    startCount: readInt(field(raw, 'start_count')),
    remains: readInt(field(raw, 'remains')),
    currency: readText(field(raw, 'currency')) || null,
  });
}

export function normalizeRefillStatus(raw: unknown): Result<RefillStatusInfo> {
  if (typeof raw === 'string') return ok({ status: refillStatusFromWord(raw), statusText: raw.trim() });
  const text = errorText(raw);
  if (text) return fail(errorFromText(text));
  if (!isObject(raw)) return fail(wrongShape('the refill status'));
  const status = field(raw, 'status');
  if (isObject(status) || typeof status === 'string') return normalizeRefillStatus(status);
  return fail(wrongShape('the refill status'));
}

export function normalizeBalance(raw: unknown): Result<Balance> {
  const text = errorText(raw);
  if (text) return fail(errorFromText(text));
  if (!isObject(raw)) return fail(wrongShape('the balance'));
  const balance = parseMoney(field(raw, 'balance'));
  if (balance === null) return fail(wrongShape('the balance'));
  return ok({ balance, currency: readText(field(raw, 'currency')) || 'USD' });
}

/** `{"order": 23501}` → "23501". Without an id we cannot know what happened: ambiguous. */
export function normalizeAddAnswer(raw: unknown): Result<{ orderId: string }> {
  const text = errorText(raw);
  if (text) return fail(errorFromText(text));
  const id = isObject(raw) ? (readId(field(raw, 'order')) ?? readId(field(raw, 'order_id'))) : null;
  if (!id) {
    return fail(
      panelError('bad_response', 'The panel answered the order without an order id.', { ambiguous: true }),
    );
  }
  return ok({ orderId: id });
}

export function normalizeRefillAnswer(raw: unknown): Result<{ refillId: string }> {
  if (typeof raw === 'string' && !/^\s*\w+\s*$/.test(raw)) return fail(errorFromText(raw));
  const direct = readId(raw);
  if (direct) return ok({ refillId: direct });
  const text = errorText(raw);
  if (text) return fail(errorFromText(text));
  if (!isObject(raw)) return fail(wrongShape('the refill request'));
  const inner = field(raw, 'refill');
  if (isObject(inner)) return normalizeRefillAnswer(inner);
  const id = readId(inner);
  return id ? ok({ refillId: id }) : fail(wrongShape('the refill request'));
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
  return fail(wrongShape('the cancel request'));
}

type Normalizer<T> = (raw: unknown) => Result<T>;

/**
 * Batch answers come keyed by id (`status`: `{"1": {...}}`) or as arrays of objects naming
 * their id (`refill`, `refill_status`, `cancel`: `[{"order": 1, "refill": …}]`). A panel may
 * also answer a batch of one with the single form; then `single` normalizes it for that id.
 */
export function normalizeBatch<T>(
  raw: unknown,
  ids: readonly string[],
  shape: { idKey: string; valueKey: string | null; normalize: Normalizer<T> },
): Result<Record<string, Result<T>>> {
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
  if (!isObject(raw)) return fail(panelError('bad_response', 'The panel’s batch answer had an unexpected shape.'));
  const keyed = ids.filter(answered);
  if (keyed.length > 0) {
    for (const id of keyed) items.set(id, shape.normalize(raw[id]));
    return done();
  }
  if (ids.length === 1) items.set(ids[0]!, shape.normalize(shape.valueKey ? (field(raw, shape.valueKey) ?? raw) : raw));
  return done();
}
