/**
 * E2E BUILD ONLY: background.ts registers this under `import.meta.env.MODE === 'e2e'`, so the
 * store builds do not contain it (scripts/check-manifests.ts checks their files).
 *
 * Firefox refuses to let a test driver navigate to moz-extension:// pages. The e2e content
 * script (entrypoints/e2e-bridge.content.ts) forwards a path from a local test page, and this
 * loads the extension page into that same tab: the driver keeps its handle on the tab and now
 * drives a real extension page. Only local pages (the test's own server) are listened to.
 */
import { browser } from 'wxt/browser';
import { extensionUrl } from '../extension-url';

const LOCAL_PAGE = /^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?\//;
/** An extension page path with an optional query: `/options.html`, `/quick-order.html?url=…`. */
const EXTENSION_PATH = /^\/[\w-]+\.html(\?.*)?$/;

export function registerE2eBridge(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const path = (message as { panelpilotE2eOpen?: unknown } | null)?.panelpilotE2eOpen;
    if (typeof path !== 'string' || !EXTENSION_PATH.test(path)) return undefined;
    if (sender.id !== browser.runtime.id || sender.tab?.id === undefined || !LOCAL_PAGE.test(sender.url ?? '')) return undefined;
    return browser.tabs.update(sender.tab.id, { url: extensionUrl(path) }).then(() => true);
  });
}
