import { useEffect, useRef } from 'preact/hooks';
import { Amount } from '@/components/Amount';
import { StatusPill } from '@/components/StatusPill';
import { cancelEligibility, refillEligibility } from '@/utils/orders/eligibility';
import { deliveredCount, ORDER_KIND_LABEL, orderedTotal, orderKind } from '@/utils/orders/kind';
import type { TrackedOrder } from '@/utils/orders/types';
import { isWebLink } from '@/utils/schema/link-fields';
import { formatDateTime, formatInteger as formatInt } from '@/utils/i18n/intl-format';
import { t } from '@/utils/i18n/messages';
import type { MessageKey } from '@/utils/i18n/keys';
import { T } from '@/components/T';
import type { RowResult } from './actions';
import { RefillGuarantee, type ChooseAutoRefill } from './RefillGuarantee';
import { RemainsButton } from './RemainsButton';

export interface OrderDetailProps {
  order: TrackedOrder;
  panelName: string;
  /** The panel's balance currency, for amounts the panel has not stated one for. */
  panelCurrency: string | null;
  result: RowResult | undefined;
  busy: boolean;
  onClose: () => void;
  onRefill: () => void;
  onCancel: () => void;
  onCheck: () => void;
  onStop: () => void;
  now: number;
  onAutoRefill: ChooseAutoRefill;
  /** "Order the remaining N": opens the quick-order form for this order's remains. */
  onOrderRemains: (key: string) => void;
}

const SOURCE: Record<TrackedOrder['source'], MessageKey> = { 'quick-order': 'orders_sourceQuickOrder', 'mass-order': 'orders_sourceMassOrder', import: 'orders_sourceImported' };

function delivered(o: TrackedOrder): string {
  const count = deliveredCount(o);
  const total = orderedTotal(o);
  if (count === null) return '—';
  return total !== null && count > total ? t('orders_deliveredMore', formatInt(count), formatInt(count - total)) : formatInt(count);
}

/** The child orders the panel made for runs or posts: the latest few, and how many in all. */
function childOrders(ids: readonly string[], count: number): string {
  if (count === 0) return t('orders_childNone');
  const shown = ids.slice(-8);
  return count > shown.length ? t('orders_childLatest', shown.join(', '), shown.length, count) : shown.join(', ');
}

/** Drip-feed: quantity per run, runs, total. Subscription: posts, expiry. Both: the orders the panel made. */
function kindFields(o: TrackedOrder, kind: ReturnType<typeof orderKind>): [string, preact.ComponentChildren][] {
  const p = o.progress ?? null;
  if (kind === 'drip_feed') {
    return [
      [t('orders_quantityPerRun'), formatInt(o.quantity)],
      [t('orders_runs'), t('orders_runsProgress', p?.runsDone === null || !p ? '—' : formatInt(p.runsDone), formatInt(o.runs), o.interval ?? '?')],
      [t('orders_totalQuantity'), formatInt(orderedTotal(o))],
      [t('orders_runOrders'), p ? childOrders(p.childOrders, p.childOrderCount) : t('orders_notReported')],
    ];
  }
  if (kind === 'subscription') {
    return [
      [t('orders_maxPerPost'), formatInt(o.quantity)],
      [t('orders_posts'), p?.postsDone === null || !p ? t('orders_notReported') : formatInt(p.postsDone)],
      [t('orders_expiry'), p?.expiry ? <bdi translate={false}>{p.expiry}</bdi> : t('orders_notStated')],
      [t('orders_postOrders'), p ? childOrders(p.childOrders, p.childOrderCount) : t('orders_notReported')],
    ];
  }
  return [[t('orders_quantity'), formatInt(o.quantity)]];
}

