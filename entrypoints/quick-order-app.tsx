// quick-order.html runs this as ONE classic script (like the popup's popup-app.tsx): a module
// graph was nine files, each a round trip to the browser before the form could paint. Its
// storage reads, the catalog among them, were started by quick-order-early.js.
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import themeCss from '@/components/theme.css?inline';
import pageCss from '@/entrypoints/quick-order/style.css?inline';
import { QuickOrderPage } from '@/components/quick-order/QuickOrderPage';
import type { QuickOrderActions } from '@/components/quick-order/actions';
import { preloadCatalog } from '@/components/quick-order/use-catalog';
import { pageOrders } from '@/components/quick-order/page-orders';
import type { RemainsRequest } from '@/components/quick-order/RemainsNotice';
import { own } from '@/utils/own';
import { sendToBackground } from '@/utils/messaging';
import { catalogFromStored, catalogItem, recentServicesItem, type StoredCatalog } from '@/utils/storage';
import { readAllOrders } from '@/utils/orders/read-all';
import { appStore, defaultPanel, hydrateAppStore } from '@/utils/ui/app-store';
import { takeEarlyCatalog } from '@/utils/ui/early-catalog';
import { QUICK_ORDER_ITEMS } from '@/utils/ui/quick-order-early-keys';
import { extensionUrl } from '@/utils/extension-url';
import { ordersPagePath, readQuickOrderPageQuery } from '@/utils/page-urls';
import { preparePageLanguage } from '@/utils/i18n/language';
import { t } from '@/utils/i18n/messages';

const actions: QuickOrderActions = {
  place: (input) => sendToBackground('order.place', input),
  duplicates: (panelId, links) => sendToBackground('order.duplicates', { panelId, links }),
  openOrder: (key) => void browser.tabs.create({ url: extensionUrl(ordersPagePath({ order: key })) }),
  openOrders: () => void browser.tabs.create({ url: extensionUrl(ordersPagePath()) }),
  // The first read of the catalog shown first was started by quick-order-early.js.
  readCatalog: async (panelId) => {
    const early = await takeEarlyCatalog(panelId);
    return early ? catalogFromStored(early.stored as StoredCatalog | null) : catalogItem(panelId).getValue();
  },
  refreshCatalog: (panelId) => sendToBackground('catalog.refresh', { panelId }),
  readOrders: readAllOrders,
  pin: (panelId, serviceId, pinned) => sendToBackground('service.pin', { panelId, serviceId, pinned }),
};

/** ?remains=<orderKey> (orders page, "Order the remaining N"): the order, read before the first render. */
async function remainsRequest(key: string | null): Promise<RemainsRequest | null> {
  if (!key) return null;
  const order = own(await pageOrders(actions.readOrders), key) ?? null;
  if (order) preloadCatalog(order.panelId, actions.readCatalog);
  return { key, order };
}

async function main(): Promise<void> {
  // The browser's language at once (getMessage is synchronous), Settings' choice once loaded.
  document.title = t('quickOrder_pageTitle');
  const query = readQuickOrderPageQuery(location.search);
  const remains = remainsRequest(query.remains);
  // The catalog (8,536 services ≈ 2 MB) is the longest read: started as soon as the panel is
  // known, beside the other reads, not after the first render.
  const panelParam = query.panelId;
  if (panelParam) preloadCatalog(panelParam, actions.readCatalog);
  const panels = hydrateAppStore(['panels']).then(() => {
    const panel = panelParam ? null : defaultPanel(appStore.getState().panels);
    if (panel) preloadCatalog(panel.id, actions.readCatalog);
  });
  // The popup's slice holds every active order, all the duplicate-link hint looks at.
  const [recent, reorder] = await Promise.all([recentServicesItem.getValue(), remains, panels, hydrateAppStore(QUICK_ORDER_ITEMS), preparePageLanguage()]);
  document.title = t('quickOrder_pageTitle');
  // A remains order's panel, when still in Settings, and its link come first.
  const orderPanel = reorder?.order && appStore.getState().panels.some((p) => p.id === reorder.order!.panelId) ? reorder.order.panelId : null;
  render(
    <QuickOrderPage initialUrl={reorder?.order?.link ?? query.url ?? ''} initialPanelId={orderPanel ?? panelParam} recentByPanel={recent} remains={reorder} actions={actions} />,
    document.getElementById('app')!,
  );
  // The balance shown beside the charge should be fresh.
  void sendToBackground('balance.refresh', {});
}

export default defineUnlistedScript(() => {
  const style = document.createElement('style');
  style.textContent = themeCss + pageCss;
  document.head.append(style);
  void main();
});
