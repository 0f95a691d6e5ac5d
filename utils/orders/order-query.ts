/**
 * The orders page's filter, search and sort: pure, so 10,000 orders are tested without a DOM.
 * Money sorts exactly (never as rounded floats); unknown values sort last in either direction.
 */
import { detectPlatform } from '../catalog/platform';
import { big } from '../money';
import type { OrderStatus } from '../panel-api/types';
import { isOrderFinished } from './status';
import { SortRanks } from './sort-ranks';
import type { TrackedOrder } from './types';
import { matchesRefillWindow, type RefillWindowFilter } from './guarantee-window';

/** A status filter: one status, every unfinished order, or the orders the panel does not know. */
export type StatusFilter = OrderStatus | 'active' | 'missing' | '';

export interface OrderFilter {
  panelId: string;
  status: StatusFilter;
  /** A platform id from utils/catalog/platform.ts, or '' for all. */
  platform: string;
  /** Local dates 'YYYY-MM-DD' (inclusive), or ''. */
  from: string;
  to: string;
  /** Matches the order id or the link, case-insensitively. */
  search: string;
  /** Only these order keys (a notification's "see these orders"); null = all. */
  keys: string[] | null;
  /** "Refill window open" / "Window closing in 3 days" (guarantee-window.ts), or '' for any. */
  refillWindow: RefillWindowFilter | '';
}

export const EMPTY_FILTER: OrderFilter = { panelId: '', status: '', platform: '', from: '', to: '', search: '', keys: null, refillWindow: '' };

export const SORT_KEYS = ['orderId', 'panel', 'service', 'link', 'quantity', 'startCount', 'remains', 'charge', 'status', 'createdAt', 'lastCheckedAt'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export interface OrderSort {
  key: SortKey;
  dir: 'asc' | 'desc';
}
export const DEFAULT_SORT: OrderSort = { key: 'createdAt', dir: 'desc' };

function localDayStart(date: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])).getTime() : null;
}

const platformCache = new Map<string, string>();
/** The platform id of an order's link ('' when it is not a link), cached per link. */
export function platformOf(link: string | null): string {
  if (!link) return '';
  let id = platformCache.get(link);
  if (id === undefined) {
    id = detectPlatform(link)?.id ?? '';
    if (platformCache.size > 50_000) platformCache.clear();
    platformCache.set(link, id);
  }
  return id;
}

export function matchesStatus(order: TrackedOrder, status: StatusFilter): boolean {
  if (status === '') return true;
  if (status === 'missing') return order.missing;
  if (status === 'active') return !order.missing && !isOrderFinished(order.status);
  return order.status === status;
}

/** Lowercase order id and link per order object (orders are replaced, never edited, when they change). */
const searchText = new WeakMap<TrackedOrder, { id: string; link: string }>();

/**
 * The lowercase ids and links of a list, position by position, kept per list: every
 * keystroke in the search box filters the same sorted list, so it only compares strings.
 */
const listTexts = new WeakMap<readonly TrackedOrder[], { id: string[]; link: string[] }>();
function searchTextsOf(orders: readonly TrackedOrder[]): { id: string[]; link: string[] } {
  let texts = listTexts.get(orders);
  if (!texts) {
    texts = { id: new Array<string>(orders.length), link: new Array<string>(orders.length) };
    orders.forEach((o, i) => {
      let t = searchText.get(o);
      if (!t) searchText.set(o, (t = { id: o.orderId.toLowerCase(), link: (o.link ?? '').toLowerCase() }));
      texts!.id[i] = t.id;
      texts!.link[i] = t.link;
    });
    listTexts.set(orders, texts);
  }
  return texts;
}

/** Makes each order's search text and platform ahead of the first keystroke (for idle time). */
export function warmSearch(orders: readonly TrackedOrder[]): void {
  searchTextsOf(orders);
  for (const o of orders) platformOf(o.link);
}