/** Every field of one order, its status history and its refills, with the one-order actions. */
export function OrderDetail({ order: o, panelName, panelCurrency, result, busy, ...on }: OrderDetailProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), [o.key]);
  const refill = refillEligibility(o);
  const cancel = cancelEligibility(o);
  const kind = orderKind(o);
  // The panel's currency for what it charged; the service's own for PanelPilot's estimate.
  const currency = o.currency ?? o.service?.currency ?? panelCurrency;
  const fields: [string, preact.ComponentChildren][] = [
    [t('orders_panel'), <bdi translate={false}>{panelName}</bdi>],
    [t('orders_orderId'), <span dir="ltr">{o.orderId}</span>],
    [t('orders_kind'), ORDER_KIND_LABEL[kind]],
    [t('orders_service'), o.service ? <T k="orders_serviceFacts" args={[<bdi translate={false}>{o.service.name}</bdi>, <span dir="ltr">{o.service.id}</span>, <span dir="ltr" translate={false}>{o.service.type}</span>]} /> : t('orders_serviceUnknown')],
    [t('orders_category'), o.service?.category ? <bdi translate={false}>{o.service.category}</bdi> : '—'],
    [t('orders_link'), isWebLink(o.link) ? <a href={o.link} target="_blank" rel="noreferrer noopener" class="break" dir="ltr">{o.link}</a> : o.link ? <span dir="ltr" translate={false}>{o.link}</span> : '—'],
    ...kindFields(o, kind),
    [t('orders_startCount'), o.startCount === null && o.status === 'pending' ? t('orders_notStarted') : formatInt(o.startCount)],
    [t('orders_delivered'), delivered(o)],
    [t('orders_remains'), formatInt(o.remains)],
    // Amounts stay left to right ("0.90 USD") in a right-to-left page.
    [t('orders_charge'), <Amount value={o.charge} currency={currency} />],
    [t('orders_estimatedCharge'), <Amount value={o.estimatedCharge} currency={o.service?.currency ?? currency} />],
    [t('orders_rate'), o.service ? <Amount value={o.service.rate} currency={o.service.currency ?? currency} /> : '—'],
    [t('orders_refillAllowed'), o.service?.refill === null || !o.service ? t('orders_notStated') : t(o.service.refill ? 'orders_yes' : 'orders_no')],
    [t('orders_cancelAllowed'), o.service?.cancel === null || !o.service ? t('orders_notStated') : t(o.service.cancel ? 'orders_yes' : 'orders_no')],
    [t('orders_status'), o.missing ? t('orders_missingOnPanel') : <StatusPill status={o.status} text={o.statusText} />],
    // The status answer does not say when an imported order was placed: say what the time is.
    [t(o.source === 'import' ? 'orders_importedAt' : 'orders_created'), formatDateTime(o.createdAt)],
    [t('orders_lastChecked'), formatDateTime(o.lastCheckedAt)],
    [t('orders_source'), t(SOURCE[o.source])],
  ];
  return (
    <aside class="order-detail" aria-labelledby="order-detail-title" onKeyDown={(e) => e.key === 'Escape' && on.onClose()}>
      <header class="row">
        <h2 id="order-detail-title" tabIndex={-1} ref={headingRef}>
          {kind === 'order' ? <T k="orders_detailTitle" args={[<span dir="ltr">{o.orderId}</span>]} /> : <T k="orders_detailTitleKind" args={[ORDER_KIND_LABEL[kind], <span dir="ltr">{o.orderId}</span>]} />}
        </h2>
        <span class="spacer" />
        <button type="button" onClick={on.onClose} aria-label={t('orders_closeDetails')}>
          ✕
        </button>
      </header>
      <div class="row detail-actions">
        <button type="button" disabled={busy || !refill.ok} title={refill.ok ? undefined : refill.reason} onClick={on.onRefill}>
          {t('orders_refillThisOrder')}
        </button>
        <button type="button" class="danger" disabled={busy || !cancel.ok} title={cancel.ok ? undefined : cancel.reason} onClick={on.onCancel}>
          {t('orders_cancelThisOrder')}
        </button>
        <RemainsButton order={o} onOpen={on.onOrderRemains} />
        <button type="button" disabled={busy} onClick={on.onCheck}>
          {t('orders_checkThisOrder')}
        </button>
        <button type="button" disabled={busy} onClick={on.onStop}>
          {t('orders_stopThisOrder')}
        </button>
      </div>
      {result ? <p class={`notice ${result.ok ? 'ok' : 'error'}`} role="status">{result.text}</p> : null}
      <dl class="detail-fields">
        {fields.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <RefillGuarantee order={o} now={on.now} onChoose={on.onAutoRefill} />
      <h3>{t('orders_statusHistory')}</h3>
      {o.history.length === 0 ? (
        <p class="muted small">{t('orders_noHistory')}</p>
      ) : (
        <ol class="history">
          {o.history.map((h, i) => (
            <li key={i}>
              <span class="small muted">{formatDateTime(h.at)}</span> <StatusPill status={h.status} text={h.statusText} />
            </li>
          ))}
        </ol>
      )}
      <h3>{t('orders_refills')}</h3>
      {o.refills.length === 0 ? (
        <p class="muted small">{t('orders_noRefills')}</p>
      ) : (
        <table aria-label={t('orders_refillsTable', o.orderId)}>
          <thead>
            <tr>
              <th>{t('orders_refillId')}</th>
              <th>{t('orders_requested')}</th>
              <th>{t('orders_status')}</th>
              <th>{t('orders_checked')}</th>
            </tr>
          </thead>
          <tbody>
            {o.refills.map((r, i) => (
              <tr key={r.refillId ?? `no-id-${i}`}>
                <td>{r.refillId !== null ? <span dir="ltr">{r.refillId}</span> : <span class="muted">{t('orders_noneGiven')}</span>}</td>
                <td class="small">{formatDateTime(r.requestedAt)}</td>
                <td>
                  {r.refillId === null ? (
                    <span class="status status-pending" title={t('orders_refillNoIdHelp')}>
                      {t('orders_refillNoId')}
                    </span>
                  ) : r.missing ? (
                    <span class="status status-unknown">{t('orders_notFound')}</span>
                  ) : (
                    <StatusPill status={r.status} text={r.statusText} />
                  )}
                </td>
                <td class="small">{formatDateTime(r.lastCheckedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </aside>
  );
}
