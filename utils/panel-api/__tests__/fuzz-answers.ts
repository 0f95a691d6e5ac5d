/**
 * Generated and mutated panel answers for the fuzz tests (panel-api and tracker): plausible
 * API v2 shapes with fields swapped for junk, truncated JSON, HTML pages, wrong types, huge
 * numbers, numbers too long for a float written raw into the JSON, names every object
 * inherits ("constructor", "__proto__") as ids and status words, PHP notices and BOMs around
 * the JSON, nested junk, per-item errors, odd HTTP statuses and dropped connections.
 */
import fc from 'fast-check';
import { parseMoney, formatMoney } from '../../money';
import { PANEL_ERROR_KINDS, type PanelError } from '../errors';
import { ORDER_STATUSES, REFILL_STATUSES, type OrderStatusInfo, type Service } from '../types';
import { keySpellings } from '../redact';
import type { FetchLike } from '../transport';

/** With `+ / =` and a space: panels echo it URL-encoded (%2B, %2F, %3D, +) too. */
export const FUZZ_KEY = 'fuzz+secret/key=9f3a 71';
const FUZZ_KEY_SPELLINGS = keySpellings(FUZZ_KEY);

/**
 * Placeholders a body's JSON text swaps for raw numbers JSON.parse would round: an id of
 * 24 digits and an amount of 18 significant digits.
 */
export const LONG_INT = '123456789012345678901234';
export const LONG_DECIMAL = '0.123456789012345678';
const LONG_INT_MARK = '__long_int__';
const LONG_DECIMAL_MARK = '__long_decimal__';
/** What a float would make of them: never allowed in a result. */
export const ROUNDED_FORMS = [String(Number(LONG_INT)), String(Number(LONG_DECIMAL)), '123456789012345680000000'];
const rawLongNumbers = (json: string) => json.split(`"${LONG_INT_MARK}"`).join(LONG_INT).split(`"${LONG_DECIMAL_MARK}"`).join(LONG_DECIMAL);

/** Names every plain object inherits: as ids, keys and status words they must stay data. */
export const PROTOTYPE_NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__', 'isPrototypeOf'] as const;

/** Ids that are awkward as object keys, beside ordinary ones. */
export const FUZZ_IDS = ['1', '2', '3', '4237', 'a1f3', LONG_INT, ...PROTOTYPE_NAMES] as const;

const hugeNumbers = fc.constantFrom<unknown>(
  1e308, -1e308, Number.MAX_VALUE, Number.MIN_VALUE, 2 ** 53 + 2, 2 ** 64, -1, -0, 0.1 + 0.2, 1e21,
  '1e999999999', '-1e999999999', '1e-999999999', '9'.repeat(400), '99999999999999999999999', '1e21', 'NaN', 'Infinity',
  '-Infinity', '0x10', '1,000,000.5', ' 12 ', '', '.', '-', '1e', '١٢٣', '1 234,56 ₽', '$1,234.56', '12,500', '1.234,56',
  LONG_INT_MARK, LONG_DECIMAL_MARK, '4'.repeat(41),
);

const words = fc.constantFrom<unknown>(
  'Completed', 'In progress', 'Inprogress', 'Partial', 'Pending', 'Canceled', 'Refunded', 'Fail', 'Error', 'Rejected',
  'Incorrect order ID', 'Invalid API key', 'Not enough funds on balance', 'Refill not found', 'Too many requests',
  'USD', 'EUR', 'success', 'error', 'true', '1', '0', FUZZ_KEY, `Invalid API key ${FUZZ_KEY}`, '<b>Fatal error</b>',
  'Active', 'Paused', 'Expired', 'processing', 'Refill Request Not found', 'Empty Data', 'IP not allowed', 'Success',
  `Invalid API key ${encodeURIComponent(FUZZ_KEY)}`, `key=${new URLSearchParams({ k: FUZZ_KEY }).toString().slice(2)}`, `key ${FUZZ_KEY.replace(/\//g, '\\/')}`,
  ...PROTOTYPE_NAMES,
);

const scalar = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  hugeNumbers,
  words,
);

