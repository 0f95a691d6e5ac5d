/**
 * The passphrase lock in Firefox: keys sealed at rest with WebCrypto, a (simulated) browser
 * restart clears storage.session so PanelPilot comes back locked, and the popup unlocks it.
 */
import { test, expect } from './fixtures';
import { seedPanels } from './seed';
import { aria, click, control, expectText, fill, textOf } from '../../testing/firefox/ui';

test('the lock seals the keys; locked, nothing reaches the panel until the right passphrase is typed in the popup', async ({ ext, panel }) => {
  await seedPanels(ext, [{ name: 'Demo panel', apiUrl: panel.apiUrl, key: panel.key }]);
  const options = await ext.openPage('options.html');
  await fill(options, 'New passphrase', 'blue harbour lantern');
  await fill(options, 'Repeat passphrase', 'blue harbour lantern');
  await click(options, 'Turn on lock');
  await expectText(options, aria('Passphrase lock', 'region'), 'API keys are encrypted with your passphrase');
  expect(await ext.storageGet('panelSecrets')).toEqual({});
  const everything = await ext.run(async () => JSON.stringify(await (globalThis as any).browser.storage.local.get(null)), null); // eslint-disable-line @typescript-eslint/no-explicit-any
  expect(everything).not.toContain(panel.key);

  // What a browser restart does to storage.session, where the opened keys live.
  await ext.run(async () => (globalThis as any).browser.storage.session.clear(), null); // eslint-disable-line @typescript-eslint/no-explicit-any
  await panel.control.reset();
  const popup = await ext.openPage('popup.html');
  await expectText(popup, 'body', 'PanelPilot is locked.');
  expect((await panel.control.stats()).counts.balance ?? 0).toBe(0);

  await fill(popup, 'Passphrase', 'blue harbour lanterns');
  await click(popup, 'Unlock');
  await expectText(popup, aria(null, 'alert'), 'Wrong passphrase.');
  await (await control(popup, 'Passphrase')).fill('blue harbour lantern');
  await click(popup, 'Unlock');
  await expectText(popup, aria('Balance', 'region'), '100.00 USD');
  expect(await textOf(popup, 'body')).not.toContain('PanelPilot is locked.');
  expect((await panel.control.stats()).counts.balance ?? 0).toBeGreaterThanOrEqual(1);
});
