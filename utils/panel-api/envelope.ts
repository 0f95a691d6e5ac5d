/**
 * The wrappers panel scripts put around an answer: `{"data":[…]}`, `{"status":"success",
 * "data":[…]}`, `{"services":[…],"count":N}`, `{"status":true,"data":{…}}`, and
 * `{"status":"success","data":"Empty Data"}` for an empty list.
 */
import { field, isObject } from './fields';

// Not `orders`: a drip-feed status answer lists its runs' orders there.
const LIST_KEYS = ['data', 'services', 'result', 'response'];
/** Keys a wrapper has besides its payload. */
const WRAPPER_KEYS: ReadonlySet<string> = new Set(['status', 'success', 'message', 'msg', 'code', 'count', 'total', 'data', 'result', 'response']);
/** What scripts put in `data` when there is nothing: "Empty Data", "No data", "No orders found". */
const EMPTY_TEXT = /^\s*(empty( data)?|no data|no (orders?|services?|refills?|results?|records?)( found)?|not found|nothing found)\s*\.?\s*$/i;

/** `{status:"success", data:"Empty Data"}`: an empty answer, not an error. */
export function isEmptyData(value: unknown): boolean {
  if (!isObject(value)) return false;
  const data = field(value, 'data') ?? field(value, 'result');
  return typeof data === 'string' && EMPTY_TEXT.test(data) && Object.keys(value).every((k) => WRAPPER_KEYS.has(k.toLowerCase()));
}

/** The list inside any of the wrappers, the bare array, `[]` for "Empty Data"; null when there is none. */
export function unwrapList(value: unknown): unknown[] | null {
  if (Array.isArray(value)) return value;
  if (!isObject(value)) return null;
  if (isEmptyData(value)) return [];
  for (const key of LIST_KEYS) {
    const inner = field(value, key);
    if (Array.isArray(inner)) return inner;
    if (isObject(inner)) {
      const nested = unwrapList(inner);
      if (nested) return nested;
    }
  }
  return null;
}

/**
 * `{"status":true,"data":{…}}` → the object inside, when the outer object holds nothing but
 * wrapper keys; anything else as it is.
 */
export function unwrapObject(value: unknown): unknown {
  if (!isObject(value)) return value;
  const inner = field(value, 'data') ?? field(value, 'result') ?? field(value, 'response');
  if (!isObject(inner)) return value;
  return Object.keys(value).every((k) => WRAPPER_KEYS.has(k.toLowerCase())) ? inner : value;
}
