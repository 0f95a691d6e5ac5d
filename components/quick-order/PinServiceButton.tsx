import { useState } from 'preact/hooks';
import { useApp } from '@/components/use-app';
import { own } from '@/utils/own';
import { t } from '@/utils/i18n/messages';

/**
 * "Pin service": a toggle. A pinned service's price and terms changes are listed in the orders
 * page's Catalog changes (and notified) even when it has not been ordered in 90 days.
 */
export function PinServiceButton({ panelId, serviceId, onPin }: { panelId: string; serviceId: string; onPin: (panelId: string, serviceId: string, pinned: boolean) => Promise<unknown> }) {
  const pinned = useApp((s) => (own(s.pinnedServices, panelId) ?? []).includes(serviceId));
  const [busy, setBusy] = useState(false);
  const toggle = async () => {
    setBusy(true);
    try {
      // The stored list changes and comes back through the store: the button follows it.
      await onPin(panelId, serviceId, !pinned);
    } finally {
      setBusy(false);
    }
  };
  return <PinToggle pinned={pinned} busy={busy} onToggle={() => void toggle()} />;
}

/**
 * The button itself. Its name stays "Pin service" and aria-pressed says whether it is on: the
 * star only shows it to the eye (read aloud it was "black star Pin service").
 */
export function PinToggle({ pinned, busy, onToggle }: { pinned: boolean; busy: boolean; onToggle: () => void }) {
  return (
    <button type="button" class="pin-service" aria-pressed={pinned} disabled={busy} onClick={onToggle} title={t('quickOrder_pinHelp')}>
      <span aria-hidden="true">{pinned ? '★ ' : '☆ '}</span>
      {t('quickOrder_pinService')}
    </button>
  );
}
