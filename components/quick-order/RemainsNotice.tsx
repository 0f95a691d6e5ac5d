import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useApp } from '@/components/use-app';
import { shownMoney } from '@/utils/i18n/shown-money';
import { T } from '@/components/T';
import { t } from '@/utils/i18n/messages';
import { remainsElsewhere, remainsOf, remainsOnSamePanel, type RemainsElsewhere, type RemainsForm } from '@/utils/orders/reorder-remains';
import type { TrackedOrder } from '@/utils/orders/types';
import type { Service } from '@/utils/panel-api/types';
import type { CatalogActions } from './actions';
import { formatList } from '@/utils/i18n/intl-format';

export interface RemainsRequest {
  key: string;
  /** null: no order is tracked under that key any more. */
  order: TrackedOrder | null;
}

/**
 * "Order the remaining N" (opened from the orders page with ?remains=<orderKey>): fills the
 * form once with the link, the same service and quantity = remains (within its min/max) on
 * the order's panel, and offers the best matching services on the other panels, one click
 * each. It only fills the form: every check applies and the user still clicks Place order.
 */
export function RemainsNotice({ request, panelId, services, readCatalog, onApply }: {
  request: RemainsRequest;
  readCatalog: CatalogActions['readCatalog'];
  /** The panel the form shows now, and its catalog once read (null meanwhile). */
  panelId: string | null;
  services: readonly Service[] | null;
  onApply: (panelId: string, service: Service, form: RemainsForm) => void;
}) {
  const { order } = request;
  const panels = useApp((s) => s.panels);
  const balances = useApp((s) => s.balances);
  const [elsewhere, setElsewhere] = useState<RemainsElsewhere[]>([]);
  const applied = useRef(false);
  const plan = useMemo(() => (order && services && panelId === order.panelId ? remainsOnSamePanel(order, services) : null), [order, services, panelId]);

  useLayoutEffect(() => {
    if (applied.current || !plan) return;
    applied.current = true;
    if (!plan.ok) return;
    const service = services!.find((s) => s.id === plan.form.serviceId);
    if (service) onApply(plan.form.panelId, service, plan.form);
  }, [plan]);

  const others = panels.filter((p) => p.id !== order?.panelId);
  // Rates are ranked only once a panel's currency is known (balance.refresh runs at page open).
  const currencies = others.map((p) => balances[p.id]?.last?.currency ?? '').join('\u0000');
  useEffect(() => {
    if (!order) return;
    let live = true;
    void Promise.all(others.map(async (p) => ({ panelId: p.id, currency: balances[p.id]?.last?.currency ?? null, services: (await readCatalog(p.id))?.services ?? [] }))).then((catalogs) => {
      if (live) setElsewhere(remainsElsewhere(order, catalogs));
    });
    return () => {
      live = false;
    };
  }, [order, others.length, currencies]);

  if (!order) {
    return (
      <p class="notice warn small" role="alert">
        <T k="quickOrder_remainsNotTracked" args={[<span dir="ltr">{request.key}</span>]} />
      </p>
    );
  }
  const remains = remainsOf(order);
  const panelName = (id: string) => panels.find((p) => p.id === id)?.name ?? id;
  const samePanel = plan && plan.ok ? plan.form : null;
  return (
    <section class="notice info small remains-notice" aria-label={t('quickOrder_remainsName')}>
      <p>
        {remains.ok ? (
          <T k="quickOrder_remainsOrdering" args={[remains.remains, <span dir="ltr">{order.orderId}</span>, <bdi translate={false}>{panelName(order.panelId)}</bdi>]} />
        ) : (
          <T k="quickOrder_remainsOrderReason" args={[<span dir="ltr">{order.orderId}</span>, remains.reason]} />
        )}{' '}
        {samePanel && (samePanel.capped ? t('quickOrder_remainsQuantityCapped', samePanel.quantity, remains.ok ? remains.remains - samePanel.quantity : 0) : t('quickOrder_remainsQuantitySet', samePanel.quantity))}
        {plan && !plan.ok && remains.ok && ` ${plan.reason}`}
        {samePanel && samePanel.missingFields.length > 0 && ` ${t('quickOrder_remainsFillIn', formatList(samePanel.missingFields))}`} {t('quickOrder_remainsNothingSent')}
      </p>
      {elsewhere.length > 0 && (
        <ul class="remains-elsewhere" aria-label={t('quickOrder_remainsElsewhere')}>
          {elsewhere.map((e) => (
            <li key={`${e.form.panelId}:${e.service.id}`}>
              <button type="button" onClick={() => onApply(e.form.panelId, e.service, e.form)}>
                <T k="quickOrder_useIdOn" args={[<span dir="ltr">{e.service.id}</span>, <bdi translate={false}>{panelName(e.form.panelId)}</bdi>]} />
              </button>
              <span class="truncate" title={e.service.name}>
                <bdi translate={false}>{e.service.name}</bdi>
              </span>
              <span class="num" title={e.rateComparable ? t('quickOrder_ratePer1000') : t('quickOrder_rateOtherCurrency')}>
                <span dir="ltr">{shownMoney(e.service.rate, e.service.currency ?? e.currency)}</span>
                {!e.rateComparable && <span class="muted small"> {t('quickOrder_notCompared')}</span>}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
