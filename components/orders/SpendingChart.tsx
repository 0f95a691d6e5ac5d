import type { ComponentChild } from 'preact';
import type { SpendPeriod, SpendPoint } from '@/utils/orders/spending';
import { activeDir, t } from '@/utils/i18n/messages';
import { barChartLayout } from '@/utils/ui/bar-chart';
import { formatShortDay } from '@/utils/ui/intl-day';
import { formatInteger } from '@/utils/i18n/intl-format';
import { shownAmount, shownMoney } from '@/utils/i18n/shown-money';

export interface SpendingChartProps {
  /** One currency's totals, every period present (spendSeries). */
  points: readonly SpendPoint[];
  /** '' = the panel never said: shown as "unknown currency". */
  currency: string;
  period: SpendPeriod;
  /** The chart's accessible name; by default "Spending per day" or "Spending per week". */
  label?: string;
}

/** The head of a spending table: what each row is, then "Spent" and "Orders" (right-aligned). */
export function SpendHead({ first }: { first: string }) {
  return (
    <thead>
      <tr>
        <th scope="col">{first}</th>
        <th scope="col" class="num">
          {t('spending_colSpent')}
        </th>
        <th scope="col" class="num">
          {t('spending_colOrders')}
        </th>
      </tr>
    </thead>
  );
}

/**
 * One row of a spending table: what it is (a day, a week, a panel…), the amount spent, the
 * orders. The amount and the count stay left to right in every language.
 */
export function SpendRow({ label, amount, currency, orders }: { label: ComponentChild; amount: string; currency: string; orders: number }) {
  return (
    <tr>
      <th scope="row">{label}</th>
      <td class="num">
        <span class="num" dir="ltr">
          {shownMoney(amount, currency || null)}
        </span>
      </td>
      <td class="num">
        <span dir="ltr">{formatInteger(orders)}</span>
      </td>
    </tr>
  );
}

/**
 * Spending as bars (SVG, the theme's colours) with the same numbers as a table beside it:
 * the chart is one image for assistive technology (its name says what it shows), the table
 * is what a screen reader reads and what the keyboard scrolls. No charting library.
 */
export function SpendingChart({ points, currency, period, label = t(period === 'week' ? 'spending_chartPerWeek' : 'spending_chartPerDay') }: SpendingChartProps) {
  const layout = barChartLayout(points.map((p) => ({ label: period === 'week' ? t('spending_weekStarting', formatShortDay(p.period)) : formatShortDay(p.period), value: p.amount })));
  const unit = currency || t('spending_unknownCurrency');
  const { plot, width } = layout;
  // Right to left, time runs from the right edge and the axis sits on the right: every x is
  // mirrored (x → width − x); the text itself is never flipped.
  const rtl = activeDir() === 'rtl';
  const x = (at: number) => (rtl ? width - at : at);
  const named = t('spending_chartWithCurrency', label, unit);
  return (
    <section class="spending-chart" aria-label={named}>
      {/* i18n-exempt: SVG alignment keywords */}
      <svg role="img" aria-label={label} tabindex={0} viewBox={`0 0 ${width} ${layout.height}`} preserveAspectRatio={rtl ? 'xMaxYMin meet' : 'xMinYMin meet'}>
        {layout.ticks.map((tick) => (
          <g key={tick.value} class="tick">
            <line x1={x(plot.left)} x2={x(plot.left + plot.width)} y1={tick.y} y2={tick.y} />
            <text x={x(plot.left - 6)} y={tick.y} dy="0.32em" text-anchor={rtl ? 'start' : 'end'}>
              {shownAmount(tick.value)}
            </text>
          </g>
        ))}
        {layout.bars.map((b, i) => (
          <g key={i} class="bar">
            <rect x={rtl ? width - b.x - b.width : b.x} y={b.y} width={b.width} height={Math.max(b.height, 0)}>
              <title>{t('spending_barTitle', b.label, shownMoney(b.value, currency))}</title>
            </rect>
            {b.showLabel && (
              <text x={x(b.x + b.width / 2)} y={plot.top + plot.height + 15} text-anchor="middle">
                {b.label}
              </text>
            )}
          </g>
        ))}
      </svg>
      <div class="spending-table" tabIndex={0} role="region" aria-label={t('spending_chartTable', label, unit)}>
        <table>
          <caption class="sr-only">{named}</caption>
          <SpendHead first={t(period === 'week' ? 'spending_colWeekOf' : 'spending_colDay')} />
          <tbody>
            {points.map((p) => (
              // The ISO day, as in the CSV export: unambiguous in every language, left to right.
              <SpendRow key={p.period} label={<span dir="ltr">{p.period}</span>} amount={p.amount} currency={currency} orders={p.orders} />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