/** The orders that pass the filter, in the order given (filter a sorted list to keep it sorted). */
export function filterOrders(orders: readonly TrackedOrder[], filter: OrderFilter, now = Date.now()): TrackedOrder[] {
  const from = filter.from ? localDayStart(filter.from) : null;
  const toStart = filter.to ? localDayStart(filter.to) : null;
  // Inclusive end date: everything before the next day's midnight.
  const to = toStart === null ? null : new Date(toStart).setDate(new Date(toStart).getDate() + 1);
  const search = filter.search.trim().toLowerCase();
  const keys = filter.keys ? new Set(filter.keys) : null;
  const texts = search ? searchTextsOf(orders) : null;
  return orders.filter(
    (o, i) =>
      (!keys || keys.has(o.key)) &&
      (!filter.panelId || o.panelId === filter.panelId) &&
      matchesStatus(o, filter.status) &&
      (!filter.platform || platformOf(o.link) === filter.platform) &&
      (from === null || o.createdAt >= from) &&
      (to === null || o.createdAt < to) &&
      (!texts || texts.id[i]!.includes(search) || texts.link[i]!.includes(search)) &&
      (!filter.refillWindow || matchesRefillWindow(o, filter.refillWindow, now)),
  );
}

/** Order ids compare as numbers when both are numeric (10001 before 9999 is wrong). */
function compareIds(a: string, b: string): number {
  const na = /^\d+$/.test(a);
  const nb = /^\d+$/.test(b);
  if (na && nb) return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
  return a.localeCompare(b);
}

// One collator for all comparisons: String#localeCompare with options builds one per call (10× slower).
const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** Ranks of texts and of order ids, kept between sorts (sort-ranks.ts). */
const textRanks = new SortRanks(collator.compare);
const idRanks = new SortRanks(compareIds);

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

/**
 * Money as sort keys that compare exactly: every amount scaled to whole units of its
 * smallest decimal place, as long as each fits in a float's exact integers (±2^53); else
 * ranks from a big.js sort of the distinct amounts. Never a rounded float.
 */
function moneyKeys(values: readonly (string | null)[]): Float64Array {
  const keys = new Float64Array(values.length).fill(Number.NaN);
  const parts = values.map((v) => (v === null ? null : DECIMAL.exec(v)));
  const places = parts.reduce((n, m) => Math.max(n, m?.[3]?.length ?? 0), 0);
  const digits = parts.map((m) => (m ? m[2]!.replace(/^0+(?=\d)/, '') + (m[3] ?? '').padEnd(places, '0') : ''));
  if (values.every((v, i) => v === null || (parts[i] && digits[i]!.length <= 15))) {
    parts.forEach((m, i) => {
      if (m) keys[i] = (m[1] ? -1 : 1) * Number(digits[i]);
    });
    return keys;
  }
  const distinct = [...new Set(values.filter((v): v is string => v !== null))].map((v) => ({ v, b: big(v) }));
  distinct.sort((x, y) => x.b.cmp(y.b));
  const rank = new Map<string, number>();
  distinct.forEach((d, n) => rank.set(d.v, n > 0 && distinct[n - 1]!.b.eq(d.b) ? rank.get(distinct[n - 1]!.v)! : n));
  values.forEach((v, i) => {
    if (v !== null) keys[i] = rank.get(v)!;
  });
  return keys;
}

/**
 * Keys per list of orders and column, kept while the list is (a page's list changes identity
 * when the stored orders change): clicking back and forth between columns sorts numbers
 * only. Panel names come from a function: that column is kept per function too.
 */
const keptKeys = new WeakMap<readonly TrackedOrder[], Map<string, { panelName: unknown; keys: Float64Array }>>();

function sortKeys(orders: readonly TrackedOrder[], key: SortKey, panelName: (id: string) => string): Float64Array {
  let kept = keptKeys.get(orders);
  if (!kept) keptKeys.set(orders, (kept = new Map()));
  const hit = kept.get(key);
  if (hit && (key !== 'panel' || hit.panelName === panelName)) return hit.keys;
  const keys = computeSortKeys(orders, key, panelName);
  kept.set(key, { panelName, keys });
  return keys;
}

