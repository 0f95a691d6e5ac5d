import type { EarlyKey } from './early-read';

/** The app-store items the popup hydrates (utils/ui/app-store.ts names). */
export const POPUP_ITEMS = ['panels', 'balances', 'liveOrders', 'unconfirmed', 'storageNotices'] as const;

/** The stored settings object, for its `language` only. */
export const POPUP_LANGUAGE_KEY = 'local:settings';

/**
 * What the popup reads before its first paint, started before its script has arrived
 * (entrypoints/popup-early.ts). The same items as POPUP_ITEMS (app store) plus
 * the context-menu hand-over and the stored settings (for the language, read raw:
 * utils/ui/popup-language.ts); a unit test keeps the lists in step.
 */
export const POPUP_EARLY_KEYS: readonly EarlyKey[] = [
  'local:panels',
  'local:balances',
  'local:liveOrders',
  'local:unconfirmed',
  'local:storageNotices',
  'session:pendingQuickOrder',
  POPUP_LANGUAGE_KEY,
];
