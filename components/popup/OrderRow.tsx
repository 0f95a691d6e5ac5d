import { Amount } from '@/components/Amount';
import { StatusPill } from '@/components/StatusPill';
import type { TrackedOrder } from '@/utils/orders/types';
import { formatInt, shortLink } from '@/utils/ui/format';

function progress(order: TrackedOrder): string {
  if (order.quantity === null) return order.remains === null ? '' : `${formatInt(order.remains)} left`;
  // Unknown stays unknown: a panel that never reported `remains` has not said what it delivered.
  const delivered = order.remains === null ? null : Math.max(0, order.quantity - order.remains);
  return `${formatInt(delivered)} / ${formatInt(order.quantity)}`;
}

/** One order in the popup: a button that opens it on the orders page. */
export function OrderRow({ order, currency, onOpen }: {
  order: TrackedOrder;
  /** The panel's balance currency, for the estimate until the panel reports the charge. */
  currency: string | null;
  onOpen: (key: string) => void;
}) {
  const service = order.service?.name ?? `Order ${order.orderId}`;
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
            #{order.orderId} · {shortLink(order.link, 30)}
          </span>
        </span>
        <span class="order-side">
          <StatusPill status={order.status} text={order.statusText} />
          <span class="num small">{progress(order)}</span>
          {order.charge !== null ? (
            <Amount value={order.charge} currency={order.currency ?? currency} />
          ) : (
            <span class="estimate" title="Estimated when the order was placed; the panel has not reported the charge yet">
              ≈ <Amount value={order.estimatedCharge} currency={currency} />
            </span>
          )}
        </span>
      </button>
    </li>
  );
}