const keys = fc.constantFrom(
  'status', 'Status', 'charge', 'Charge', 'remains', 'start_count', 'currency', 'error', 'message', 'order', 'orders', 'refill',
  'cancel', 'balance', 'service', 'rate', 'min', 'max', 'data', 'id', 'type', 'name', 'runs', 'posts', 'expiry', 'success', 'order_id', ...FUZZ_IDS,
);

/** Any JSON-ish value, nested a few levels, with keys an API v2 answer might use. */
export const junk: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(keys, tie('value'), { maxKeys: 5 }),
  ),
})).value;

/** A field that is usually plausible and sometimes junk. */
const maybe = <T>(plausible: fc.Arbitrary<T>) => fc.oneof({ weight: 3, arbitrary: plausible }, { weight: 1, arbitrary: junk });

const money = fc.oneof(fc.constantFrom('0.90', '1', '0.0000001', '100.84292', '12', 0.9, 5), hugeNumbers);
const id = fc.oneof(fc.constantFrom(...FUZZ_IDS), fc.nat(), fc.string({ maxLength: 6 }));
const errorObject = fc.oneof(
  words.map((w) => ({ error: w })),
  fc.constant({ error: { message: 'Invalid API key' } }),
  fc.constant({ status: 'error', message: 'Incorrect request' }),
  fc.constant({ error: true }),
);

const statusObject = fc.record(
  {
    charge: maybe(money),
    start_count: maybe(fc.nat()),
    status: maybe(words),
    remains: maybe(fc.oneof(fc.integer(), hugeNumbers, fc.constant('Unknown'))),
    currency: maybe(words),
    runs: maybe(fc.oneof(fc.nat(), hugeNumbers)),
    posts: maybe(fc.oneof(fc.nat(), hugeNumbers)),
    orders: maybe(fc.array(id, { maxLength: 4 })),
    expiry: maybe(fc.constantFrom('31/12/2030', '', null)),
  },
  { requiredKeys: [] },
);

const service = fc.record(
  {
    service: maybe(id),
    name: maybe(fc.string({ maxLength: 20 })),
    type: maybe(fc.constantFrom('Default', 'Package', 'Custom Comments', 'Subscriptions', 'Odd type')),
    category: maybe(fc.string({ maxLength: 10 })),
    rate: maybe(money),
    min: maybe(fc.oneof(fc.nat(), hugeNumbers)),
    max: maybe(fc.oneof(fc.nat(), hugeNumbers)),
    refill: maybe(fc.boolean()),
    cancel: maybe(fc.boolean()),
    step: maybe(fc.nat()),
  },
  { requiredKeys: [] },
);

const listWrap = <T>(items: fc.Arbitrary<T[]>) =>
  fc.oneof(items, items.map((data) => ({ data })), items.map((data) => ({ status: 'success', data })), items.map((services) => ({ services })));

/** Plausible answer shapes for each action, mutated. */
export const plausibleAnswer: fc.Arbitrary<unknown> = fc.oneof(
  listWrap(fc.array(fc.oneof({ weight: 4, arbitrary: service }, { weight: 1, arbitrary: junk }), { maxLength: 6 })),
  fc.record({ order: maybe(id) }, { requiredKeys: [] }),
  statusObject,
  fc.dictionary(fc.constantFrom(...FUZZ_IDS), fc.oneof(statusObject, errorObject, words, junk), { maxKeys: 5 }),
  fc.record({ refill: maybe(fc.oneof(id, errorObject)) }, { requiredKeys: [] }),
  fc.array(fc.record({ order: maybe(id), refill: maybe(fc.oneof(id, errorObject)), cancel: maybe(fc.oneof(fc.constant(1), errorObject)) }, { requiredKeys: [] }), { maxLength: 5 }),
  fc.array(fc.record({ refill: maybe(id), status: maybe(fc.oneof(words, errorObject)) }, { requiredKeys: [] }), { maxLength: 5 }),
  fc.record({ balance: maybe(money), currency: maybe(words) }, { requiredKeys: [] }),
  errorObject,
  junk,
);

/** The envelopes scripts put around answers. */
const enveloped: fc.Arbitrary<unknown> = fc.oneof(
  plausibleAnswer.map((data) => ({ status: true, data })),
  plausibleAnswer.map((data) => ({ status: 'success', data })),
  fc.constant({ status: 'success', data: 'Empty Data' }),
  fc.record({ status: fc.constantFrom(false, 'error'), message: words }),
  fc.record({ success: fc.constantFrom(true, 'Your order will be refill asap', false), refill: maybe(id), message: maybe(words) }, { requiredKeys: [] }),
  fc.record({ order_id: maybe(id) }),
);

