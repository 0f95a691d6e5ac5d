import { render } from 'preact';
import { browser } from 'wxt/browser';
import '@/components/theme.css';
import './style.css';
import { QuickOrderPage } from '@/components/quick-order/QuickOrderPage';
import type { QuickOrderActions } from '@/components/quick-order/QuickOrderForm';
import { preloadCatalog } from '@/components/quick-order/use-catalog';
import { sendToBackground } from '@/utils/messaging';
import { recentServicesItem } from '@/utils/storage';
import { appStore, defaultPanel, hydrateAppStore } from '@/utils/ui/app-store';
import { extensionUrl } from '@/utils/ui/extension-url';
import { preparePageLanguage } from '@/utils/i18n/language';

const params = new URLSearchParams(location.search);

const actions: QuickOrderActions = {
  place: (input) => sendToBackground('order.place', input),
  duplicates: (panelId, links) => sendToBackground('order.duplicates', { panelId, links }),
  openOrder: (key) => void browser.tabs.create({ url: extensionUrl(`/orders.html?order=${encodeURIComponent(key)}`) }),
  openOrders: () => void browser.tabs.create({ url: extensionUrl('/orders.html') }),
  pin: (panelId, serviceId, pinned) => sendToBackground('service.pin', { panelId, serviceId, pinned }),
};

async function main(): Promise<void> {
  // The catalog (8,536 services ≈ 2 MB) is the longest read: started as soon as the panel is
  // known, beside the other reads, not after the first render.
  const panelParam = params.get('panel');
  if (panelParam) preloadCatalog(panelParam);
  const panels = hydrateAppStore(['panels']).then(() => {
    const panel = panelParam ? null : defaultPanel(appStore.getState().panels);
    if (panel) preloadCatalog(panel.id);
  });
  // The popup's slice holds every active order, all the duplicate-link hint looks at.
  const [recent] = await Promise.all([recentServicesItem.getValue(), panels, hydrateAppStore(['panels', 'balances', 'settings', 'liveOrders', 'unconfirmed', 'addsInFlight', 'catalogRemoved', 'pinnedServices']), preparePageLanguage()]);
  render(<QuickOrderPage initialUrl={params.get('url') ?? ''} initialPanelId={panelParam} recentByPanel={recent} actions={actions} />, document.getElementById('app')!);
  // The balance shown beside the charge should be fresh.
  void sendToBackground('balance.refresh', {});
}

void main();
