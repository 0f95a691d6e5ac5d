import { useEffect, useMemo, useState } from 'preact/hooks';
import { useApp } from '@/components/use-app';
import { cheapestAlternatives, type Alternative, type Comparison } from '@/utils/catalog/compare';
import { shownMoney } from '@/utils/i18n/shown-money';
import { t } from '@/utils/i18n/messages';
import { formatInteger } from '@/utils/i18n/intl-format';
import type { Service } from '@/utils/panel-api/types';
import type { ServiceRecord } from '@/utils/orders/service-record';
import { byRecord, type CompareSort } from './compare-sort';
import type { CatalogActions } from './actions';

/**
 * With several panels: the cheapest matching services elsewhere, one click to switch. Only
 * rates in the chosen service's currency are ranked; others are listed apart, per currency.
 */
export function ComparePanels({ chosen, panelId, readCatalog, records, onSwitch }: {
  chosen: Service;
  panelId: string;
  readCatalog: CatalogActions['readCatalog'];
  /** "Your record" per panel + service (page-orders.ts); null while read. */
  records: ReadonlyMap<string, ServiceRecord> | null;
  onSwitch: (panelId: string, service: Service) => void;
}) {
  const panels = useApp((s) => s.panels);
  const balances = useApp((s) => s.balances);
  const [comparison, setComparison] = useState<Comparison>({ sameCurrency: [], otherCurrencies: [] });
  const [sort, setSort] = useState<CompareSort>('cheapest');
  const others = panels.filter((p) => p.id !== panelId);
  const chosenCurrency = chosen.currency ?? balances[panelId]?.last?.currency ?? null;

  useEffect(() => {
    let live = true;
    void Promise.all(others.map(async (p) => ({ panelId: p.id, services: (await readCatalog(p.id))?.services ?? [], currency: balances[p.id]?.last?.currency ?? null }))).then((catalogs) => {
      // Every match, not the cheapest few: "Best record" ranks them all (compare-sort.ts).
      if (live) setComparison(cheapestAlternatives(chosen, chosenCurrency, catalogs, Infinity));
    });
    return () => {
      live = false;
    };
  }, [chosen.id, panelId, others.length, chosenCurrency]);

  const shown = useMemo(() => byRecord(comparison, sort, records), [comparison, sort, records]);
  if (others.length === 0 || (comparison.sameCurrency.length === 0 && comparison.otherCurrencies.length === 0)) return null;
  const panelName = (id: string) => panels.find((p) => p.id === id)?.name ?? '';
  const rows = (list: (Alternative & { hint: string | null })[], label: string) => (
    <table aria-label={label}>
      <tbody>
        {list.map((a) => (
          <tr key={`${a.panelId}:${a.service.id}`}>
            <td class="truncate">
              <bdi translate={false}>{panelName(a.panelId)}</bdi>
            </td>
            <td class="truncate" title={a.service.name}>
              <span dir="ltr">{a.service.id}</span> · <bdi translate={false}>{a.service.name}</bdi>
              {a.hint && <span class="service-record small"> · {a.hint}</span>}
            </td>
            <td class="num">
              <span dir="ltr">{shownMoney(a.service.rate, a.currency)}</span>
              {a.currency ? null : <span class="muted small"> ({t('quickOrder_currencyNotStated')})</span>}
            </td>
            <td class="num muted small">
              <span dir="ltr">
                {formatInteger(a.service.min)}–{formatInteger(a.service.max)}
              </span>
            </td>
            <td>
              <button type="button" onClick={() => onSwitch(a.panelId, a.service)} aria-label={t('quickOrder_useServiceOn', a.service.name, panelName(a.panelId))}>
                {t('quickOrder_use')}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <section class="compare" aria-labelledby="compare-title">
      <div class="row">
        <h2 id="compare-title" class="small">
          {t('quickOrder_compareTitle')}
        </h2>
        <span class="spacer" />
        <label class="small muted" for="compare-sort">
          {t('quickOrder_sort')}
        </label>
        <select id="compare-sort" class="small" value={sort} onChange={(e) => setSort((e.target as HTMLSelectElement).value as CompareSort)}>
          <option value="cheapest">{t('quickOrder_sortCheapest')}</option>
          <option value="record">{t('quickOrder_sortBestRecord')}</option>
        </select>
      </div>
      {shown.sameCurrency.length > 0 && rows(shown.sameCurrency, t(sort === 'record' ? 'quickOrder_bestRecordIn' : 'quickOrder_cheapestIn', chosenCurrency ?? ''))}
      {shown.otherCurrencies.length > 0 && (
        <>
          <p class="muted small">
            {chosenCurrency ? t('quickOrder_notRankedOtherCurrency', chosenCurrency) : t('quickOrder_notRankedNoCurrency')}
          </p>
          {rows(shown.otherCurrencies, t('quickOrder_otherCurrencies'))}
        </>
      )}
    </section>
  );
}
