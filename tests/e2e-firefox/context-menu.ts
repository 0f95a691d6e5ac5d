/**
 * Right-click → "Order for this page" as Firefox delivers it: the background's menus.onClicked
 * handler gets Firefox's OnClickData and the real tabs.Tab of the page. Native menus cannot be
 * clicked from a test (tests/e2e does the same in Chromium).
 */
import type { FirefoxExtension } from '../../testing/firefox/extension';
import type { TestSite } from '../../testing/firefox/site';

type Ext = any; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Opens the test article in a tab and invokes the menu handler as Firefox would for a click on it. */
export async function rightClickOrderForThisPage(ext: FirefoxExtension, site: TestSite): Promise<void> {
  const article = await ext.browser.newPage();
  await article.goto(`${site.url}/article`);
  await ext.run(async (pageUrl) => {
    const bg = await (globalThis as Ext).browser.runtime.getBackgroundPage();
    // Made in the background's own realm, like the objects Firefox hands a listener.
    // (Match patterns have no port: this finds the article whatever the site's port.)
    const [tab] = await bg.browser.tabs.query({ url: 'http://127.0.0.1/article' });
    const info = bg.JSON.parse(
      JSON.stringify({ menuItemId: 'order-page', button: 0, modifiers: [], editable: false, frameId: 0, pageUrl, viewType: 'tab', targetElementId: 42 }),
    );
    await bg.__panelpilotContextMenuClick(info, tab);
  }, `${site.url}/article`);
}
