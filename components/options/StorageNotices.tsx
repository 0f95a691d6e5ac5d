import { useApp } from '@/components/use-app';
import { own } from '@/utils/own';
import { T } from '@/components/T';
import { t } from '@/utils/i18n/messages';
import type { MessageKey } from '@/utils/i18n/keys';
import { formatList } from '@/utils/i18n/intl-format';

/** What each stored item is, in the user's words (every item the background checks: a unit test holds it to that). */
export const ITEM_NAMES: Record<string, MessageKey> = {
  panels: 'options_itemPanels',
  panelSecrets: 'options_itemApiKeys',
  settings: 'options_itemSettings',
  orders: 'options_itemOrders',
  unconfirmed: 'options_itemUnconfirmed',
  balances: 'options_itemBalances',
  tracker: 'options_itemTracker',
  recentServices: 'options_itemRecentServices',
  liveOrders: 'options_itemLiveOrders',
  autoRefill: 'options_itemAutoRefill',
  autoRefillChoices: 'options_itemAutoRefillChoices',
  pinnedServices: 'options_itemPinnedServices',
  catalogRemoved: 'options_itemCatalogRemoved',
  catalogChanges: 'options_itemCatalogChanges',
  catalogTimes: 'options_itemCatalogTimes',
};

/** An item's name; an item this build does not know keeps its storage name (data). */
const itemName = (item: string): string => {
  // The archive's chunks (`ordersArchive:<week>`) are orders to the user.
  const key = own(ITEM_NAMES, item.startsWith('ordersArchive:') ? 'orders' : item);
  return key ? t(key) : item;
};

/** Stored data that could not be read was reset; says what, where the copy is, what to do. */
export function StorageNotices({ onDismiss }: { onDismiss: () => Promise<void> }) {
  const notices = useApp((s) => s.storageNotices);
  if (notices.length === 0) return null;
  return (
    <section class="notice warn" aria-label={t('options_storageResetLabel')}>
      <p>
        <strong>{t('options_storageResetTitle', formatList([...new Set(notices.map((n) => itemName(n.item)))]))}</strong>{' '}
        <T k="options_storageResetBody" args={[<span dir="ltr">{notices.map((n) => n.backupKey).join(', ')}</span>]} />
      </p>
      <button type="button" onClick={() => void onDismiss()}>
        {t('options_dismiss')}
      </button>
    </section>
  );
}
