// The storage read was started by popup-early.js, before this script arrived (popup.html).
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import themeCss from '@/components/theme.css?inline';
import popupCss from '@/entrypoints/popup/style.css?inline';
import { Popup } from '@/components/popup/Popup';
import type { PopupActions } from '@/components/popup/actions';
import { sendToBackground } from '@/utils/messaging';
import { appStore, hydrateAppStore } from '@/utils/ui/app-store';
import { takePendingQuickOrderUrl } from '@/utils/ui/pending-quick-order';
import { extensionUrl } from '@/utils/extension-url';
import { optionsPagePath, ordersPagePath, quickOrderPagePath } from '@/utils/page-urls';
import { isDemoPanelRunning } from '@/utils/ui/demo-panel';
import { POPUP_ITEMS } from '@/utils/ui/popup-early-keys';
import { preparePopupLanguage } from '@/utils/ui/popup-language';
import { applyDocumentLanguage } from '@/utils/i18n/language';
import { plural, t } from '@/utils/i18n/messages';
import { formatList } from '@/utils/i18n/intl-format';

const openTab = (path: string) => browser.tabs.create({ url: extensionUrl(path) }).then(() => window.close());

const actions: PopupActions = {
  refreshBalance: (panelId) => void sendToBackground('balance.refresh', panelId ? { panelId } : {}),
  async checkNow() {
    const result = await sendToBackground('tracker.checkNow', {});
    if (result.locked) return t('popup_lockedCheck');
    const orders = plural('common_orders', result.checked);
    const checked = result.errors ? t('popup_checkedWithErrors', orders, result.changed, plural('common_panelErrors', result.errors)) : t('popup_checked', orders, result.changed);
    return result.paused.length ? t('popup_checkedNotAsked', checked, formatList(result.paused)) : checked;
  },
  async newOrder(panelId) {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    const url = tab?.url && /^https?:/.test(tab.url) ? tab.url : '';
    location.href = quickOrderPagePath(url, panelId);
  },
  openOrders: (key) => void openTab(ordersPagePath(key ? { order: key } : {})),
  openSettings: (demo) => void openTab(optionsPagePath(demo)),
  probeDemoPanel: isDemoPanelRunning,
  unlock: (passphrase) => sendToBackground('keys.unlock', { passphrase }),
  keyLockStatus: () => sendToBackground('keys.status', {}),
};

async function main(): Promise<void> {
  // Read at once, beside the pending check: most opens are not from a context-menu click.
  const hydrated = hydrateAppStore(POPUP_ITEMS);
  // The browser's language: settled at once. Another one chosen in Settings: one fetch.
  const language = preparePopupLanguage();
  // A context-menu click stored the URL to order for and opened this popup.
  const pending = await takePendingQuickOrderUrl();
  if (pending !== null) {
    location.replace(quickOrderPagePath(pending));
    return;
  }
  await Promise.all([hydrated, language]);
  // No view yet (the first open after an install or update, before the worker wrote it): all orders.
  if (appStore.getState().liveOrders === null) await hydrateAppStore(['orders']);
  render(<Popup actions={actions} />, document.getElementById('app')!);
}

export default defineUnlistedScript(() => {
  // lang and dir from the browser's language, synchronously: RTL from the first paint.
  applyDocumentLanguage();
  const style = document.createElement('style');
  style.textContent = themeCss + popupCss;
  document.head.append(style);
  void main();
});
