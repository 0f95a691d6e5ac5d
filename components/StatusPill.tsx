import type { OrderStatus, RefillStatus } from '@/utils/panel-api/types';

/** The panel's own status word, coloured by what PanelPilot understood it to mean. */
export function StatusPill({ status, text }: { status: OrderStatus | RefillStatus; text: string }) {
  const shown = text || status;
  return (
    <span class={`status status-${status}`} title={status === 'unknown' ? `Unrecognised status “${shown}”` : undefined}>
      {shown}
    </span>
  );
}
