import { test, expect } from './fixtures';
import { aria, click, expectText, fill, valueOf } from '../../testing/firefox/ui';

test('a new user adds the simulator as a panel in the settings and sees its balance there and in the popup', async ({ ext, panel }) => {
  const options = await ext.openPage('options.html');
  await expectText(options, 'body', 'Connect your first panel.');
  await fill(options, 'Panel name', 'Demo panel');
  await fill(options, 'API URL', panel.apiUrl);
  await fill(options, 'API key', panel.key);
  await click(options, 'Save panel');
  await expectText(options, aria(null, 'status'), 'Connected. Balance: 100.00 USD');
  await expectText(options, aria('Panels', 'list'), 'Demo panel');
  expect(await valueOf(options, 'API key')).toBe('');
  // The key is stored apart from the profile, which pages read.
  const panels = await ext.storageGet<{ name: string }[]>('panels');
  expect(panels.map((p) => p.name)).toEqual(['Demo panel']);
  expect(JSON.stringify(panels)).not.toContain(panel.key);

  const popup = await ext.openPage('popup.html');
  await expectText(popup, aria('Balance', 'region'), '100.00 USD');
  expect((await panel.control.stats()).counts.balance).toBeGreaterThanOrEqual(2);
});

test('an API URL that redirects is refused: Firefox’s fetch does not follow it with the key', async ({ ext, panel }) => {
  await panel.control.setFault({ kind: 'redirect', times: 1 });
  const options = await ext.openPage('options.html');
  await fill(options, 'Panel name', 'Redirecting panel');
  await fill(options, 'API URL', panel.apiUrl);
  await fill(options, 'API key', panel.key);
  await click(options, 'Save panel');
  await expectText(options, aria(null, 'alert'), 'never sent to a redirect');
  expect((await panel.control.stats()).counts.balance).toBe(1);
  // The redirect target is the simulator's second server (another port): it heard nothing.
  expect(await panel.control.redirectHits()).toEqual([]);
  expect(await ext.storageGet('panels')).toBeUndefined();
});
