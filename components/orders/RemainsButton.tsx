import { remainsOf } from '@/utils/orders/reorder-remains';
import type { TrackedOrder } from '@/utils/orders/types';
import { t } from '@/utils/i18n/messages';

const REORDERABLE = new Set(['partial', 'canceled', 'refunded']);

/**
 * "Order the remaining N" for a Partial or Canceled order: opens the quick-order form filled
 * with the link, the service and the remains (nothing is sent from here). An order that has
 * nothing to reorder, or lacks what is needed, shows the button off with the reason.
 */
export function RemainsButton({ order, onOpen }: { order: TrackedOrder; onOpen: (key: string) => void }) {
  if (!REORDERABLE.has(order.status)) return null;
  const remains = remainsOf(order);
  return (
    <button type="button" disabled={!remains.ok} title={remains.ok ? t('orders_remainsButtonHelp') : remains.reason} onClick={() => onOpen(order.key)}>
      {remains.ok ? t('orders_orderRemaining', remains.remains) : t('orders_orderRemainingOff')}
    </button>
  );
}
