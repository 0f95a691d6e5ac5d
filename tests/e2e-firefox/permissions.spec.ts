/**
 * Panel origins are optional permissions, asked for when a panel is saved. Firefox grants one
 * only from inside a user gesture (the request must come before any other await of the
 * click). The simulator listens on 127.0.0.2 here, an origin the e2e build does not get at
 * install (it gets 127.0.0.1 and localhost), so saving really asks; the doorhanger, which
 * headless Firefox cannot show, is answered yes by the extensions.webextOptionalPermissionPrompts pref.
 */
import { test, expect } from './fixtures';
import { aria, click, expectText, fill } from '../../testing/firefox/ui';

test.use({ panelOptions: { host: '127.0.0.2' } });

test('saving a panel on a new origin asks Firefox for that origin only, within the click, and connects', async ({ ext, panel }) => {
  const granted = () => ext.run(async () => (await (globalThis as any).browser.permissions.getAll()).origins as string[], null); // eslint-disable-line @typescript-eslint/no-explicit-any
  expect(await granted()).not.toContain('http://127.0.0.2/*');
  const options = await ext.openPage('options.html');
  await fill(options, 'Panel name', 'Panel on its own origin');
  await fill(options, 'API URL', panel.apiUrl);
  await fill(options, 'API key', panel.key);
  await click(options, 'Save panel');
  await expectText(options, aria(null, 'status'), 'Connected. Balance: 100.00 USD');
  expect(await granted()).toContain('http://127.0.0.2/*');
  expect(await granted()).not.toContain('http://*/*');
});
