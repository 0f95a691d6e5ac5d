/**
 * "Order for this page" where Firefox refuses openPopup() (Firefox 140–148: it needs the
 * click's user gesture, which is gone after the handler's first await): the form opens in a
 * small window. The page's canonical URL is read with scripting.executeScript.
 */
import { test, expect } from './fixtures';
import { rightClickOrderForThisPage } from './context-menu';
import { seedPanels } from './seed';
import { ARTICLE_CANONICAL } from '../../testing/firefox/site';
import { aria, click, control, expectText, expectVisible, fill, valueOf } from '../../testing/firefox/ui';

test.use({ firefoxPrefs: { 'extensions.openPopupWithoutUserGesture.enabled': false } });

test('the form opens in a small window with the page’s canonical URL; one order placed reaches the panel once', async ({ ext, panel, site }) => {
  await seedPanels(ext, [{ id: 'demo', name: 'Demo panel', apiUrl: panel.apiUrl, key: panel.key }]);
  await rightClickOrderForThisPage(ext, site);

  const form = await ext.waitForOpenedPage('quick-order.html');
  expect(await valueOf(form, 'Link')).toBe(ARTICLE_CANONICAL);
  const service = await control(form, 'Service');
  await service.click();
  await expectVisible(form, aria('Showing Instagram services. Show all services', 'button'));
  await service.fill('3226');
  await expect.poll(() => form.$eval(aria(null, 'option'), (el) => el.getAttribute('aria-label'))).toMatch(/^3226 /);
  await form.keyboard.press('Enter');
  expect(await valueOf(form, 'Service')).toMatch(/^3226 · /);
  await fill(form, 'Quantity', '1000');
  await expectText(form, aria('Charge'), '0.84 USD');
  await click(form, 'Place order');
  await expectText(form, aria(null, 'status'), 'Order 10001 placed.');
  // The same form cannot send it again: the link now has an active order, which needs a confirmation.
  await expectText(form, aria(null, 'alert'), 'Order 10001 for this link is still');
  expect(await form.$eval(aria('Place order', 'button'), (button) => (button as HTMLButtonElement).disabled)).toBe(true);

  await expect.poll(async () => (await panel.control.stats()).counts.add ?? 0, { timeout: 3000 }).toBe(1);
  expect(await panel.control.orders()).toEqual([expect.objectContaining({ id: '10001', service: '3226', link: ARTICLE_CANONICAL, quantity: 1000 })]);
  const popup = await ext.openPage('popup.html');
  await expectText(popup, 'body', 'Order 10001');
});
