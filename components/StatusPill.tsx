import { t } from '@/utils/i18n/messages';
import type { OrderStatus, RefillStatus } from '@/utils/panel-api/types';

/** The panel's own status word (data: not translated), coloured by what PanelPilot understood it to mean. */
export function StatusPill({ status, text }: { status: OrderStatus | RefillStatus; text: string }) {
  const shown = text || status;
  return (
    <span class={`status status-${status}`} title={status === 'unknown' ? t('orders_unrecognisedStatus', shown) : undefined} translate={false}>
      {shown}
    </span>
  );
}
