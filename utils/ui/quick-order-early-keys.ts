import type { EarlyKey } from './early-read';

/** The app-store items the quick-order page hydrates before its first render (utils/ui/app-store.ts names). */
export const QUICK_ORDER_ITEMS = ['panels', 'balances', 'settings', 'liveOrders', 'unconfirmed', 'addsInFlight', 'catalogRemoved', 'pinnedServices'] as const;

/**
 * What entrypoints/quick-order-early.ts reads before the page's modules have loaded: the same
 * items as QUICK_ORDER_ITEMS (a unit test keeps the lists in step). The catalog is read beside
 * them (utils/ui/early-catalog.ts).
 */
export const QUICK_ORDER_EARLY_KEYS: readonly EarlyKey[] = [
  'local:panels',
  'local:balances',
  'local:settings',
  'local:liveOrders',
  'local:unconfirmed',
  'local:addsInFlight',
  'local:catalogRemoved',
  'local:pinnedServices',
];
