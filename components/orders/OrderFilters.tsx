import { PLATFORMS } from '@/utils/catalog/platform';
import type { OrderFilter } from '@/utils/orders/order-query';
import { ORDER_STATUS_LABEL } from '@/utils/orders/status';
import { ORDER_STATUSES } from '@/utils/panel-api/types';
import type { PanelProfile } from '@/utils/panels/types';
import { PanelOptions } from '@/components/PanelOptions';
import { REFILL_WINDOW_FILTERS, REFILL_WINDOW_FILTER_LABEL, type RefillWindowFilter } from '@/utils/orders/guarantee-window';

const value = (e: Event) => (e.target as HTMLInputElement | HTMLSelectElement).value;

/** Search and filters: each control labelled, changes apply as you type. */
export function OrderFilters({ filter, panels, onChange }: { filter: OrderFilter; panels: PanelProfile[]; onChange: (patch: Partial<OrderFilter>) => void }) {
  const active = filter.search || filter.panelId || filter.status || filter.platform || filter.from || filter.to || filter.refillWindow;
  return (
    <div class="row filters" role="search" aria-label="Filter orders">
      <input type="search" class="search" aria-label="Search by link or order id" placeholder="Search link or order id" value={filter.search} onInput={(e) => onChange({ search: value(e) })} />
      <label class="row small">
        Panel
        <select value={filter.panelId} onChange={(e) => onChange({ panelId: value(e) })}>
          <option value="">All panels</option>
          <PanelOptions panels={panels} />
        </select>
      </label>
      <label class="row small">
        Status
        <select value={filter.status} onChange={(e) => onChange({ status: value(e) as OrderFilter['status'] })}>
          <option value="">Any status</option>
          <option value="active">Not finished</option>
          {ORDER_STATUSES.map((s) => (
            <option key={s} value={s}>
              {ORDER_STATUS_LABEL[s]}
            </option>
          ))}
          <option value="missing">Not found on panel</option>
        </select>
      </label>
      <label class="row small">
        Platform
        <select value={filter.platform} onChange={(e) => onChange({ platform: value(e) })}>
          <option value="">All platforms</option>
          {PLATFORMS.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
            </option>
          ))}
        </select>
      </label>
      <label class="row small">
        Refill window
        <select value={filter.refillWindow} onChange={(e) => onChange({ refillWindow: value(e) as RefillWindowFilter | '' })}>
          <option value="">Any</option>
          {REFILL_WINDOW_FILTERS.map((w) => (
            <option key={w} value={w}>
              {REFILL_WINDOW_FILTER_LABEL[w]}
            </option>
          ))}
        </select>
      </label>
      <label class="row small">
        Created from
        <input type="date" value={filter.from} max={filter.to || undefined} onChange={(e) => onChange({ from: value(e) })} />
      </label>
      <label class="row small">
        to
        <input type="date" aria-label="Created to" value={filter.to} min={filter.from || undefined} onChange={(e) => onChange({ to: value(e) })} />
      </label>
      {active ? (
        <button type="button" class="link" onClick={() => onChange({ search: '', panelId: '', status: '', platform: '', from: '', to: '', refillWindow: '' })}>
          Clear filters
        </button>
      ) : null}
    </div>
  );
}