/** One number per order for the column (NaN: unknown); equal numbers are equal values. */
function computeSortKeys(orders: readonly TrackedOrder[], key: SortKey, panelName: (id: string) => string): Float64Array {
  const keys = new Float64Array(orders.length).fill(Number.NaN);
  const fromTexts = (text: (o: TrackedOrder) => string | null) => {
    const texts = orders.map(text);
    const ranks = textRanks.of(texts.filter((t): t is string => t !== null));
    texts.forEach((t, i) => {
      if (t !== null) keys[i] = ranks.get(t)!;
    });
  };
  switch (key) {
    case 'orderId': {
      const ranks = idRanks.of(orders.map((o) => o.orderId));
      orders.forEach((o, i) => (keys[i] = ranks.get(o.orderId)!));
      break;
    }
    case 'panel':
      fromTexts((o) => panelName(o.panelId));
      break;
    case 'service':
      fromTexts((o) => o.service?.name ?? null);
      break;
    case 'link':
      fromTexts((o) => o.link);
      break;
    case 'status':
      fromTexts((o) => o.statusText || o.status);
      break;
    case 'charge':
      return moneyKeys(orders.map((o) => o.charge ?? o.estimatedCharge));
    default:
      orders.forEach((o, i) => {
        const v = o[key];
        if (v !== null) keys[i] = v;
      });
  }
  return keys;
}

/**
 * Sorted by one column; ties by order id (ascending in both directions); unknown values last
 * in both directions. Each order gets a number for the column first (text ranks, exact money
 * keys), so the sort itself compares numbers: 10,000 orders sort within a frame.
 */
export function sortOrders(orders: readonly TrackedOrder[], sort: OrderSort, panelName: (id: string) => string = (id) => id): readonly TrackedOrder[] {
  let kept = keptSorts.get(orders);
  if (!kept) keptSorts.set(orders, (kept = new Map()));
  const name = `${sort.key} ${sort.dir}`;
  const hit = kept.get(name);
  if (hit && (sort.key !== 'panel' || hit.panelName === panelName)) return hit.sorted;
  const sorted = sortNow(orders, sort, panelName);
  kept.set(name, { panelName, sorted });
  return sorted;
}

/**
 * Each column's sorted list, per list of orders (a new list when the stored orders change),
 * made once: clicking a column the user sorted by before is no sort at all.
 */
const keptSorts = new WeakMap<readonly TrackedOrder[], Map<string, { panelName: unknown; sorted: readonly TrackedOrder[] }>>();

function sortNow(orders: readonly TrackedOrder[], sort: OrderSort, panelName: (id: string) => string): TrackedOrder[] {
  const sign = sort.dir === 'asc' ? 1 : -1;
  const keys = sortKeys(orders, sort.key, panelName);
  const ids = sort.key === 'orderId' ? keys : sortKeys(orders, 'orderId', panelName);
  const index = Array.from(orders.keys());
  index.sort((a, b) => {
    const ka = keys[a]!;
    const kb = keys[b]!;
    const unknownA = ka !== ka;
    const unknownB = kb !== kb;
    if (unknownA || unknownB) return unknownA === unknownB ? ids[a]! - ids[b]! : unknownA ? 1 : -1;
    return sign * (ka - kb) || ids[a]! - ids[b]!;
  });
  return index.map((i) => orders[i]!);
}

/**
 * Computes and keeps a column's keys and both its sorted lists for these orders, so that a
 * click on it later does no sorting. For idle time after the page is shown: one column per
 * call, so a click is never kept waiting behind all of them.
 */
export function warmSort(orders: readonly TrackedOrder[], key: SortKey, panelName: (id: string) => string): void {
  sortOrders(orders, { key, dir: 'asc' }, panelName);
  sortOrders(orders, { key, dir: 'desc' }, panelName);
}
