import { readFileSync, existsSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { test, expect } from './fixtures';
import { seedPanels } from '../../testing/seed';

test('the worker calls the simulator with a stored key and the answer shows on an extension page', async ({ worker, panel, openPage }) => {
  await seedPanels(worker, [{ name: 'Demo panel', apiUrl: panel.apiUrl, key: panel.key }]);
  await panel.control.setBalance('42.125');
  // The popup asks the worker to refresh balances when it opens; the worker calls the panel.
  const popup = await openPage('popup.html');
  await expect(popup.getByText('42.125 USD')).toBeVisible();
  const stats = await panel.control.stats();
  expect(stats.counts.balance ?? 0).toBeGreaterThanOrEqual(1);
});

test('the store build asks for panel origins at runtime and grants none at install', () => {
  if (!existsSync('.output/chrome-mv3/manifest.json')) execSync('npx wxt build', { stdio: 'ignore' });
  const manifest = JSON.parse(readFileSync('.output/chrome-mv3/manifest.json', 'utf8'));
  expect(manifest.host_permissions ?? []).toEqual([]);
  expect(manifest.optional_host_permissions).toEqual(['http://*/*', 'https://*/*']);
  expect(manifest.permissions).not.toContain('<all_urls>');
  expect(manifest.content_scripts ?? []).toEqual([]);
});
