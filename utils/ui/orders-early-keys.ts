import type { EarlyKey } from './early-read';

/** The app-store items the orders page hydrates before its first render (utils/ui/app-store.ts names). */
export const ORDERS_PAGE_ITEMS = ['panels', 'unconfirmed', 'balances', 'settings', 'autoRefill', 'autoRefillChoices'] as const;

/**
 * What entrypoints/orders-early.ts reads before the page's modules have loaded: the same items
 * as ORDERS_PAGE_ITEMS, plus `local:orders`, the first part of the orders the table paints
 * (components/orders/actions.ts readOrders). The archive is asked for only after that paint.
 * A unit test keeps the lists in step.
 */
export const ORDERS_PAGE_EARLY_KEYS: readonly EarlyKey[] = [
  'local:panels',
  'local:unconfirmed',
  'local:balances',
  'local:settings',
  'local:autoRefill',
  'local:autoRefillChoices',
  'local:orders',
];
