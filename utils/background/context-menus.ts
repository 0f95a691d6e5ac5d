/**
 * "Order for this page / link / image or video": the worker's context-menu items. The URL is
 * handed to the popup through session storage, then the popup is opened (or, where the
 * browser refuses, a small window with the quick-order form).
 */
import { browser, type Browser } from 'wxt/browser';
import { pendingQuickOrderItem } from '../storage';
import { detached } from './detached';
import { extensionUrl } from '../extension-url';
import { quickOrderPagePath } from '../page-urls';
import { t } from '../i18n/messages';
import { languageReady } from '../i18n/worker-language';

export const MENU_ITEMS = [
  { id: 'order-page', title: 'menus_orderPage', contexts: ['page'] },
  { id: 'order-link', title: 'menus_orderLink', contexts: ['link'] },
  { id: 'order-media', title: 'menus_orderMedia', contexts: ['image', 'video', 'audio'] },
] as const;

/**
 * The page's canonical URL (or og:url), read at click time through activeTab: a fixed
 * function that reads two tags and nothing else; no content script runs on pages otherwise.
 */
async function canonicalUrl(tabId: number | undefined): Promise<string | null> {
  if (tabId === undefined || !browser.scripting) return null;
  try {
    const [result] = await browser.scripting.executeScript({
      target: { tabId },
      func: () =>
        document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ??
        document.querySelector<HTMLMetaElement>('meta[property="og:url"]')?.content ??
        null,
    });
    const url = result?.result;
    return typeof url === 'string' && /^https?:\/\//.test(url) ? url : null;
  } catch {
    return null; // Not allowed on this page (browser pages, stores): the page URL will do.
  }
}

export async function urlForClick(info: Browser.contextMenus.OnClickData, tab: Browser.tabs.Tab | undefined): Promise<string> {
  if (info.menuItemId === 'order-link' && info.linkUrl) return info.linkUrl;
  if (info.menuItemId === 'order-media' && info.srcUrl) return info.srcUrl;
  return (await canonicalUrl(tab?.id)) ?? info.pageUrl ?? tab?.url ?? '';
}

export async function openQuickOrder(url: string): Promise<'popup' | 'window'> {
  await pendingQuickOrderItem.setValue({ url, at: Date.now() });
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  try {
    await action.openPopup();
    return 'popup';
  } catch {
    await pendingQuickOrderItem.removeValue();
    await browser.windows.create({ url: extensionUrl(quickOrderPagePath(url)), type: 'popup', width: 440, height: 680 });
    return 'window';
  }
}

export async function handleContextMenuClick(info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab): Promise<void> {
  if (!MENU_ITEMS.some((m) => m.id === info.menuItemId)) return;
  await openQuickOrder(await urlForClick(info, tab));
}

/** The menus in the current language; again after a language change (their titles are stored text). */
export async function createMenus(): Promise<void> {
  await languageReady();
  await browser.contextMenus.removeAll();
  const menus = MENU_ITEMS.map((item) => ({ ...item, title: t(item.title) }));
  for (const menu of menus) browser.contextMenus.create({ id: menu.id, title: menu.title, contexts: [...menu.contexts] });
  // Native menus cannot be read from tests: the e2e build shows what it created.
  if (import.meta.env.MODE === 'e2e') (globalThis as Record<string, unknown>).__panelpilotMenuTitles = menus.map((m) => m.title);
}

/**
 * Registered synchronously at worker start. Menus persist, created on install, and again at
 * each browser start: their titles are stored text, and the browser's language may have
 * changed since (Chrome restarts to switch it). Firefox for Android has no context menus:
 * there, nothing is registered.
 */
export function registerContextMenus(): void {
  if (!browser.contextMenus) return;
  browser.runtime.onInstalled.addListener(() => detached('creating the context menus', createMenus()));
  browser.runtime.onStartup.addListener(() => detached('creating the context menus', createMenus()));
  browser.contextMenus.onClicked.addListener((info, tab) => detached('opening the quick-order form', handleContextMenuClick(info, tab)));
  // Native menus cannot be clicked from tests: the e2e build exposes the handler itself.
  if (import.meta.env.MODE === 'e2e') {
    (globalThis as Record<string, unknown>).__panelpilotContextMenuClick = handleContextMenuClick;
  }
}
