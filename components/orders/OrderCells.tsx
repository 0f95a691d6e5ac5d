import { Amount } from '@/components/Amount';
import { pure } from '@/components/pure';
import { StatusPill } from '@/components/StatusPill';
import { deliveredCount, ORDER_KIND_LABEL, orderKind } from '@/utils/orders/kind';
import type { TrackedOrder } from '@/utils/orders/types';
import { isWebLink } from '@/utils/schema/fields';
import { shortLink } from '@/utils/format';
import { formatDateTime, formatInteger, formatRelativeTime } from '@/utils/i18n/intl-format';
import { plural, t } from '@/utils/i18n/messages';
import type { RowResult } from './actions';

function progress(order: TrackedOrder): string {
  const delivered = deliveredCount(order);
  if (delivered === null && order.remains === null) return '—';
  return `${delivered === null ? '—' : formatInteger(delivered)} / ${formatInteger(order.remains)}`;
}

interface RowTexts {
  link: string;
  quantity: string;
  startCount: string;
  progress: string;
  created: string;
  lastChecked: string;
}

/**
 * A row's formatted texts, made once per order object (a changed order is a new object):
 * sorting or filtering rewrites every visible row, and dates, links and numbers need not be
 * formatted again each time.
 */
const rowTexts = new WeakMap<TrackedOrder, RowTexts>();
function textsOf(o: TrackedOrder): RowTexts {
  let t = rowTexts.get(o);
  if (!t) {
    t = { link: shortLink(o.link, 48), quantity: formatInteger(o.quantity), startCount: formatInteger(o.startCount), progress: progress(o), created: formatDateTime(o.createdAt), lastChecked: formatDateTime(o.lastCheckedAt) };
    rowTexts.set(o, t);
  }
  return t;
}

/**
 * A row's cells, rendered again only when its order or what is shown with it changed: a
 * keystroke in the search box that keeps a row on screen, or a sort that only moves it,
 * leaves its cells as they are (npm run bench, figure 9).
 */
export const OrderCells = pure(function OrderCells({ order: o, selected, result, panelName, currency, now, onToggle, onOpen }: {
  order: TrackedOrder;
  selected: boolean;
  result: RowResult | undefined;
  panelName: string;
  currency: string | null;
  /** The page's clock, for "last checked … ago" (0 for an order never checked). */
  now: number;
  onToggle: (key: string) => void;
  onOpen: (key: string) => void;
}) {
  const text = textsOf(o);
  return (
    <>
      <div role="cell" class="cell-check">
        <input type="checkbox" tabIndex={-1} aria-label={t('ordersTable_selectOrder', o.orderId)} checked={selected} onChange={() => onToggle(o.key)} />
      </div>
      <div role="cell">
        <button type="button" class="link order-id" dir="ltr" tabIndex={-1} onClick={() => onOpen(o.key)} aria-label={t('ordersTable_orderDetails', o.orderId)}>
          {o.orderId}
        </button>
      </div>
      <div role="cell" class="truncate">
        <bdi translate={false}>{panelName}</bdi>
      </div>
      <div role="cell" class="truncate" title={o.service ? `${o.service.id} · ${o.service.name}` : t('ordersTable_serviceUnknown')}>
        {o.service ? <bdi translate={false}>{o.service.name}</bdi> : <span class="muted">—</span>}
      </div>
      <div role="cell" class="truncate" title={o.link ?? ''}>
        {isWebLink(o.link) ? (
          <a href={o.link} target="_blank" rel="noreferrer noopener" tabIndex={-1} dir="ltr">
            {text.link}
          </a>
        ) : (
          <bdi dir="ltr">{text.link}</bdi>
        )}
      </div>
      <div role="cell" class="num">
        {text.quantity}
      </div>
      <div role="cell" class="num">
        {text.startCount}
      </div>
      <div role="cell" class="num">
        <span dir="ltr">{text.progress}</span>
      </div>
      <div role="cell" class={`num${o.charge === null ? ' estimate' : ''}`} title={o.charge === null && o.estimatedCharge !== null ? t('ordersTable_chargeEstimate') : undefined}>
        <Amount value={o.charge ?? o.estimatedCharge} currency={currency} />
      </div>
      <div role="cell" class="status-cell">
        {o.missing ? <span class="status status-unknown" title={t('ordersTable_notFoundTitle')}>{t('ordersTable_notFound')}</span> : <StatusPill status={o.status} text={o.statusText} />}
        {orderKind(o) !== 'order' /* i18n-exempt: a kind compared, not shown */ && <span class="muted small"> {ORDER_KIND_LABEL[orderKind(o)]}</span>}
        {o.refills.length ? <span class="muted small" title={plural('ordersTable_refills', o.refills.length)}> ↻{o.refills.length}</span> : null}
      </div>
      {/* Dates are values Intl already wrote in the page's language: not for a page translator. */}
      <div role="cell" class="small" title={text.created} translate={false}>
        {text.created}
      </div>
      <div role="cell" class="small muted" title={text.lastChecked} translate={false}>
        {o.lastCheckedAt ? formatRelativeTime(o.lastCheckedAt, now) : t('ordersTable_never')}
      </div>
      <div role="cell" class={`truncate small ${result ? (result.ok ? 'result-ok' : 'result-error') : ''}`} title={result?.text}>
        {result?.text ?? ''}
      </div>
    </>
  );
}, 'OrderCells');
