/**
 * Spending at a glance: what the orders cost per day or week, per panel or platform, refunds
 * netted (net-charge.ts), in each currency separately: USD is never added to EUR. Days are
 * the user's local days (an order counts on the day it was placed); a week starts on Monday.
 * Pure and exact; the CSV carries the same rows.
 */
import type Big from 'big.js';
import { big, type Money } from '../money';
import { CSV_BOM, numberCell, textCell } from './csv';
import { netCharge, type CanceledCharge } from './net-charge';
import { platformOf } from './order-query';
import type { TrackedOrder } from './types';

export type SpendPeriod = 'day' | 'week';
export type SpendGroup = 'total' | 'panel' | 'platform';

export interface SpendRow {
  /** 'YYYY-MM-DD': the day, or the Monday of the week. */
  period: string;
  /** '' when the panel never said (kept apart from every known currency). */
  currency: string;
  /** The panel id or platform id ('' = no platform); '' for the total. */
  group: string;
  amount: Money;
  orders: number;
  /** Orders counted from PanelPilot's estimate or without a computable refund. */
  estimated: number;
  /** Orders without any charge known: counted, not added. */
  unpriced: number;
}

export interface SpendOptions {
  period: SpendPeriod;
  group: SpendGroup;
  canceled?: CanceledCharge;
  /** Local days 'YYYY-MM-DD', inclusive; '' or absent = open. */
  from?: string;
  to?: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The local day of a time, 'YYYY-MM-DD'. */
export function localDay(at: number): string {
  const d = new Date(at);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The Monday of a local day's week. */
export function weekOf(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const date = new Date(y, m - 1, d);
  date.setDate(date.getDate() - ((date.getDay() + 6) % 7));
  return localDay(date.getTime());
}

/** The day after (or `n` days after) a local day. */
export function addDays(day: string, n: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return localDay(new Date(y, m - 1, d + n).getTime());
}

interface Bucket {
  row: Omit<SpendRow, 'amount'>;
  amount: Big;
}

export function spending(orders: Iterable<TrackedOrder>, options: SpendOptions): SpendRow[] {
  const buckets = new Map<string, Bucket>();
  for (const order of orders) {
    const day = localDay(order.createdAt);
    if ((options.from && day < options.from) || (options.to && day > options.to)) continue;
    const period = options.period === 'week' ? weekOf(day) : day;
    const group = options.group === 'panel' ? order.panelId : options.group === 'platform' ? platformOf(order.link) : '';
    const net = netCharge(order, options.canceled);
    const currency = net?.currency ?? order.currency ?? '';
    const key = `${period}\u0000${currency}\u0000${group}`;
    let bucket = buckets.get(key);
    if (!bucket) {
      bucket = { row: { period, currency, group, orders: 0, estimated: 0, unpriced: 0 }, amount: big('0') };
      buckets.set(key, bucket);
    }
    bucket.row.orders += 1;
    if (!net) bucket.row.unpriced += 1;
    else {
      bucket.amount = bucket.amount.plus(net.amount);
      if (net.estimated) bucket.row.estimated += 1;
    }
  }
  return [...buckets.values()]
    .map((b) => ({ ...b.row, amount: b.amount.toString() }))
    .sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : a.currency < b.currency ? -1 : a.currency > b.currency ? 1 : a.group < b.group ? -1 : a.group > b.group ? 1 : 0));
}

/** The currencies present, most spent-on first by number of orders. */
export function spendCurrencies(rows: readonly SpendRow[]): string[] {
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(r.currency, (counts.get(r.currency) ?? 0) + r.orders);
  return [...counts].sort((a, b) => b[1] - a[1]).map(([c]) => c);
}

export interface SpendPoint {
  period: string;
  amount: Money;
  orders: number;
}

/**
 * One currency's total per period, every period from the first to the last present (gaps are
 * 0), for the chart and its table.
 */
export function spendSeries(rows: readonly SpendRow[], currency: string, period: SpendPeriod): SpendPoint[] {
  const totals = new Map<string, { amount: Big; orders: number }>();
  for (const r of rows) {
    if (r.currency !== currency) continue;
    const t = totals.get(r.period) ?? { amount: big('0'), orders: 0 };
    t.amount = t.amount.plus(r.amount);
    t.orders += r.orders;
    totals.set(r.period, t);
  }
  const periods = [...totals.keys()].sort();
  if (periods.length === 0) return [];
  const step = period === 'week' ? 7 : 1;
  const points: SpendPoint[] = [];
  for (let p = periods[0]!; p <= periods.at(-1)!; p = addDays(p, step)) {
    const t = totals.get(p);
    points.push({ period: p, amount: t ? t.amount.toString() : '0', orders: t?.orders ?? 0 });
  }
  return points;
}

/** The header row stays English in every language: a file format, read by scripts and spreadsheets by these names (see CSV_COLUMNS). */
// i18n-exempt: CSV column names, a stable file format (the same headers whatever language exported it)
export const SPEND_CSV_COLUMNS = ['Period', 'Currency', 'Group', 'Amount', 'Orders', 'Estimated', 'Unpriced'] as const;

/** The spending rows as CSV (RFC 4180, BOM); `label` names a group (panel name, platform label). */
export function spendingToCsv(rows: readonly SpendRow[], label: (group: string) => string = (g) => g): string {
  const lines = rows.map((r) =>
    [textCell(r.period), textCell(r.currency), textCell(label(r.group)), numberCell(r.amount), numberCell(r.orders), numberCell(r.estimated), numberCell(r.unpriced)].join(','),
  );
  return `${CSV_BOM}${[SPEND_CSV_COLUMNS.join(','), ...lines].join('\r\n')}\r\n`;
}
