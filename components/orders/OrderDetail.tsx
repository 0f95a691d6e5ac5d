import { useEffect, useRef } from 'preact/hooks';
import { Amount } from '@/components/Amount';
import { StatusPill } from '@/components/StatusPill';
import { cancelEligibility, refillEligibility } from '@/utils/orders/eligibility';
import { deliveredCount, ORDER_KIND_LABEL, orderedTotal, orderKind } from '@/utils/orders/kind';
import type { TrackedOrder } from '@/utils/orders/types';
import { isWebLink } from '@/utils/schema/fields';
import { formatDateTime, formatInt } from '@/utils/format';
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

const SOURCE: Record<TrackedOrder['source'], string> = { 'quick-order': 'Quick order', 'mass-order': 'Mass order', import: 'Imported' };

function delivered(o: TrackedOrder): string {
  const count = deliveredCount(o);
  const total = orderedTotal(o);
  if (count === null) return '—';
  return total !== null && count > total ? `${formatInt(count)} (${formatInt(count - total)} more than ordered)` : formatInt(count);
}

/** The child orders the panel made for runs or posts: the latest few, and how many in all. */
function childOrders(ids: readonly string[], count: number): string {
  if (count === 0) return 'None yet';
  const shown = ids.slice(-8);
  return `${shown.join(', ')}${count > shown.length ? ` (latest ${shown.length} of ${formatInt(count)})` : ''}`;
}

/** Drip-feed: quantity per run, runs, total. Subscription: posts, expiry. Both: the orders the panel made. */
function kindFields(o: TrackedOrder, kind: ReturnType<typeof orderKind>): [string, preact.ComponentChildren][] {
  const p = o.progress ?? null;
  if (kind === 'drip_feed') {
    return [
      ['Quantity per run', formatInt(o.quantity)],
      ['Runs', `${p?.runsDone === null || !p ? '—' : formatInt(p.runsDone)} done of ${formatInt(o.runs)}, every ${o.interval ?? '?'} min`],
      ['Total quantity', formatInt(orderedTotal(o))],
      ['Run orders', p ? childOrders(p.childOrders, p.childOrderCount) : 'Not reported yet'],
    ];
  }
  if (kind === 'subscription') {
    return [
      ['Max per post', formatInt(o.quantity)],
      ['Posts', p?.postsDone === null || !p ? 'Not reported yet' : formatInt(p.postsDone)],
      ['Expiry', p?.expiry ?? 'Not stated by the panel'],
      ['Post orders', p ? childOrders(p.childOrders, p.childOrderCount) : 'Not reported yet'],
    ];
  }
  return [['Quantity', formatInt(o.quantity)]];
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
    ['Panel', panelName],
    ['Order id', o.orderId],
    ['Kind', ORDER_KIND_LABEL[kind]],
    ['Service', o.service ? `${o.service.name} (id ${o.service.id}, ${o.service.type})` : 'Not known (imported order)'],
    ['Category', o.service?.category || '—'],
    ['Link', isWebLink(o.link) ? <a href={o.link} target="_blank" rel="noreferrer noopener" class="break">{o.link}</a> : (o.link ?? '—')],
    ...kindFields(o, kind),
    ['Start count', o.startCount === null && o.status === 'pending' ? 'Not started yet' : formatInt(o.startCount)],
    ['Delivered', delivered(o)],
    ['Remains', formatInt(o.remains)],
    ['Charge', <Amount value={o.charge} currency={currency} />],
    ['Estimated charge', <Amount value={o.estimatedCharge} currency={o.service?.currency ?? currency} />],
    ['Rate per 1000', o.service ? <Amount value={o.service.rate} currency={o.service.currency ?? currency} /> : '—'],
    ['Refill allowed', o.service?.refill === null || !o.service ? 'Not stated by the panel' : o.service.refill ? 'Yes' : 'No'],
    ['Cancel allowed', o.service?.cancel === null || !o.service ? 'Not stated by the panel' : o.service.cancel ? 'Yes' : 'No'],
    ['Status', o.missing ? 'Not found on the panel (“Incorrect order ID”)' : <StatusPill status={o.status} text={o.statusText} />],
    // The status answer does not say when an imported order was placed: say what the time is.
    [o.source === 'import' ? 'Imported' : 'Created', formatDateTime(o.createdAt)],
    ['Last checked', formatDateTime(o.lastCheckedAt)],
    ['Source', SOURCE[o.source]],
  ];
  return (
    <aside class="order-detail" aria-labelledby="order-detail-title" onKeyDown={(e) => e.key === 'Escape' && on.onClose()}>
      <header class="row">
        <h2 id="order-detail-title" tabIndex={-1} ref={headingRef}>
          {kind === 'order' ? 'Order' : ORDER_KIND_LABEL[kind]} {o.orderId}
        </h2>
        <span class="spacer" />
        <button type="button" onClick={on.onClose} aria-label="Close details">
          ✕
        </button>
      </header>
      <div class="row detail-actions">
        <button type="button" disabled={busy || !refill.ok} title={refill.ok ? undefined : refill.reason} onClick={on.onRefill}>
          Refill this order
        </button>
        <button type="button" class="danger" disabled={busy || !cancel.ok} title={cancel.ok ? undefined : cancel.reason} onClick={on.onCancel}>
          Cancel this order
        </button>
        <RemainsButton order={o} onOpen={on.onOrderRemains} />
        <button type="button" disabled={busy} onClick={on.onCheck}>
          Check this order now
        </button>
        <button type="button" disabled={busy} onClick={on.onStop}>
          Stop tracking this order
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
      <h3>Status history</h3>
      {o.history.length === 0 ? (
        <p class="muted small">No status changes recorded yet.</p>
      ) : (
        <ol class="history">
          {o.history.map((h, i) => (
            <li key={i}>
              <span class="small muted">{formatDateTime(h.at)}</span> <StatusPill status={h.status} text={h.statusText} />
            </li>
          ))}
        </ol>
      )}
      <h3>Refills</h3>
      {o.refills.length === 0 ? (
        <p class="muted small">No refills requested.</p>
      ) : (
        <table aria-label={`Refills of order ${o.orderId}`}>
          <thead>
            <tr>
              <th>Refill id</th>
              <th>Requested</th>
              <th>Status</th>
              <th>Checked</th>
            </tr>
          </thead>
          <tbody>
            {o.refills.map((r, i) => (
              <tr key={r.refillId ?? `no-id-${i}`}>
                <td>{r.refillId ?? <span class="muted">none given</span>}</td>
                <td class="small">{formatDateTime(r.requestedAt)}</td>
                <td>
                  {r.refillId === null ? (
                    <span class="status status-pending" title="The panel accepted the refill without naming it, so PanelPilot cannot ask about it: the order’s own status shows what happens.">
                      Refill requested (no id given by the panel)
                    </span>
                  ) : r.missing ? (
                    <span class="status status-unknown">Not found</span>
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
