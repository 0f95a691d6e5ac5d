import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PanelProfile } from '../../../panels/types';
import { notifyAutoRefill, notifyReminders } from '../auto-refill-notify';

const panel = (id: string, name: string): PanelProfile => ({ id, name, apiUrl: `https://${id}.example/api/v2`, isDefault: id === 'a', lowBalanceThreshold: null, createdAt: 0 });

beforeEach(() => fakeBrowser.reset());

describe('auto-refill notifications', () => {
  it('two panels stopped in one run are two notifications (one id each), not one replacing the other', async () => {
    vi.useFakeTimers({ now: 1_000, toFake: ['Date'] });
    try {
      const stopped = (panelId: string) => ({ kind: 'stopped' as const, panelId, reason: `Auto-refill stopped on ${panelId}.` });
      await notifyAutoRefill([stopped('a'), stopped('b')], [panel('a', 'Alpha'), panel('b', 'Beta')]);
    } finally {
      vi.useRealTimers();
    }
    const shown = Object.values(fakeBrowser.notifications.getAllCreateOptions()).map((o) => o.title);
    expect(shown.sort()).toEqual(['Alpha: auto-refill stopped', 'Beta: auto-refill stopped']);
  });

  it('so are two panels\' window reminders whose order lists are too long to name in the click target', async () => {
    const keys = (p: string) => Array.from({ length: 60 }, (_, i) => `${p}:${1000 + i}`);
    vi.useFakeTimers({ now: 1_000, toFake: ['Date'] });
    try {
      await notifyReminders([{ panelId: 'a', orderKeys: keys('a'), firstUntil: 5_000 }, { panelId: 'b', orderKeys: keys('b'), firstUntil: 5_000 }], [panel('a', 'Alpha'), panel('b', 'Beta')]);
    } finally {
      vi.useRealTimers();
    }
    expect(Object.keys(await fakeBrowser.notifications.getAll())).toHaveLength(2);
  });
});