/** Text PHP scripts print around the JSON: BOMs, notices, warnings; and a fatal error, which is not noise. */
const NOISE = [
  '',
  '\uFEFF',
  '\uFEFF\uFEFF',
  '<br />\n<b>Notice</b>:  Undefined index: x in <b>/var/www/api.php</b> on line <b>3</b><br />\n',
  '\n<br />\n<b>Deprecated</b>:  Function each() is deprecated in <b>/var/www/a.php</b> on line <b>9</b><br />\n',
  'PHP Warning:  Division by zero in /var/www/b.php on line 7\n',
  `<br />\n<b>Notice</b>:  Undefined index: ${encodeURIComponent(FUZZ_KEY)} in <b>/a.php</b> on line <b>1</b><br />\n`,
  '<br />\n<b>Fatal error</b>:  Uncaught Error in <b>/var/www/c.php</b> on line <b>1</b><br />',
  '<html><head><title>Login</title></head><body><input type="password"></body></html>',
];

const HTML_PAGES = [
  '<!DOCTYPE html><html><head><title>Just a moment...</title></head><body>Checking your browser</body></html>',
  '<br /><b>Fatal error</b>: Uncaught Error in /var/www/api.php',
  `<html><head><title>${FUZZ_KEY}</title></head></html>`,
  '<title>' + 'x'.repeat(500) + '</title>',
];

/** One HTTP exchange as the client sees it. */
export type FuzzExchange =
  | { kind: 'response'; status: number; body: string; contentType: string; headers: Record<string, string> }
  | { kind: 'throw'; message: string };

const statusCode = fc.oneof(
  { weight: 8, arbitrary: fc.constant(200) },
  { weight: 2, arbitrary: fc.constantFrom(201, 301, 302, 307, 400, 401, 402, 403, 404, 418, 422, 429, 500, 502, 503, 520) },
);

const headers = fc.record(
  { 'retry-after': fc.oneof(fc.constantFrom('30', '0', '-5', 'soon', '1e400', 'Wed, 21 Oct 2015 07:28:00 GMT'), fc.string({ maxLength: 8 })), 'x-ratelimit-reset': fc.constantFrom('1700000000', 'x'), location: fc.constantFrom('https://evil.example/collect', '::bad::', '/api/v3') },
  { requiredKeys: [] },
);

const answerText = fc.oneof({ weight: 3, arbitrary: plausibleAnswer }, { weight: 1, arbitrary: enveloped }).map((a) => rawLongNumbers(JSON.stringify(a) ?? 'null'));

const body = fc.oneof(
  { weight: 6, arbitrary: answerText },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...NOISE), answerText, fc.constantFrom(...NOISE)).map(([before, json, after]) => `${before}${json}${after}`) },
  // Truncated JSON: a valid answer cut anywhere.
  { weight: 2, arbitrary: fc.tuple(plausibleAnswer, fc.nat()).map(([a, n]) => { const t = JSON.stringify(a) ?? ''; return t.slice(0, n % (t.length + 1)); }) },
  { weight: 1, arbitrary: fc.constantFrom(...HTML_PAGES) },
  { weight: 1, arbitrary: fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('', '\uFEFF{"balance":"1"}', 'null', 'true', '"Incorrect order ID"', `{"error":"${FUZZ_KEY}"}`)) },
);

export const exchange: fc.Arbitrary<FuzzExchange> = fc.oneof(
  { weight: 20, arbitrary: fc.record({ kind: fc.constant('response' as const), status: statusCode, body, contentType: fc.constantFrom('application/json', 'text/html', 'text/plain', ''), headers }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('throw' as const), message: fc.constantFrom('Failed to fetch', `connect ECONNRESET key=${FUZZ_KEY}`, 'NetworkError') }) },
);

