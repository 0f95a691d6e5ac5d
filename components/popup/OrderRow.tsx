import { Amount } from '@/components/Amount';
import { StatusPill } from '@/components/StatusPill';
import { deliveredCount, ORDER_KIND_LABEL, orderedTotal, orderKind, progressWords } from '@/utils/orders/kind';
import type { PopupOrder } from '@/utils/orders/live-orders';
import { shortLink } from '@/utils/format';
import { formatInteger } from '@/utils/i18n/intl-format';
import { t } from '@/utils/i18n/messages';

function progress(order: PopupOrder) {
  // A subscription has no total to count towards: its posts say how far it is.
  if (orderKind(order) === 'subscription') return null;
  const total = orderedTotal(order);
  if (total === null) return order.remains === null ? null : t('popup_unitsLeft', formatInteger(order.remains));
  // Unknown stays unknown: a panel that never reported `remains` has not said what it delivered.
  return (
    <span dir="ltr">
      {formatInteger(deliveredCount(order))} / {formatInteger(total)}
    </span>
  );
}

/** "Drip-feed · 2 of 3 runs", "Subscription · 4 posts": nothing for a plain order. */
function kindLine(order: PopupOrder): string | null {
  const kind = orderKind(order);
  if (kind === 'order') return null;
  const words = progressWords(order);
  return words ? `${ORDER_KIND_LABEL[kind]} · ${words}` : ORDER_KIND_LABEL[kind];
}

/** One order in the popup: a button that opens it on the orders page. */
export function OrderRow({ order, currency, onOpen }: {
  order: PopupOrder;
  /** The panel's balance currency, for the estimate until the panel reports the charge. */
  currency: string | null;
  onOpen: (key: string) => void;
}) {
  const service = order.service?.name ?? t('popup_orderFallbackName', order.orderId);
  const kind = kindLine(order);
  return (
    <li>
      {/* Named by its visible text (WCAG 2.5.3: speech and sight agree), after a spoken "Order 123:". */}
      <button type="button" class="order-row" onClick={() => onOpen(order.key)}>
        <span class="sr-only">{t('popup_orderSpoken', order.orderId)} </span>
        <span class="order-main">
          <bdi class="truncate order-service" title={service} translate={false}>
            {service}
          </bdi>
          <span class="truncate muted small" title={order.link ?? ''}>
            <span dir="ltr">#{order.orderId}</span> · {kind ? `${kind} · ` : ''}
            <span dir="ltr">{shortLink(order.link, kind ? 18 : 30)}</span>
          </span>
        </span>
        <span class="order-side">
          <StatusPill status={order.status} text={order.statusText} />
          <span class="num small">{progress(order)}</span>
          {order.charge !== null ? (
            <Amount value={order.charge} currency={order.currency ?? order.service?.currency ?? currency} />
          ) : (
            <span class="estimate" title={t('popup_estimateTitle')}>
              ≈ <Amount value={order.estimatedCharge} currency={order.service?.currency ?? currency} />
            </span>
          )}
        </span>
      </button>
    </li>
  );
}
