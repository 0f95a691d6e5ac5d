import { useEffect, useRef } from 'preact/hooks';
import { Amount } from '@/components/Amount';
import { StatusPill } from '@/components/StatusPill';
import { deliveredOf } from '@/utils/orders/csv';
import { cancelEligibility, refillEligibility } from '@/utils/orders/eligibility';
import type { TrackedOrder } from '@/utils/orders/types';
import { isWebLink } from '@/utils/schema/fields';
import { formatDateTime, formatInt } from '@/utils/ui/format';
import type { RowResult } from './actions';

export interface OrderDetailProps {
  order: TrackedOrder;
  panelName: string;
  result: RowResult | undefined;
  busy: boolean;
  onClose: () => void;
  onRefill: () => void;
  onCancel: () => void;
  onCheck: () => void;
  onStop: () => void;
}

const SOURCE: Record<TrackedOrder['source'], string> = { 'quick-order': 'Quick order', 'mass-order': 'Mass order', import: 'Imported' };

/** Every field of one order, its status history and its refills, with the one-order actions. */
export function OrderDetail({ order: o, panelName, result, busy, ...on }: OrderDetailProps) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), [o.key]);
  const refill = refillEligibility(o);
  const cancel = cancelEligibility(o);
  const fields: [string, preact.ComponentChildren][] = [
    ['Panel', panelName],
    ['Order id', o.orderId],
    ['Service', o.service ? `${o.service.name} (id ${o.service.id}, ${o.service.type})` : 'Not known (imported order)'],
    ['Category', o.service?.category || '—'],
    ['Link', isWebLink(o.link) ? <a href={o.link} target="_blank" rel="noreferrer noopener" class="break">{o.link}</a> : (o.link ?? '—')],
    ['Quantity', formatInt(o.quantity)],
    ['Drip-feed', o.runs ? `${o.runs} runs every ${o.interval ?? '?'} min` : '—'],
    ['Start count', formatInt(o.startCount)],
    ['Delivered', formatInt(deliveredOf(o))],
    ['Remains', formatInt(o.remains)],
    ['Charge', <Amount value={o.charge} currency={o.currency} />],
    ['Estimated charge', <Amount value={o.estimatedCharge} currency={o.currency} />],
    ['Rate per 1000', o.service ? <Amount value={o.service.rate} currency={o.currency} /> : '—'],
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
          Order {o.orderId}
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
            {o.refills.map((r) => (
              <tr key={r.refillId}>
                <td>{r.refillId}</td>
                <td class="small">{formatDateTime(r.requestedAt)}</td>
                <td>{r.missing ? <span class="status status-unknown">Not found</span> : <StatusPill status={r.status} text={r.statusText} />}</td>
                <td class="small">{formatDateTime(r.lastCheckedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </aside>
  );
}
