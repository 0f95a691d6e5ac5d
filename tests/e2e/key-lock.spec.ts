import { test, expect } from './fixtures';
import { readStorage, seedPanels } from '../../testing/seed';

test('the passphrase lock encrypts the keys at rest; locked, nothing reaches the panel until the right passphrase', async ({ worker, panel, openPage }) => {
  await seedPanels(worker, [{ name: 'Demo panel', apiUrl: panel.apiUrl, key: panel.key }]);
  const options = await openPage('options.html');
  const lock = options.getByRole('region', { name: 'Passphrase lock' });
  await lock.getByLabel('New passphrase').fill('blue harbour lantern');
  await lock.getByLabel('Repeat passphrase').fill('blue harbour lantern!');
  await expect(lock.getByText('The two passphrases differ.')).toBeVisible();
  await expect(lock.getByRole('button', { name: 'Turn on lock' })).toBeDisabled();
  await lock.getByLabel('Repeat passphrase').fill('blue harbour lantern');
  await lock.getByRole('button', { name: 'Turn on lock' }).click();
  await expect(lock.getByRole('status')).toContainText('API keys are encrypted with your passphrase');

  // At rest: no plain key anywhere in extension storage.
  expect(await readStorage(worker, 'panelSecrets')).toEqual({});
  const everything = await worker.evaluate(async () => JSON.stringify(await (globalThis as any).chrome.storage.local.get(null)));
  expect(everything).not.toContain(panel.key);

  // A browser restart clears session storage: PanelPilot comes back locked.
  await worker.evaluate(async () => (globalThis as any).chrome.storage.session.clear());
  await panel.control.reset();
  const popup = await openPage('popup.html');
  await expect(popup.getByText('PanelPilot is locked.')).toBeVisible();
  expect((await panel.control.stats()).counts.balance ?? 0).toBe(0);

  await popup.getByLabel('Passphrase').fill('blue harbour lanterns');
  await popup.getByRole('button', { name: 'Unlock' }).click();
  await expect(popup.getByRole('alert')).toContainText('Wrong passphrase.');
  await popup.getByLabel('Passphrase').fill('blue harbour lantern');
  await popup.getByRole('button', { name: 'Unlock' }).click();
  await expect(popup.getByText('PanelPilot is locked.')).toHaveCount(0);
  await expect(popup.getByRole('region', { name: 'Balance' })).toContainText('100.00 USD');
  expect((await panel.control.stats()).counts.balance ?? 0).toBeGreaterThanOrEqual(1);

  // Turning the lock off puts the key back, usable without a passphrase.
  await options.reload();
  await options.getByLabel('Passphrase to turn the lock off').fill('blue harbour lantern');
  await options.getByRole('button', { name: 'Turn off lock' }).click();
  await expect(options.getByRole('region', { name: 'Passphrase lock' }).getByLabel('New passphrase')).toBeVisible();
  expect(await readStorage(worker, 'panelSecrets')).toEqual({ 'panel-1': panel.key });
});
