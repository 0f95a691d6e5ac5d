/**
 * The orders page's filter, search and sort: pure, so 10,000 orders are tested without a DOM.
 * Money sorts through big.js (never as floats); unknown values sort last in either direction.
 */
import { detectPlatform } from '../catalog/platform';
import { big } from '../money';
import type { OrderStatus } from '../panel-api/types';
import { isOrderFinished } from './status';
import type { TrackedOrder } from './types';

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
}

export const EMPTY_FILTER: OrderFilter = { panelId: '', status: '', platform: '', from: '', to: '', search: '', keys: null };

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

export function filterOrders(orders: readonly TrackedOrder[], filter: OrderFilter): TrackedOrder[] {
  const from = filter.from ? localDayStart(filter.from) : null;
  const toStart = filter.to ? localDayStart(filter.to) : null;
  // Inclusive end date: everything before the next day's midnight.
  const to = toStart === null ? null : new Date(toStart).setDate(new Date(toStart).getDate() + 1);
  const search = filter.search.trim().toLowerCase();
  const keys = filter.keys ? new Set(filter.keys) : null;
  return orders.filter(
    (o) =>
      (!keys || keys.has(o.key)) &&
      (!filter.panelId || o.panelId === filter.panelId) &&
      matchesStatus(o, filter.status) &&
      (!filter.platform || platformOf(o.link) === filter.platform) &&
      (from === null || o.createdAt >= from) &&
      (to === null || o.createdAt < to) &&
      (!search || o.orderId.toLowerCase().includes(search) || (o.link ?? '').toLowerCase().includes(search)),
  );
}

/** Order ids compare as numbers when both are numeric (10001 before 9999 is wrong). */
function compareIds(a: string, b: string): number {
  const na = /^\d+$/.test(a);
  const nb = /^\d+$/.test(b);
  if (na && nb) return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
  return a.localeCompare(b);
}

type Value = string | number | null;

// One collator for all comparisons: String#localeCompare with options builds one per call (10× slower).
const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

function valueOf(order: TrackedOrder, key: SortKey, panelName: (id: string) => string): Value {
  switch (key) {
    case 'orderId':
      return order.orderId;
    case 'panel':
      return panelName(order.panelId);
    case 'service':
      return order.service?.name ?? null;
    case 'link':
      return order.link;
    case 'status':
      return order.statusText || order.status;
    case 'charge':
      return order.charge ?? order.estimatedCharge;
    default:
      return order[key];
  }
}

export function sortOrders(orders: readonly TrackedOrder[], sort: OrderSort, panelName: (id: string) => string = (id) => id): TrackedOrder[] {
  const sign = sort.dir === 'asc' ? 1 : -1;
  const keyed = orders.map((order) => {
    const value = valueOf(order, sort.key, panelName);
    // Money compared exactly, parsed once per order rather than once per comparison.
    return { order, value, money: sort.key === 'charge' && value !== null ? big(String(value)) : null };
  });
  const compare = (x: (typeof keyed)[number], y: (typeof keyed)[number]): number => {
    if (sort.key === 'orderId') return compareIds(String(x.value), String(y.value));
    if (x.money && y.money) return x.money.cmp(y.money);
    if (typeof x.value === 'number' && typeof y.value === 'number') return x.value - y.value;
    return collator.compare(String(x.value), String(y.value));
  };
  keyed.sort((x, y) => {
    // Unknown values last, whichever the direction.
    if (x.value === null || y.value === null) return x.value === y.value ? 0 : x.value === null ? 1 : -1;
    return sign * compare(x, y) || compareIds(x.order.orderId, y.order.orderId);
  });
  return keyed.map((k) => k.order);
}

/** What the page's address asks for: `?order=<key>` opens one, `?keys=a,b` shows only those. */
export function readPageParams(search: string): { open: string | null; keys: string[] | null; list: string | null } {
  const params = new URLSearchParams(search);
  const keys = params.get('keys');
  return {
    open: params.get('order') || null,
    keys: keys ? keys.split(',').map((k) => k.trim()).filter(Boolean) : null,
    // A notification about many orders: the keys are stored under this token (tracker/notifications.ts).
    list: params.get('list') || null,
  };
}
