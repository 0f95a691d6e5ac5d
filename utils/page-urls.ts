/**
 * The extension's own pages and what their query strings carry: every `/orders.html?…`,
 * `/quick-order.html?…` and `/options.html?…` is built and read here, so the page that reads a
 * parameter and the code that links to it cannot drift apart. Paths, not URLs: the worker
 * and the popup turn them into URLs with extensionUrl() or use them as they are.
 */
const q = encodeURIComponent;

/** The orders page's views (tabs); `?view=` opens one (a catalog-change notification opens "catalog"). */
export const ORDERS_PAGE_VIEWS = ['orders', 'catalog', 'spending'] as const;
export type OrdersPageView = (typeof ORDERS_PAGE_VIEWS)[number];

/** `?order=<key>` opens one order's details; `?keys=a,b` shows only those; `?list=<token>` names keys kept in storage; `?view=` a view. */
export type OrdersPageQuery = { order: string } | { keys: readonly string[] } | { list: string } | { view: OrdersPageView } | Record<string, never>;

export function ordersPagePath(query: OrdersPageQuery = {}): string {
  if ('order' in query) return `/orders.html?order=${q(query.order)}`;
  if ('keys' in query) return `/orders.html?keys=${q(query.keys.join(','))}`;
  if ('list' in query) return `/orders.html?list=${query.list}`;
  if ('view' in query) return query.view === 'orders' ? '/orders.html' : `/orders.html?view=${query.view}`;
  return '/orders.html';
}

export function readOrdersPageQuery(search: string): { open: string | null; keys: string[] | null; list: string | null; view: OrdersPageView } {
  const params = new URLSearchParams(search);
  const keys = params.get('keys');
  const view = ORDERS_PAGE_VIEWS.find((v) => v === params.get('view')) ?? 'orders';
  return {
    open: params.get('order') || null,
    keys: keys ? keys.split(',').map((k) => k.trim()).filter(Boolean) : null,
    // A notification about many orders: the keys are stored under this token (tracker/notifications.ts).
    list: params.get('list') || null,
    view,
  };
}

/** The link to order for (`?url=`), and the panel to open with (`&panel=`), else the default one. */
export function quickOrderPagePath(url: string, panelId: string | null = null): string {
  return `/quick-order.html?url=${q(url)}${panelId ? `&panel=${q(panelId)}` : ''}`;
}

/** "Order the remaining N" (orders page): the form fills itself from this order's remains. */
export function remainsPagePath(orderKey: string): string {
  return `/quick-order.html?remains=${q(orderKey)}`;
}

export function readQuickOrderPageQuery(search: string): { url: string; panelId: string | null; remains: string | null } {
  const params = new URLSearchParams(search);
  return { url: params.get('url') ?? '', panelId: params.get('panel'), remains: params.get('remains') || null };
}

/** `?demo=1`: the add-panel form filled in with the local demo panel. */
export function optionsPagePath(demo = false): string {
  return demo ? '/options.html?demo=1' : '/options.html';
}

export function readOptionsPageQuery(search: string): { demo: boolean } {
  return { demo: new URLSearchParams(search).has('demo') };
}
