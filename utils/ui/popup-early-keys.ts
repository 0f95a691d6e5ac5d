import type { EarlyKey } from './early-read';

/**
 * What the popup reads before its first paint, started before the rest of its script is
 * evaluated (utils/ui/popup-early-start.ts). The same items as POPUP_ITEMS (app store) plus
 * the context-menu hand-over; a unit test keeps the two lists in step.
 */
/** The app-store items the popup hydrates (utils/ui/app-store.ts names). */
export const POPUP_ITEMS = ['panels', 'balances', 'liveOrders', 'unconfirmed', 'storageNotices'] as const;

export const POPUP_EARLY_KEYS: readonly EarlyKey[] = [
  'local:panels',
  'local:balances',
  'local:liveOrders',
  'local:unconfirmed',
  'local:storageNotices',
  'session:pendingQuickOrder',
];
