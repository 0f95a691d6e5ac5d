import { render } from 'preact';
import { browser } from 'wxt/browser';
import '@/components/theme.css';
import './style.css';
import { OrdersPage } from '@/components/orders/OrdersPage';
import { readOrders, type OrdersActions } from '@/components/orders/actions';
import { sendToBackground } from '@/utils/messaging';
import { ORDERS_PAGE_ITEMS } from '@/utils/ui/orders-early-keys';
import { readOrdersPageQuery, remainsPagePath } from '@/utils/page-urls';
import { notificationListsItem } from '@/utils/storage';
import { own } from '@/utils/own';
import { hydrateAppStore } from '@/utils/ui/app-store';
import { downloadText } from '@/utils/ui/download';
import { extensionUrl } from '@/utils/extension-url';
import { preparePageLanguage } from '@/utils/i18n/language';

const actions: OrdersActions = {
  readOrders,
  refill: (keys) => sendToBackground('order.refill', { keys }),
  cancel: (keys) => sendToBackground('order.cancel', { keys }),
  check: (keys) => sendToBackground('order.check', { keys }),
  importOrders: (panelId, orderIds) => sendToBackground('order.import', { panelId, orderIds }),
  stopTracking: (keys) => sendToBackground('order.stopTracking', { keys }),
  restore: (orders) => sendToBackground('order.restore', { orders }),
  exportBackup: () => sendToBackground('backup.export', {}),
  restoreBackup: (text) => sendToBackground('backup.restore', { text }),
  download: downloadText,
  resolveUnconfirmed: (id, orderId) => sendToBackground('unconfirmed.resolve', { id, orderId }),
  chooseAutoRefill: (scope, id, on) => sendToBackground('autoRefill.choose', { scope, id, on }),
  orderRemains: (key) => void browser.tabs.create({ url: extensionUrl(remainsPagePath(key)) }),
};

// ?order=<key> opens one order's details; ?keys=a,b shows only those (links from notifications and the popup);
// ?view=catalog opens the Catalog changes (a catalog-change notification).
async function main(): Promise<void> {
  const { open, keys, list, view } = readOrdersPageQuery(location.search);
  const listed = list ? (own(await notificationListsItem.getValue(), list) ?? null) : null;
  // The orders are read by the page (part by part, painted as they come); the catalog changes when that view opens.
  await Promise.all([hydrateAppStore(ORDERS_PAGE_ITEMS), preparePageLanguage()]);
  render(<OrdersPage actions={actions} initial={{ open, keys: listed ?? keys, view }} />, document.getElementById('app')!);
}

void main();
