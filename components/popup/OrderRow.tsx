import { Amount } from '@/components/Amount';
import { StatusPill } from '@/components/StatusPill';
import { deliveredCount, ORDER_KIND_LABEL, orderedTotal, orderKind, progressWords } from '@/utils/orders/kind';
import type { PopupOrder } from '@/utils/orders/live-orders';
import { formatInt, shortLink } from '@/utils/format';

function progress(order: PopupOrder): string {
  // A subscription has no total to count towards: its posts say how far it is.
  if (orderKind(order) === 'subscription') return '';
  const total = orderedTotal(order);
  if (total === null) return order.remains === null ? '' : `${formatInt(order.remains)} left`;
  // Unknown stays unknown: a panel that never reported `remains` has not said what it delivered.
  return `${formatInt(deliveredCount(order))} / ${formatInt(total)}`;
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
  const service = order.service?.name ?? `Order ${order.orderId}`;
  const kind = kindLine(order);
  return (
    <li>
      {/* Named by its visible text (WCAG 2.5.3: speech and sight agree), after a spoken "Order 123:". */}
      <button type="button" class="order-row" onClick={() => onOpen(order.key)}>
        <span class="sr-only">Order {order.orderId}: </span>
        <span class="order-main">
          <span class="truncate order-service" title={service}>
            {service}
          </span>
          <span class="truncate muted small" title={order.link ?? ''}>
            #{order.orderId} · {kind ? `${kind} · ` : ''}
            {shortLink(order.link, kind ? 18 : 30)}
          </span>
        </span>
        <span class="order-side">
          <StatusPill status={order.status} text={order.statusText} />
          <span class="num small">{progress(order)}</span>
          {order.charge !== null ? (
            <Amount value={order.charge} currency={order.currency ?? order.service?.currency ?? currency} />
          ) : (
            <span class="estimate" title="Estimated when the order was placed; the panel has not reported the charge yet">
              ≈ <Amount value={order.estimatedCharge} currency={order.service?.currency ?? currency} />
            </span>
          )}
        </span>
      </button>
    </li>
  );
}
