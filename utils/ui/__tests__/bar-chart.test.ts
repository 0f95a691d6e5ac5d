import { describe, expect, it } from 'vitest';
import { big } from '../../money';
import { barChartLayout, niceMax } from '../bar-chart';

describe('bar chart layout', () => {
  it('a nice top of the scale: 1, 2, 2.5 or 5 × 10ⁿ, exact even for 7-decimal amounts', () => {
    expect(['0', '0.7', '1', '1.2', '2.1', '3', '7', '12', '250.01', '0.0000003'].map((v) => niceMax(big(v)).toString())).toEqual([
      '1',
      '1',
      '1',
      '2',
      '2.5',
      '5',
      '10',
      '20',
      '500',
      '0.0000005',
    ]);
  });

  it('bars in proportion to their amounts, from the baseline, with ticks at quarters', () => {
    const layout = barChartLayout(
      [
        { label: 'Jan 5', value: '3' },
        { label: 'Jan 6', value: '0' },
        { label: 'Jan 7', value: '1.5' },
        { label: 'Jan 8', value: '4' },
      ],
      { width: 464, height: 130, left: 56, bottom: 22 },
    );
    // plot: 400 wide, 100 high; scale top 5
    expect(layout.plot).toEqual({ left: 56, top: 8, width: 400, height: 100 });
    expect(layout.bars.map((b) => [b.x, b.y, b.width, b.height])).toEqual([
      [71, 48, 70, 60],
      [171, 108, 70, 0],
      [271, 78, 70, 30],
      [371, 28, 70, 80],
    ]);
    expect(layout.ticks.map((t) => [t.y, t.text])).toEqual([
      [108, '0.00'],
      [83, '1.25'],
      [58, '2.50'],
      [33, '3.75'],
      [8, '5.00'],
    ]);
    expect(layout.bars.every((b) => b.showLabel)).toBe(true);
  });

  it('labels that would overlap are skipped, always keeping the latest', () => {
    const days = Array.from({ length: 90 }, (_, i) => ({ label: `d${i}`, value: String(i) }));
    const layout = barChartLayout(days);
    const shown = layout.bars.filter((b) => b.showLabel);
    expect(shown.at(-1)!.label).toBe('d89');
    expect(shown.length).toBeLessThanOrEqual(Math.ceil(layout.plot.width / 56));
    expect(shown.length).toBeGreaterThan(5);
    expect(layout.bars.every((b) => b.width >= 1 && b.y + b.height <= layout.plot.top + layout.plot.height + 0.1)).toBe(true);
  });

  it('nothing spent: flat bars on a 0…1 scale', () => {
    const layout = barChartLayout([{ label: 'a', value: '0' }]);
    expect(layout.bars[0]!.height).toBe(0);
    expect(layout.ticks.at(-1)!.text).toBe('1.00');
  });
});
