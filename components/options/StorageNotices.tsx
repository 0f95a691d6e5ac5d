import { useApp } from '@/components/use-app';
import { own } from '@/utils/own';

/** What each stored item is, in the user's words (every item the background checks: a unit test holds it to that). */
export const ITEM_NAMES: Record<string, string> = {
  panels: 'panels',
  panelSecrets: 'API keys',
  settings: 'settings',
  orders: 'tracked orders',
  unconfirmed: 'unconfirmed orders',
  balances: 'balances',
  tracker: 'order-check schedule',
  recentServices: 'recently used services',
  liveOrders: 'active orders list',
  autoRefill: 'auto-refill history',
  autoRefillChoices: 'auto-refill choices',
  pinnedServices: 'pinned services',
  catalogRemoved: 'services removed from catalogs',
  catalogChanges: 'catalog changes list',
  catalogTimes: 'catalog refresh times',
};

/** Stored data that could not be read was reset; says what, where the copy is, what to do. */
export function StorageNotices({ onDismiss }: { onDismiss: () => Promise<void> }) {
  const notices = useApp((s) => s.storageNotices);
  if (notices.length === 0) return null;
  return (
    <section class="notice warn" aria-label="Saved data reset">
      <p>
        <strong>Some saved data could not be read and was reset: {notices.map((n) => own(ITEM_NAMES, n.item) ?? n.item).join(', ')}.</strong> What
        could be read was kept; a copy of what was stored is kept in the extension’s storage ({notices.map((n) => n.backupKey).join(', ')}).
        Check the items named above (re-add a panel or its key if one is missing).
      </p>
      <button type="button" onClick={() => void onDismiss()}>
        Dismiss
      </button>
    </section>
  );
}
