import { describe, expect, it } from 'vitest';
import { addDays, spendCurrencies, spendSeries, spending, spendingToCsv, weekOf } from '../spending';
import type { TrackedOrder } from '../types';
import { tracked } from './timeline';

const at = (day: number, hour = 10) => new Date(2026, 0, day, hour).getTime(); // January 2026, local time
let n = 0;
const placed = (panelId: string, when: number, patch: Partial<TrackedOrder> = {}) =>
  tracked(panelId, String(++n), { placedAt: when }, { link: 'https://instagram.com/p/x', charge: '1.5', currency: 'USD', ...patch });

const orders: TrackedOrder[] = [
  placed('a', at(5)), // Monday
  placed('a', at(5, 23), { charge: '0.0000001' }),
  placed('b', at(5), { status: 'partial', charge: '2', quantity: 1000, remains: 250 }), // 1.5 after the pro-rata refund
  placed('b', at(6), { status: 'canceled', charge: '9' }), // refunded: 0
  placed('a', at(7), { link: 'https://www.tiktok.com/@x/video/1', charge: '3' }),
  placed('c', at(7), { currency: 'EUR', charge: '4' }),
  placed('a', at(12), { charge: null, estimatedCharge: '2.25' }), // next week, estimated
  placed('a', at(12), { charge: null, estimatedCharge: null }),
];

describe('spending', () => {
  it('per day, refunds netted, each currency apart', () => {
    const rows = spending(orders, { period: 'day', group: 'total' });
    expect(rows.map((r) => [r.period, r.currency, r.amount, r.orders, r.estimated, r.unpriced])).toEqual([
      ['2026-01-05', 'USD', '3.0000001', 3, 0, 0],
      ['2026-01-06', 'USD', '0', 1, 0, 0],
      ['2026-01-07', 'EUR', '4', 1, 0, 0],
      ['2026-01-07', 'USD', '3', 1, 0, 0],
      ['2026-01-12', 'USD', '2.25', 2, 1, 1],
    ]);
    expect(spendCurrencies(rows)).toEqual(['USD', 'EUR']);
  });

  it('a canceled order can count its reported charge instead, for panels that keep it', () => {
    const rows = spending(orders, { period: 'day', group: 'total', canceled: 'reported', from: '2026-01-06', to: '2026-01-06' });
    expect(rows.map((r) => r.amount)).toEqual(['9']);
  });

  it('per week (from Monday), per panel and per platform', () => {
    expect(spending(orders, { period: 'week', group: 'panel' }).map((r) => [r.period, r.currency, r.group, r.amount])).toEqual([
      ['2026-01-05', 'EUR', 'c', '4'],
      ['2026-01-05', 'USD', 'a', '4.5000001'],
      ['2026-01-05', 'USD', 'b', '1.5'],
      ['2026-01-12', 'USD', 'a', '2.25'],
    ]);
    expect(spending(orders, { period: 'week', group: 'platform', to: '2026-01-11' }).map((r) => [r.currency, r.group, r.amount])).toEqual([
      ['EUR', 'instagram', '4'],
      ['USD', 'instagram', '3.0000001'],
      ['USD', 'tiktok', '3'],
    ]);
    expect(weekOf('2026-01-11')).toBe('2026-01-05');
    expect(weekOf('2026-01-05')).toBe('2026-01-05');
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
  });

  it('the series of one currency has every day, 0 where nothing was spent', () => {
    const rows = spending(orders, { period: 'day', group: 'panel' });
    expect(spendSeries(rows, 'USD', 'day').map((p) => [p.period, p.amount])).toEqual([
      ['2026-01-05', '3.0000001'],
      ['2026-01-06', '0'],
      ['2026-01-07', '3'],
      ['2026-01-08', '0'],
      ['2026-01-09', '0'],
      ['2026-01-10', '0'],
      ['2026-01-11', '0'],
      ['2026-01-12', '2.25'],
    ]);
    expect(spendSeries(rows, 'GBP', 'day')).toEqual([]);
    expect(spendSeries(spending(orders, { period: 'week', group: 'total' }), 'USD', 'week').map((p) => p.period)).toEqual(['2026-01-05', '2026-01-12']);
  });

  it('CSV with the same rows, exact amounts, names as labels', () => {
    const csv = spendingToCsv(spending(orders, { period: 'week', group: 'panel' }), (id) => ({ a: 'Panel A', b: '=Panel B', c: 'Panel, C' })[id] ?? id);
    expect(csv.split('\r\n')).toEqual([
      '\uFEFFPeriod,Currency,Group,Amount,Orders,Estimated,Unpriced',
      '2026-01-05,EUR,"Panel, C",4,1,0,0',
      '2026-01-05,USD,Panel A,4.5000001,3,0,0',
      "2026-01-05,USD,'=Panel B,1.5,2,0,0",
      '2026-01-12,USD,Panel A,2.25,2,1,1',
      '',
    ]);
  });
});
