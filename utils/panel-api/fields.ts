/**
 * Tolerant readers for panel JSON: keys looked up case-insensitively ("Charge", "Start_count"),
 * numbers from strings or numbers, booleans from true/"1"/1/"yes". Each returns null when the
 * value is missing or unusable: the caller decides what unknown means.
 */
import { t } from '../i18n/messages';

export type Json = Record<string, unknown>;

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * "Start_count", "start count" → "startcount". Remembered: a catalog repeats the same dozen
 * keys 10,000 times, and each optional field a service lacks ("desc", "step") is looked for
 * among all its keys (npm run bench, figure 5). Bounded, in case a panel's keys are all new.
 */
const looseKeys = new Map<string, string>();
function looseKey(key: string): string {
  let loose = looseKeys.get(key);
  if (loose === undefined) {
    loose = key.toLowerCase().replace(/[\s_-]/g, '');
    if (looseKeys.size < 2000) looseKeys.set(key, loose);
  }
  return loose;
}

/**
 * Can `k` not be a loose spelling of `wanted`? Decided from its first character alone when
 * that is plain ASCII and not a separator: most lookups are for keys an answer does not have
 * ("error", "message", "posts" in each of 10,000 status answers), and a key that starts
 * with another letter is passed over without working out its loose form.
 */
function surelyOther(k: string, wanted: string): boolean {
  const c = k.charCodeAt(0);
  // White space (tab, new line… up to the space), "-" and "_" are dropped by looseKey;
  // non-ASCII characters may be spaces or lower-case to ASCII letters.
  if (c >= 128 || c <= 32 || c === 45 || c === 95) return false;
  return (c >= 65 && c <= 90 ? c + 32 : c) !== wanted.charCodeAt(0);
}

/** Reads `key` from `obj`, also as "Key", "KEY", "start count" for "start_count". Own keys only. */
export function field(obj: Json, key: string): unknown {
  if (Object.hasOwn(obj, key)) return obj[key];
  const wanted = looseKey(key);
  for (const k in obj) {
    if (Object.hasOwn(obj, k) && !surelyOther(k, wanted) && looseKey(k) === wanted) return obj[k];
  }
  return undefined;
}

/** An id as a string: numbers, strings and hex object ids all become trimmed strings. */
export function readId(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  return null;
}

/**
 * A whole number from 50, "50", "50.0", " 1,000 ". Beyond 2^53 a number is no longer exact
 * (1e308, "99999999999999999999"): unknown, not a guess.
 */
export function readInt(value: unknown): number | null {
  let n: number;
  if (typeof value === 'number') n = value;
  else if (typeof value === 'string' && /^\s*[+-]?[\d,]+(\.0*)?\s*$/.test(value)) n = Number(value.replace(/[,\s]/g, ''));
  else return null;
  return Number.isSafeInteger(n) ? n : null;
}

export function readBool(value: unknown): boolean | null {
  if (typeof value === 'boolean') return value;
  if (value === 1 || value === '1') return true;
  if (value === 0 || value === '0') return false;
  if (typeof value === 'string') {
    const v = value.trim().toLowerCase();
    if (v === 'true' || v === 'yes' || v === 'on') return true;
    if (v === 'false' || v === 'no' || v === 'off' || v === '') return false;
  }
  return null;
}

export function readText(value: unknown): string | null {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

/**
 * The panel's error text, if this value is an error: `{"error":"…"}`, `{"error":{"message":…}}`,
 * `{"status":"error","message":"…"}`, or (SmartPanel clones, per item) a bare string.
 */
export function errorText(value: unknown): string | null {
  if (!isObject(value)) return null;
  const error = field(value, 'error');
  if (typeof error === 'string' && error.trim()) return error.trim();
  if (isObject(error)) return readText(field(error, 'message')) ?? JSON.stringify(error);
  if (error === true) return readText(field(value, 'message')) ?? t('errors_panelSaidError');
  // `{"status":"error","message":"…"}`. A bare `{"status":"Error"}` is NOT one: "Error" and
  // "Fail" are real order and refill status words.
  const status = field(value, 'status');
  const message = readText(field(value, 'message')) ?? readText(field(value, 'msg'));
  if (typeof status === 'string' && /^(error|fail(ed)?)$/i.test(status.trim()) && message) return message;
  // `{"status":false,"message":"…"}`, `{"success":false,"message":"…"}`: envelope scripts.
  if (status === false || field(value, 'success') === false) return message || t('errors_failureWithoutReason');
  return null;
}
