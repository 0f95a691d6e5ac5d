import type { PlaceOrderOutcome } from '@/utils/messaging';
import type { QuickOrderActions } from './actions';
import { ErrorNotice } from '@/components/ErrorNotice';

/** What became of the order just sent: placed, refused, not confirmed (never resent), or already sent. */
export function OrderOutcome({ outcome, panelWebsite, actions }: { outcome: PlaceOrderOutcome | null; panelWebsite: string; actions: QuickOrderActions }) {
  if (!outcome) return null;
  switch (outcome.kind) {
    case 'placed':
      return (
        <div class="notice ok" role="status">
          Order <strong>{outcome.order.orderId}</strong> placed.{' '}
          <button type="button" class="link" onClick={() => actions.openOrder(outcome.order.key)}>
            View it on the Orders page
          </button>
        </div>
      );
    case 'rejected':
      return (
        <ErrorNotice error={outcome.error} />
      );
    case 'unconfirmed':
      return (
        <div class="notice warn" role="alert">
          <strong>The panel did not confirm this order</strong> ({outcome.error.message}). It may or may not have been placed, so PanelPilot will not send it again. Open{' '}
          <a href={`${panelWebsite}/orders`} target="_blank" rel="noreferrer">
            the panel’s orders page
          </a>{' '}
          and look for an order for this link from just now: if it is there, import its id on the{' '}
          <button type="button" class="link" onClick={actions.openOrders}>
            Orders page
          </button>
          ; if not, dismiss it there and order again.
        </div>
      );
    case 'duplicate':
      return (
        <div class="notice warn" role="alert">
          This order was already sent once; it was not sent again.
        </div>
      );
    case 'needs-confirm':
      // The duplicate-link notice above says why and asks.
      return null;
  }
}
