import { useEffect, useMemo, useState } from 'preact/hooks';
import { useApp } from '@/components/use-app';
import { cheapestAlternatives, type Alternative, type Comparison } from '@/utils/catalog/compare';
import { formatMoney } from '@/utils/money';
import type { Service } from '@/utils/panel-api/types';
import { CURRENCY_NOT_STATED } from '@/utils/panels/balance-text';
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
            <td class="truncate">{panelName(a.panelId)}</td>
            <td class="truncate" title={a.service.name}>
              {a.service.id} · {a.service.name}
              {a.hint && <span class="service-record small"> · {a.hint}</span>}
            </td>
            <td class="num">
              {formatMoney(a.service.rate, a.currency)}
              {a.currency ? null : <span class="muted small"> ({CURRENCY_NOT_STATED})</span>}
            </td>
            <td class="num muted small">
              {a.service.min.toLocaleString('en-US')}–{a.service.max.toLocaleString('en-US')}
            </td>
            <td>
              <button type="button" onClick={() => onSwitch(a.panelId, a.service)} aria-label={`Use ${a.service.name} on ${panelName(a.panelId)}`}>
                Use
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
          On your other panels
        </h2>
        <span class="spacer" />
        <label class="small muted" for="compare-sort">
          Sort
        </label>
        <select id="compare-sort" class="small" value={sort} onChange={(e) => setSort((e.target as HTMLSelectElement).value as CompareSort)}>
          <option value="cheapest">Cheapest</option>
          <option value="record">Best record</option>
        </select>
      </div>
      {shown.sameCurrency.length > 0 && rows(shown.sameCurrency, sort === 'record' ? `Best record in ${chosenCurrency}` : `Cheapest in ${chosenCurrency}`)}
      {shown.otherCurrencies.length > 0 && (
        <>
          <p class="muted small">
            {chosenCurrency ? `Not in ${chosenCurrency}, so not ranked against this service’s rate:` : 'This panel does not state its currency, so these rates are not ranked against it:'}
          </p>
          {rows(shown.otherCurrencies, 'In other currencies (not compared)')}
        </>
      )}
    </section>
  );
}
