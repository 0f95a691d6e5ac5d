import { Amount } from '@/components/Amount';
import { formatMoney } from '@/utils/money';
import type { SpendPeriod, SpendPoint } from '@/utils/orders/spending';
import { barChartLayout } from '@/utils/ui/bar-chart';
import { formatInt } from '@/utils/format';

export interface SpendingChartProps {
  /** One currency's totals, every period present (spendSeries). */
  points: readonly SpendPoint[];
  /** '' = the panel never said: shown as "unknown currency". */
  currency: string;
  period: SpendPeriod;
  /** The chart's accessible name; the first chart of the page is "Spending per day". */
  label?: string;
}

/** The head of a spending table: what each row is, then "Spent" and "Orders" (right-aligned). */
export function SpendHead({ first }: { first: string }) {
  return (
    <thead>
      <tr>
        <th scope="col">{first}</th>
        <th scope="col" class="num">
          Spent
        </th>
        <th scope="col" class="num">
          Orders
        </th>
      </tr>
    </thead>
  );
}

/** One row of a spending table: what it is (a day, a week, a panel…), the amount spent, the orders. */
export function SpendRow({ label, amount, currency, orders }: { label: string; amount: string; currency: string; orders: number }) {
  return (
    <tr>
      <th scope="row">{label}</th>
      <td class="num">
        <Amount value={amount} currency={currency || null} />
      </td>
      <td class="num">{formatInt(orders)}</td>
    </tr>
  );
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Jan 5" for a 'YYYY-MM-DD' day. */
export function shortDay(day: string): string {
  const [, m, d] = day.split('-').map(Number);
  return `${MONTHS[(m ?? 1) - 1]} ${d}`;
}

/**
 * Spending as bars (SVG, the theme's colours) with the same numbers as a table beside it:
 * the chart is one image for assistive technology (its name says what it shows), the table
 * is what a screen reader reads and what the keyboard scrolls. No charting library.
 */
export function SpendingChart({ points, currency, period, label = period === 'week' ? 'Spending per week' : 'Spending per day' }: SpendingChartProps) {
  const layout = barChartLayout(points.map((p) => ({ label: period === 'week' ? `w/c ${shortDay(p.period)}` : shortDay(p.period), value: p.amount })));
  const unit = currency || 'unknown currency';
  const { plot } = layout;
  return (
    <section class="spending-chart" aria-label={`${label}, ${unit}`}>
      <svg role="img" aria-label={label} tabindex={0} viewBox={`0 0 ${layout.width} ${layout.height}`} preserveAspectRatio="xMinYMin meet">
        {layout.ticks.map((t) => (
          <g key={t.value} class="tick">
            <line x1={plot.left} x2={plot.left + plot.width} y1={t.y} y2={t.y} />
            <text x={plot.left - 6} y={t.y} dy="0.32em" text-anchor="end">
              {t.text}
            </text>
          </g>
        ))}
        {layout.bars.map((b, i) => (
          <g key={i} class="bar">
            <rect x={b.x} y={b.y} width={b.width} height={Math.max(b.height, 0)}>
              <title>{`${b.label}: ${formatMoney(b.value, currency)}`}</title>
            </rect>
            {b.showLabel && (
              <text x={b.x + b.width / 2} y={plot.top + plot.height + 15} text-anchor="middle">
                {b.label}
              </text>
            )}
          </g>
        ))}
      </svg>
      <div class="spending-table" tabIndex={0} role="region" aria-label={`${label} as a table, ${unit}`}>
        <table>
          <caption class="sr-only">{`${label}, ${unit}`}</caption>
          <SpendHead first={period === 'week' ? 'Week of' : 'Day'} />
          <tbody>
            {points.map((p) => (
              <SpendRow key={p.period} label={p.period} amount={p.amount} currency={currency} orders={p.orders} />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
