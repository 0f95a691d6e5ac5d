/**
 * "Order for this page" where Firefox opens the toolbar popup from the handler (Firefox 149+
 * allows openPopup() without a user gesture): the popup shows the form for the clicked page.
 */
import { test, expect } from './fixtures';
import { rightClickOrderForThisPage } from './context-menu';
import { seedPanels } from './seed';
import { ARTICLE_CANONICAL } from '../../testing/firefox/site';

type Ext = any; // eslint-disable-line @typescript-eslint/no-explicit-any

test('Firefox 149+: the toolbar popup opens on the click and shows the form for the page', async ({ ext, panel, site }) => {
  await seedPanels(ext, [{ id: 'demo', name: 'Demo panel', apiUrl: panel.apiUrl, key: panel.key }]);
  await rightClickOrderForThisPage(ext, site);
  // The toolbar popup is not a tab a driver can attach to; the extension sees it as a view.
  const shown = async () =>
    ext.run(async () => {
      const [view] = (globalThis as Ext).browser.extension.getViews({ type: 'popup' });
      const link = view?.document.getElementById('field-link') as HTMLInputElement | null;
      return view ? { page: view.location.pathname, link: link?.value ?? null } : null;
    }, null);
  await expect.poll(shown).toEqual({ page: '/quick-order.html', link: ARTICLE_CANONICAL });
  // Taken once: the next popup is the ordinary one.
  expect(await ext.storageGet('pendingQuickOrder', 'session')).toBeUndefined();
});
