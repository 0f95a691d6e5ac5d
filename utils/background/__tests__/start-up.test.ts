/**
 * The worker's start-up does not rest on optional APIs: Firefox for Android has no context
 * menus, and a start that threw there never recovered the orders an earlier worker left in
 * flight (nor set the poll alarm).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../../entrypoints/background';
import { addsInFlightItem, unconfirmedItem } from '../../storage';
import { POLL_ALARM } from '../tracker/alarms';

const attempt = {
  id: 'a1', panelId: 'p', serviceId: '1', serviceName: 'Followers', link: 'https://instagram.com/p/x/', quantity: 100, estimatedCharge: '0.09',
  attemptedAt: 1, reason: 'PanelPilot was stopped before the panel answered.', runs: null, interval: null, source: 'quick-order' as const, service: null,
};

beforeEach(() => fakeBrowser.reset());

describe('worker start-up without optional APIs', () => {
  it('with no context-menu API at all (Firefox for Android), interrupted orders are still recovered and the poll alarm set', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await addsInFlightItem.setValue([attempt]);
    const withoutMenus = fakeBrowser as unknown as { contextMenus?: unknown };
    const menus = withoutMenus.contextMenus;
    delete withoutMenus.contextMenus;
    try {
      expect(() => background.main()).not.toThrow();
      await vi.waitFor(async () => expect(await unconfirmedItem.getValue()).toEqual([expect.objectContaining({ id: 'a1' })]));
      await vi.waitFor(async () => expect(await fakeBrowser.alarms.get(POLL_ALARM)).toBeDefined());
    } finally {
      withoutMenus.contextMenus = menus;
    }
  });
});
