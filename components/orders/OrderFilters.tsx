import { PLATFORMS } from '@/utils/catalog/platform';
import type { OrderFilter } from '@/utils/orders/order-query';
import { orderStatusLabel } from '@/utils/orders/status';
import { t } from '@/utils/i18n/messages';
import { ORDER_STATUSES } from '@/utils/panel-api/types';
import type { PanelProfile } from '@/utils/panels/types';
import { PanelOptions } from '@/components/PanelOptions';
import { REFILL_WINDOW_FILTERS, refillWindowFilterLabel, type RefillWindowFilter } from '@/utils/orders/guarantee-window';

const value = (e: Event) => (e.target as HTMLInputElement | HTMLSelectElement).value;

/** Search and filters: each control labelled, changes apply as you type. */
export function OrderFilters({ filter, panels, onChange }: { filter: OrderFilter; panels: PanelProfile[]; onChange: (patch: Partial<OrderFilter>) => void }) {
  const active = filter.search || filter.panelId || filter.status || filter.platform || filter.from || filter.to || filter.refillWindow;
  return (
    <div class="row filters" role="search" aria-label={t('orders_filterLabel')}>
      <input type="search" class="search" aria-label={t('orders_searchLabel')} placeholder={t('orders_searchPlaceholder')} value={filter.search} onInput={(e) => onChange({ search: value(e) })} />
      <label class="row small">
        {t('orders_panel')}
        <select value={filter.panelId} onChange={(e) => onChange({ panelId: value(e) })}>
          <option value="">{t('orders_allPanels')}</option>
          <PanelOptions panels={panels} />
        </select>
      </label>
      <label class="row small">
        {t('orders_status')}
        <select value={filter.status} onChange={(e) => onChange({ status: value(e) as OrderFilter['status'] })}>
          <option value="">{t('orders_anyStatus')}</option>
          <option value="active">{t('orders_notFinished')}</option>
          {ORDER_STATUSES.map((s) => (
            <option key={s} value={s}>
              {orderStatusLabel(s)}
            </option>
          ))}
          <option value="missing">{t('orders_notFoundOnPanel')}</option>
        </select>
      </label>
      <label class="row small">
        {t('orders_platform')}
        <select value={filter.platform} onChange={(e) => onChange({ platform: value(e) })}>
          <option value="">{t('orders_allPlatforms')}</option>
          {PLATFORMS.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
            </option>
          ))}
        </select>
      </label>
      <label class="row small">
        {t('orders_refillWindowFilter')}
        <select value={filter.refillWindow} onChange={(e) => onChange({ refillWindow: value(e) as RefillWindowFilter | '' })}>
          <option value="">{t('orders_anyWindow')}</option>
          {REFILL_WINDOW_FILTERS.map((w) => (
            <option key={w} value={w}>
              {refillWindowFilterLabel(w)}
            </option>
          ))}
        </select>
      </label>
      <label class="row small">
        {t('orders_createdFrom')}
        <input type="date" value={filter.from} max={filter.to || undefined} onChange={(e) => onChange({ from: value(e) })} />
      </label>
      <label class="row small">
        {t('orders_createdToShort')}
        <input type="date" aria-label={t('orders_createdTo')} value={filter.to} min={filter.from || undefined} onChange={(e) => onChange({ to: value(e) })} />
      </label>
      {active ? (
        <button type="button" class="link" onClick={() => onChange({ search: '', panelId: '', status: '', platform: '', from: '', to: '', refillWindow: '' })}>
          {t('orders_clearFilters')}
        </button>
      ) : null}
    </div>
  );
}
