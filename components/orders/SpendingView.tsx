import { useMemo, useState } from 'preact/hooks';
import { platformById } from '@/utils/catalog/platform';
import { exportFileName } from '@/utils/orders/csv';
import { spendTotals } from '@/utils/orders/spend-totals';
import { addDays, localDay, spendCurrencies, spending, spendingToCsv, spendSeries, type SpendGroup, type SpendPeriod } from '@/utils/orders/spending';
import type { TrackedOrder } from '@/utils/orders/types';
import { plural, t } from '@/utils/i18n/messages';
import { formatLocalDay } from '@/utils/ui/intl-day';
import { SpendHead, SpendingChart, SpendRow } from './SpendingChart';
import './spending-chart.css';

/** The ranges offered, in days up to today; 0 = all time. */
const RANGES = [7, 30, 90, 365, 0] as const;
const rangeLabel = (days: number) => (days ? plural('spending_lastDays', days) : t('spending_allTime'));

const groupHead = (group: SpendGroup) => (group === 'panel' ? t('spending_groupPanel') : group === 'platform' ? t('spending_groupPlatform') : '');

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
  const label = (g: string) => (group === 'panel' ? panelName(g) : group === 'platform' ? (platformById(g)?.label ?? t('spending_otherLinks')) : t('spending_all'));
  const estimated = rows.reduce((n, r) => n + r.estimated, 0);
  const unpriced = rows.reduce((n, r) => n + r.unpriced, 0);
  const exportCsv = () => download(exportFileName('spending', now, 'csv'), spendingToCsv(rows, label), 'text/csv;charset=utf-8');

  return (
    <section class="spending-view" aria-labelledby="spending-title">
      <div class="row filters">
        <h2 id="spending-title" class="small">
          {t('spending_title')}
        </h2>
        <label for="spending-period">{t('spending_per')}</label>
        <select id="spending-period" value={period} onChange={(e) => setPeriod((e.target as HTMLSelectElement).value as SpendPeriod)}>
          <option value="day">{t('spending_periodDay')}</option>
          <option value="week">{t('spending_periodWeek')}</option>
        </select>
        <label for="spending-group">{t('spending_splitBy')}</label>
        <select id="spending-group" value={group} onChange={(e) => setGroup((e.target as HTMLSelectElement).value as SpendGroup)}>
          <option value="panel">{t('spending_groupPanel')}</option>
          <option value="platform">{t('spending_groupPlatform')}</option>
          <option value="total">{t('spending_groupTotal')}</option>
        </select>
        <label for="spending-range">{t('spending_range')}</label>
        <select id="spending-range" value={String(days)} onChange={(e) => setDays(Number((e.target as HTMLSelectElement).value))}>
          {RANGES.map((d) => (
            <option key={d} value={String(d)}>
              {rangeLabel(d)}
            </option>
          ))}
        </select>
        <span class="spacer" />
        <button type="button" onClick={exportCsv} disabled={rows.length === 0}>
          {t('spending_exportCsv')}
        </button>
      </div>
      <p class="muted small">
        {from ? t('spending_rangeFromTo', formatLocalDay(from), formatLocalDay(today)) : t('spending_rangeUpTo', formatLocalDay(today))} {t('spending_refundsNetted')}
        {estimated ? ` ${plural('spending_estimated', estimated)}` : ''}
        {unpriced ? ` ${plural('spending_unpriced', unpriced)}` : ''}
      </p>
      {rows.length === 0 ? (
        <p class="muted empty-filter">{t('spending_empty')}</p>
      ) : (
        currencies.map((currency) => (
          <div key={currency} class="spending-currency">
            {currencies.length > 1 && <h3 class="small">{currency ? t('spending_inCurrency', currency) : t('spending_currencyNotStated')}</h3>}
            <SpendingChart points={spendSeries(rows, currency, period)} currency={currency} period={period} />
            {/* i18n-exempt: a compared code */}
            {group !== 'total' && (
              <table class="spending-split" aria-label={t(group === 'panel' ? 'spending_perPanelTable' : 'spending_perPlatformTable', currency || t('spending_unknownCurrency'))}>
                <SpendHead first={groupHead(group)} />
                <tbody>
                  {totals
                    .filter((total) => total.currency === currency)
                    .map((total) => (
                      <SpendRow key={total.group} label={group === 'panel' ? <bdi translate={false}>{label(total.group)}</bdi> : label(total.group)} amount={total.amount} currency={currency} orders={total.orders} />
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
