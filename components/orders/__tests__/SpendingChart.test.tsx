/**
 * The Spending chart as Preact renders it, without a DOM (the project has none for unit
 * tests): the element tree is expanded, function components included, and read the way a
 * screen reader would — roles, names, the table's text.
 */
import type { ComponentChildren, VNode } from 'preact';
import { describe, expect, it } from 'vitest';
import type { SpendPoint } from '@/utils/orders/spending';
import { shortDay, SpendingChart } from '../SpendingChart';

interface El {
  type: string;
  props: Record<string, unknown>;
  children: (El | string)[];
}

function expand(node: ComponentChildren): (El | string)[] {
  if (node === null || node === undefined || typeof node === 'boolean') return [];
  if (Array.isArray(node)) return node.flatMap(expand);
  if (typeof node === 'string' || typeof node === 'number') return [String(node)];
  const vnode = node as VNode<Record<string, unknown>>;
  if (typeof vnode.type === 'function') return expand((vnode.type as (p: unknown) => ComponentChildren)(vnode.props));
  return [{ type: vnode.type as string, props: vnode.props, children: expand(vnode.props.children as ComponentChildren) }];
}

const all = (nodes: (El | string)[], test: (el: El) => boolean): El[] =>
  nodes.flatMap((n) => (typeof n === 'string' ? [] : [...(test(n) ? [n] : []), ...all(n.children, test)]));
const text = (n: El | string): string => (typeof n === 'string' ? n : n.children.map(text).join(''));

const points: SpendPoint[] = [
  { period: '2026-01-05', amount: '3.0000001', orders: 3 },
  { period: '2026-01-06', amount: '0', orders: 1 },
  { period: '2026-01-07', amount: '1234.5', orders: 2 },
];

describe('Spending chart', () => {
  const tree = expand(<SpendingChart points={points} currency="USD" period="day" />);

  it('is an image named "Spending per day", reachable by keyboard, with one bar per day', () => {
    const [img] = all(tree, (e) => e.props.role === 'img');
    expect(img).toMatchObject({ type: 'svg', props: { 'aria-label': 'Spending per day', tabindex: 0 } });
    const bars = all(img!.children, (e) => e.type === 'rect');
    expect(bars.map((b) => text(all([b], (e) => e.type === 'title')[0]!))).toEqual(['Jan 5: 3.0000001 USD', 'Jan 6: 0.00 USD', 'Jan 7: 1,234.50 USD']);
  });

  it('has the same numbers as a table beside it, amounts with their currency, in a focusable region', () => {
    const [region] = all(tree, (e) => e.props.role === 'region');
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
    expect(shortDay('2026-12-31')).toBe('Dec 31');
  });
});
