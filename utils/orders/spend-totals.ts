/**
 * The Spending view's split table: each group's (panel's or platform's) total over the range,
 * per currency (never added across currencies), the biggest spend first. Exact money.
 */
import type Big from 'big.js';
import { big } from '../money';
import type { SpendRow } from './spending';

/** A spending row without its period: the group's whole range. */
export type SpendTotal = Omit<SpendRow, 'period'>;

export function spendTotals(rows: readonly SpendRow[]): SpendTotal[] {
  const totals = new Map<string, { row: Omit<SpendTotal, 'amount'>; amount: Big }>();
  for (const r of rows) {
    const key = `${r.currency}\u0000${r.group}`;
    let t = totals.get(key);
    if (!t) {
      t = { row: { currency: r.currency, group: r.group, orders: 0, estimated: 0, unpriced: 0 }, amount: big('0') };
      totals.set(key, t);
    }
    t.amount = t.amount.plus(r.amount);
    t.row.orders += r.orders;
    t.row.estimated += r.estimated;
    t.row.unpriced += r.unpriced;
  }
  return [...totals.values()]
    .sort((a, b) => (a.row.currency !== b.row.currency ? (a.row.currency < b.row.currency ? -1 : 1) : b.amount.cmp(a.amount) || (a.row.group < b.row.group ? -1 : 1)))
    .map((t) => ({ ...t.row, amount: t.amount.toString() }));
}
