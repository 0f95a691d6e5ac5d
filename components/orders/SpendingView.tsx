import { useMemo, useState } from 'preact/hooks';
import { platformById } from '@/utils/catalog/platform';
import { exportFileName } from '@/utils/orders/csv';
import { spendTotals } from '@/utils/orders/spend-totals';
import { addDays, localDay, spendCurrencies, spending, spendingToCsv, spendSeries, type SpendGroup, type SpendPeriod } from '@/utils/orders/spending';
import type { TrackedOrder } from '@/utils/orders/types';
import { plural } from '@/utils/i18n/messages';
import { SpendHead, SpendingChart, SpendRow } from './SpendingChart';
import './spending-chart.css';

const RANGES = [
  { days: 7, label: 'Last 7 days' },
  { days: 30, label: 'Last 30 days' },
  { days: 90, label: 'Last 90 days' },
  { days: 365, label: 'Last 365 days' },
  { days: 0, label: 'All time' },
] as const;

const GROUP_HEAD: Record<SpendGroup, string> = { total: '', panel: 'Panel', platform: 'Platform' };

/**
 * Spending at a glance: what the tracked orders cost per day or week, refunds netted (partial
 * orders pro rata, canceled ones 0), one chart and table per currency, split by panel or
 * platform, and the same rows as CSV. Computed only while this view is open.
 */
export function SpendingView({ orders: stored, panelName, currencyOf, download, now }: {
  orders: readonly TrackedOrder[];
  panelName: (id: string) => string;
  /** The panel's balance currency: what an order the panel has not priced yet is charged in. */
  currencyOf: (panelId: string) => string | null;
  download: (fileName: string, text: string, mime: string) => void;
  now: number;
}) {
  const [period, setPeriod] = useState<SpendPeriod>('day');
  const [group, setGroup] = useState<SpendGroup>('panel');
  const [days, setDays] = useState<number>(30);
  const from = days ? addDays(localDay(now), 1 - days) : undefined;
  const today = localDay(now);
  // As the order's details read it: the panel's figure, else the service's or the panel's currency.
  const orders = useMemo(() => stored.map((o) => (o.currency ? o : { ...o, currency: o.service?.currency ?? currencyOf(o.panelId) })), [stored]);
  const rows = useMemo(() => spending(orders, { period, group, from }), [orders, period, group, from]);
  const currencies = useMemo(() => spendCurrencies(rows), [rows]);
  const totals = useMemo(() => (group === 'total' ? [] : spendTotals(rows)), [rows, group]);
  const label = (g: string) => (group === 'panel' ? panelName(g) : group === 'platform' ? (platformById(g)?.label ?? 'Other links') : 'All');
  const estimated = rows.reduce((n, r) => n + r.estimated, 0);
  const unpriced = rows.reduce((n, r) => n + r.unpriced, 0);
  const exportCsv = () => download(exportFileName('spending', now, 'csv'), spendingToCsv(rows, label), 'text/csv;charset=utf-8');

  return (
    <section class="spending-view" aria-labelledby="spending-title">
      <div class="row filters">
        <h2 id="spending-title" class="small">
          Spending
        </h2>
        <label for="spending-period">Per</label>
        <select id="spending-period" value={period} onChange={(e) => setPeriod((e.target as HTMLSelectElement).value as SpendPeriod)}>
          <option value="day">Day</option>
          <option value="week">Week</option>
        </select>
        <label for="spending-group">Split by</label>
        <select id="spending-group" value={group} onChange={(e) => setGroup((e.target as HTMLSelectElement).value as SpendGroup)}>
          <option value="panel">Panel</option>
          <option value="platform">Platform</option>
          <option value="total">Nothing (total)</option>
        </select>
        <label for="spending-range">Range</label>
        <select id="spending-range" value={String(days)} onChange={(e) => setDays(Number((e.target as HTMLSelectElement).value))}>
          {RANGES.map((r) => (
            <option key={r.days} value={String(r.days)}>
              {r.label}
            </option>
          ))}
        </select>
        <span class="spacer" />
        <button type="button" onClick={exportCsv} disabled={rows.length === 0}>
          Export spending CSV
        </button>
      </div>
      <p class="muted small">
        {from ? `${from} to ${today}` : `Up to ${today}`}, by the day each order was placed. Refunds netted: a partial order counts what it delivered (charge × delivered ÷ quantity), a canceled or refunded one 0.
        {estimated ? ` ${plural('common_orders', estimated)} counted at PanelPilot’s estimate (the panel has not stated the charge).` : ''}
        {unpriced ? ` ${plural('common_orders', unpriced)} without any known charge: counted, not added.` : ''}
      </p>
      {rows.length === 0 ? (
        <p class="muted empty-filter">No orders in this range.</p>
      ) : (
        currencies.map((currency) => (
          <div key={currency} class="spending-currency">
            {currencies.length > 1 && <h3 class="small">{currency ? `In ${currency}` : 'Currency not stated by the panel'}</h3>}
            <SpendingChart points={spendSeries(rows, currency, period)} currency={currency} period={period} />
            {group !== 'total' && (
              <table class="spending-split" aria-label={`Spending per ${group}, ${currency || 'unknown currency'}`}>
                <SpendHead first={GROUP_HEAD[group]} />
                <tbody>
                  {totals
                    .filter((t) => t.currency === currency)
                    .map((t) => (
                      <SpendRow key={t.group} label={label(t.group)} amount={t.amount} currency={currency} orders={t.orders} />
                    ))}
                </tbody>
              </table>
            )}
          </div>
        ))
      )}
    </section>
  );
}
