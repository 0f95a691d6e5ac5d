import { render } from 'preact';
import { browser } from 'wxt/browser';
import '@/components/theme.css';
import './style.css';
import { QuickOrderPage } from '@/components/quick-order/QuickOrderPage';
import type { QuickOrderActions } from '@/components/quick-order/QuickOrderForm';
import { sendToBackground } from '@/utils/messaging';
import { recentServicesItem } from '@/utils/storage';
import { hydrateAppStore } from '@/utils/ui/app-store';
import { extensionUrl } from '@/utils/ui/extension-url';
import { preparePageLanguage } from '@/utils/i18n/language';

const params = new URLSearchParams(location.search);

const actions: QuickOrderActions = {
  place: (input) => sendToBackground('order.place', input),
  duplicates: (panelId, links) => sendToBackground('order.duplicates', { panelId, links }),
  openOrder: (key) => void browser.tabs.create({ url: extensionUrl(`/orders.html?order=${encodeURIComponent(key)}`) }),
  openOrders: () => void browser.tabs.create({ url: extensionUrl('/orders.html') }),
};

void Promise.all([hydrateAppStore(['panels', 'balances', 'settings', 'liveOrders', 'unconfirmed', 'addsInFlight']), recentServicesItem.getValue(), preparePageLanguage()]).then(([, recent]) => {
  render(<QuickOrderPage initialUrl={params.get('url') ?? ''} initialPanelId={params.get('panel')} recentByPanel={recent} actions={actions} />, document.getElementById('app')!);
  // The balance shown beside the charge should be fresh.
  void sendToBackground('balance.refresh', {});
});
