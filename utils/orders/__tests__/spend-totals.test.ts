import { describe, expect, it } from 'vitest';
import type { SpendRow } from '../spending';
import { spendTotals } from '../spend-totals';

const row = (period: string, currency: string, group: string, amount: string, orders = 1, estimated = 0, unpriced = 0): SpendRow => ({ period, currency, group, amount, orders, estimated, unpriced });

describe('spend totals per group', () => {
  it('adds each group’s periods exactly, per currency, biggest first', () => {
    const totals = spendTotals([
      row('2026-01-05', 'USD', 'a', '0.1'),
      row('2026-01-06', 'USD', 'a', '0.2', 2, 1),
      row('2026-01-05', 'USD', 'b', '5'),
      row('2026-01-05', 'RUB', 'a', '40', 1, 0, 1),
    ]);
    expect(totals).toEqual([
      { currency: 'RUB', group: 'a', amount: '40', orders: 1, estimated: 0, unpriced: 1 },
      { currency: 'USD', group: 'b', amount: '5', orders: 1, estimated: 0, unpriced: 0 },
      { currency: 'USD', group: 'a', amount: '0.3', orders: 3, estimated: 1, unpriced: 0 },
    ]);
  });
  it('is empty for no rows', () => {
    expect(spendTotals([])).toEqual([]);
  });
});