/** A fetch that answers every request with the next generated exchange (the last one repeats). */
export function fuzzFetch(exchanges: readonly FuzzExchange[]): FetchLike {
  let i = 0;
  return async () => {
    const x = exchanges[Math.min(i++, exchanges.length - 1)]!;
    if (x.kind === 'throw') throw new TypeError(x.message);
    const init: ResponseInit = { status: x.status, headers: { ...x.headers, ...(x.contentType ? { 'content-type': x.contentType } : {}) } };
    return new Response(x.body, init);
  };
}

/** Every failure is one of the classified kinds, says something, says what to do, and hides the key. */
export function assertClassified(error: PanelError): void {
  if (!PANEL_ERROR_KINDS.includes(error.kind)) throw new Error(`unclassified kind ${String(error.kind)}`);
  if (typeof error.message !== 'string' || error.message.trim() === '') throw new Error(`empty message for ${error.kind}`);
  if (typeof error.hint !== 'string' || error.hint.length < 10) throw new Error(`no hint for ${error.kind}`);
  for (const spelling of FUZZ_KEY_SPELLINGS) if (error.message.includes(spelling) || error.hint.includes(spelling)) throw new Error(`key in error: ${error.message}`);
}

/** No spelling of the key, and no number a float rounded, anywhere in a value. */
export function assertCleanValue(value: unknown): void {
  const text = JSON.stringify(value) ?? '';
  for (const spelling of FUZZ_KEY_SPELLINGS) if (text.includes(JSON.stringify(spelling).slice(1, -1))) throw new Error(`key in a value: ${text}`);
  for (const rounded of ROUNDED_FORMS) if (text.includes(rounded)) throw new Error(`a rounded long number in a value: ${text}`);
}

/** A money value is canonical and can be shown (formatting must not blow up on it). */
export function assertMoney(value: unknown): void {
  if (typeof value !== 'string' || parseMoney(value) !== value) throw new Error(`not canonical money: ${String(value)}`);
  if (formatMoney(value, 'USD').length > 60) throw new Error(`unshowable amount: ${value}`);
}

const isCount = (n: unknown) => n === null || (typeof n === 'number' && Number.isSafeInteger(n));

export function assertOrderStatus(info: OrderStatusInfo): void {
  if (!ORDER_STATUSES.includes(info.status)) throw new Error(`status ${info.status}`);
  // A word such as "constructor" is not a status PanelPilot knows: unknown, shown verbatim.
  if ((PROTOTYPE_NAMES as readonly string[]).includes(info.statusText) && info.status !== 'unknown') throw new Error(`${info.statusText} → ${info.status}`);
  const p = info.progress;
  if (p && (!['drip_feed', 'subscription'].includes(p.kind) || !isCount(p.runsDone) || !isCount(p.postsDone) || !p.childOrders.every((c) => typeof c === 'string' && c !== '') || p.childOrders.length > 100 || !Number.isSafeInteger(p.childOrderCount))) {
    throw new Error(`progress ${JSON.stringify(p)}`);
  }
  if (typeof info.statusText !== 'string') throw new Error('statusText');
  if (info.charge !== null) assertMoney(info.charge);
  if (!isCount(info.remains) || !isCount(info.startCount)) throw new Error(`counts ${info.remains} ${info.startCount}`);
  if (info.currency !== null && typeof info.currency !== 'string') throw new Error('currency');
}

export function assertRefillStatus(info: { status: string; statusText: string }): void {
  if (!(REFILL_STATUSES as readonly string[]).includes(info.status) || typeof info.statusText !== 'string') throw new Error(`refill ${info.status}`);
  if ((PROTOTYPE_NAMES as readonly string[]).includes(info.statusText) && info.status !== 'unknown') throw new Error(`${info.statusText} → ${info.status}`);
}

export function assertService(s: Service): void {
  if (typeof s.id !== 'string' || s.id === '') throw new Error('service id');
  assertMoney(s.rate);
  if (!Number.isSafeInteger(s.min) || !Number.isSafeInteger(s.max) || s.min < 0 || s.min > s.max) throw new Error(`min/max ${s.min} ${s.max}`);
  for (const flag of [s.refill, s.cancel, s.dripfeed]) if (flag !== null && typeof flag !== 'boolean') throw new Error('flag');
  if (s.currency !== undefined && (typeof s.currency !== 'string' || s.currency === '')) throw new Error('service currency');
}
