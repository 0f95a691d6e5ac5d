/**
 * Restore applies the same rules as everything else that writes: only http(s) links (a link
 * is opened on click), and settings within the settings form's bounds.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, MAX_POLL_INTERVAL_SEC, minPollIntervalSec } from '../../settings';
import { autoRefillChoicesItem, ordersItem, pinnedServicesItem, settingsItem, unconfirmedItem } from '../../storage';
import { order } from '../../../testing/orders';
import { exportBackup, restoreBackup } from '../backup';
import { saveSettings } from '../settings';

const file = (data: Record<string, unknown>) => JSON.stringify({ format: 'panelpilot-backup', version: 1, exportedAt: '', data });

beforeEach(() => fakeBrowser.reset());

describe('restore', () => {
  it.each(['javascript:alert(document.cookie)', 'data:text/html,<script>alert(1)</script>', 'file:///etc/passwd', 'chrome-extension://x/options.html'])(
    'refuses an order whose link is %s, and changes nothing',
    async (link) => {
      const outcome = await restoreBackup(file({ orders: [order('p', '7', { link })] }));
      expect(outcome).toEqual({ ok: false, message: expect.stringContaining('Order 1 (order 7): “link” must be a web address starting with http:// or https://') });
      expect(await ordersItem.getValue()).toEqual({});
    },
  );

  it('refuses an unconfirmed attempt with such a link too', async () => {
    const attempt = { id: 'u', panelId: 'p', link: 'javascript:void(0)', attemptedAt: 1 };
    expect(await restoreBackup(file({ unconfirmed: [attempt] }))).toEqual({ ok: false, message: expect.stringContaining('Unconfirmed order 1: “link” must be a web address') });
    expect(await unconfirmedItem.getValue()).toEqual([]);
  });

  it('clamps settings as the settings form does', async () => {
    const min = minPollIntervalSec('chrome');
    await restoreBackup(file({ settings: { ...DEFAULT_SETTINGS, pollIntervalSec: 1, catalogTtlHours: 1e9 } }));
    expect(await settingsItem.getValue()).toMatchObject({ pollIntervalSec: min, catalogTtlHours: 720 });
    await restoreBackup(file({ settings: { ...DEFAULT_SETTINGS, pollIntervalSec: 10 ** 9, catalogTtlHours: 0.001 } }));
    expect(await settingsItem.getValue()).toMatchObject({ pollIntervalSec: MAX_POLL_INTERVAL_SEC, catalogTtlHours: 1 });
    // The form's own saves go through the same rule.
    await saveSettings({ ...DEFAULT_SETTINGS, pollIntervalSec: 5 });
    expect((await settingsItem.getValue()).pollIntervalSec).toBe(min);
  });

  it('pinned services and auto-refill choices go into the backup and come back with it', async () => {
    await pinnedServicesItem.setValue({ p: ['3', '5'] });
    await autoRefillChoicesItem.setValue({ panels: { p: true }, services: { 'p:3': false }, orders: {} });
    const { json } = await exportBackup(0);
    fakeBrowser.reset();
    await pinnedServicesItem.setValue({ q: ['1'] });
    expect(await restoreBackup(json)).toMatchObject({ ok: true });
    expect(await pinnedServicesItem.getValue()).toEqual({ q: ['1'], p: ['3', '5'] });
    expect(await autoRefillChoicesItem.getValue()).toEqual({ panels: { p: true }, services: { 'p:3': false }, orders: {} });
  });

  it('keeps web links and plain usernames', async () => {
    const outcome = await restoreBackup(file({ orders: [order('p', '1', { link: 'https://instagram.com/p/x' }), order('p', '2', { link: 'HTTP://EXAMPLE.COM/a' }), order('p', '3', { link: 'someuser' })] }));
    expect(outcome).toMatchObject({ ok: true, orders: 3 });
    expect(Object.values(await ordersItem.getValue()).map((o) => o.link).sort()).toEqual(['HTTP://EXAMPLE.COM/a', 'https://instagram.com/p/x', 'someuser']);
  });
});
