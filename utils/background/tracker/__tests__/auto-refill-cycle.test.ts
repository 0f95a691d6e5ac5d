import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '../../../settings';
import { autoRefillItem } from '../../../storage';
import { EMPTY_AUTO_REFILL_STATE } from '../../../tracker-state/auto-refill-state';
import { followAutoRefills } from '../auto-refill-cycle';
import type { TrackerEvent } from '../events';

const refillEnd = (orderKey: string, refillId: string, status: 'completed' | 'rejected'): TrackerEvent => ({ kind: 'refill', id: `${orderKey}:refill:${refillId}:${status}`, panelId: 'a', orderKey, refillId, status });
const orderDone: TrackerEvent = { kind: 'order', id: 'a:9:completed', panelId: 'a', orderKey: 'a:9', status: 'completed', delivered: 1000, quantity: 1000 };
const settings = { ...DEFAULT_SETTINGS, autoRefill: { ...DEFAULT_SETTINGS.autoRefill, stopAfterRejections: 2 } };

describe('the poll cycle’s auto-refill step', () => {
  beforeEach(() => fakeBrowser.reset());

  it('auto-refill’s own refills leave the regular notifications: completed ones are not told, rejected ones once per panel', async () => {
    await autoRefillItem.setValue({ ...EMPTY_AUTO_REFILL_STATE, autoRefills: ['a:1|501', 'a:2|502'] });
    const notify = vi.fn(async () => undefined);
    const manual = refillEnd('a:3', '503', 'completed');
    const rest = await followAutoRefills([orderDone, refillEnd('a:1', '501', 'completed'), refillEnd('a:2', '502', 'rejected'), manual], { settings, panels: [] }, 10, notify);
    expect(rest).toEqual([orderDone, manual]);
    expect(notify).toHaveBeenCalledWith([{ kind: 'rejected', panelId: 'a', orderKeys: ['a:2'] }], []);
  });

  it('rejected refill ends in a row stop auto-refill on the panel and say so; nothing told when notify.autoRefill is off', async () => {
    const notify = vi.fn(async () => undefined);
    const quiet = { ...settings, notify: { ...settings.notify, autoRefill: false } };
    await followAutoRefills([refillEnd('a:1', '501', 'rejected'), refillEnd('a:2', '502', 'rejected')], { settings: quiet, panels: [] }, 10, notify);
    expect((await autoRefillItem.getValue()).panels.a!.stopped?.reason).toContain('rejected 2 refills in a row');
    expect(notify).not.toHaveBeenCalled();
  });

  it('a cycle without refill ends reads and writes nothing', async () => {
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    expect(await followAutoRefills([orderDone], { settings, panels: [] }, 10)).toEqual([orderDone]);
    expect(get).not.toHaveBeenCalled();
  });
});
