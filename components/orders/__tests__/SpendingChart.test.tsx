/** The Spending chart as Preact renders it, read the way a screen reader would: roles, names, the table's text. */
import { describe, expect, it } from 'vitest';
import type { SpendPoint } from '@/utils/orders/spending';
import { formatShortDay } from '@/utils/ui/intl-day';
import { SpendingChart } from '../SpendingChart';
import { all, expand, text } from './render-tree';

const points: SpendPoint[] = [
  { period: '2026-01-05', amount: '3.0000001', orders: 3 },
  { period: '2026-01-06', amount: '0', orders: 1 },
  { period: '2026-01-07', amount: '1234.5', orders: 2 },
];

describe('Spending chart', () => {
  // Rendered inside each test: the English messages are loaded before each one (english-setup.ts).
  const render = () => expand(<SpendingChart points={points} currency="USD" period="day" />);

  it('is an image named "Spending per day", reachable by keyboard, with one bar per day', () => {
    const [img] = all(render(), (e) => e.props.role === 'img');
    expect(img).toMatchObject({ type: 'svg', props: { 'aria-label': 'Spending per day', tabindex: 0 } });
    const bars = all(img!.children, (e) => e.type === 'rect');
    expect(bars.map((b) => text(all([b], (e) => e.type === 'title')[0]!))).toEqual(['Jan 5: 3.0000001 USD', 'Jan 6: 0.00 USD', 'Jan 7: 1,234.50 USD']);
  });

  it('has the same numbers as a table beside it, amounts with their currency, in a focusable region', () => {
    const [region] = all(render(), (e) => e.props.role === 'region');
    expect(region!.props).toMatchObject({ tabIndex: 0, 'aria-label': 'Spending per day as a table, USD' });
    const rows = all(region!.children, (e) => e.type === 'tr').map((tr) => tr.children.map(text));
    expect(rows).toEqual([
      ['Day', 'Spent', 'Orders'],
      ['2026-01-05', '3.0000001 USD', '3'],
      ['2026-01-06', '0.00 USD', '1'],
      ['2026-01-07', '1,234.50 USD', '2'],
    ]);
    const amountCells = all(region!.children, (e) => e.type === 'td' && e.props.class === 'num');
    expect(amountCells.length).toBe(6);
  });

  it('per week, and a currency the panel never named', () => {
    const weekly = expand(<SpendingChart points={points.slice(0, 1)} currency="" period="week" />);
    expect(all(weekly, (e) => e.props.role === 'img')[0]!.props['aria-label']).toBe('Spending per week');
    expect(all(weekly, (e) => e.props.role === 'region')[0]!.props['aria-label']).toBe('Spending per week as a table, unknown currency');
    expect(formatShortDay('2026-12-31')).toBe('Dec 31');
  });
});
