/**
 * The geometry of a small bar chart (SVG user units), from exact amounts: a "nice" top of the
 * scale (1, 2, 2.5 or 5 × 10ⁿ), its ticks, one bar per value, and which x labels fit. Pure:
 * the component only draws it. Amounts stay big.js decimals until they become pixels.
 */
import type Big from 'big.js';
import { big, formatAmount, type Money } from '../money';

export interface BarInput {
  label: string;
  value: Money;
}

export interface Bar {
  x: number;
  y: number;
  width: number;
  height: number;
  label: string;
  value: Money;
  /** Whether this bar's label is drawn under it (labels that would overlap are skipped). */
  showLabel: boolean;
}

export interface Tick {
  y: number;
  value: Money;
  text: string;
}

export interface BarChartLayout {
  width: number;
  height: number;
  plot: { left: number; top: number; width: number; height: number };
  bars: Bar[];
  ticks: Tick[];
}

export interface BarChartSize {
  width?: number;
  height?: number;
  /** Room for the y labels at the left and the x labels below. */
  left?: number;
  bottom?: number;
  /** Rough width one x label needs. */
  labelWidth?: number;
}

const STEPS = ['1', '2', '2.5', '5', '10'];

/** The smallest 1, 2, 2.5 or 5 × 10ⁿ at or above `max` (1 for nothing at all). */
export function niceMax(max: Big): Big {
  if (max.lte(0)) return big('1');
  const unit = big('1').times(big('10').pow(max.e));
  for (const step of STEPS) {
    const candidate = unit.times(step);
    if (candidate.gte(max)) return candidate;
  }
  return unit.times(10);
}

const px = (n: Big) => Math.round(n.toNumber() * 10) / 10;

export function barChartLayout(values: readonly BarInput[], size: BarChartSize = {}): BarChartLayout {
  const { width = 640, height = 180, left = 64, bottom = 22, labelWidth = 56 } = size;
  const top = 8;
  const plot = { left, top, width: width - left - 8, height: height - top - bottom };
  let max = big('0');
  for (const v of values) if (big(v.value).gt(max)) max = big(v.value);
  const scaleTop = niceMax(max);
  const slot = values.length ? plot.width / values.length : plot.width;
  const barWidth = Math.max(1, Math.round(slot * 0.7 * 10) / 10);
  const every = Math.max(1, Math.ceil(labelWidth / slot));
  const bars = values.map((v, i) => {
    const h = px(big(v.value).div(scaleTop).times(plot.height));
    return {
      x: Math.round((plot.left + i * slot + (slot - barWidth) / 2) * 10) / 10,
      y: Math.round((plot.top + plot.height - h) * 10) / 10,
      width: barWidth,
      height: h,
      label: v.label,
      value: v.value,
      showLabel: (values.length - 1 - i) % every === 0,
    };
  });
  const ticks = [0, 1, 2, 3, 4].map((k) => {
    const value = scaleTop.times(k).div(4);
    return { y: px(big(String(plot.top + plot.height)).minus(value.div(scaleTop).times(plot.height))), value: value.toString(), text: formatAmount(value.toString()) };
  });
  return { width, height, plot, bars, ticks };
}
