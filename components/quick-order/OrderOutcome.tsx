import type { PlaceOrderOutcome } from '@/utils/messaging';
import type { QuickOrderActions } from './actions';
import { ErrorNotice } from '@/components/ErrorNotice';
import { T } from '@/components/T';
import { t } from '@/utils/i18n/messages';

/** What became of the order just sent: placed, refused, not confirmed (never resent), or already sent. */
export function OrderOutcome({ outcome, panelWebsite, actions }: { outcome: PlaceOrderOutcome | null; panelWebsite: string; actions: QuickOrderActions }) {
  if (!outcome) return null;
  switch (outcome.kind) {
    case 'placed':
      return (
        <div class="notice ok" role="status">
          <T k="quickOrder_placed" args={[<strong dir="ltr">{outcome.order.orderId}</strong>]} />{' '}
          <button type="button" class="link" onClick={() => actions.openOrder(outcome.order.key)}>
            {t('quickOrder_viewOnOrdersPage')}
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
          <strong>{t('quickOrder_notConfirmedTitle')}</strong>{' '}
          <T
            k="quickOrder_notConfirmedAdvice"
            args={[
              outcome.error.message,
              <a href={`${panelWebsite}/orders`} target="_blank" rel="noreferrer">
                {t('quickOrder_panelOrdersPage')}
              </a>,
              <button type="button" class="link" onClick={actions.openOrders}>
                {t('quickOrder_ordersPage')}
              </button>,
            ]}
          />
        </div>
      );
    case 'duplicate':
      return (
        <div class="notice warn" role="alert">
          {t('quickOrder_alreadySent')}
        </div>
      );
    case 'needs-confirm':
      // The duplicate-link notice above says why and asks.
      return null;
  }
}
