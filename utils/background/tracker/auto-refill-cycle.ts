/**
 * The poll cycle's auto-refill step, after its one write of orders and tracker state: refill
 * ends tell how each panel honours refills (rejections in a row stop auto-refill there),
 * auto-refill's own refills leave the regular refill notifications and are notified here only
 * when worth reading (rejected, stopped; a completed one is what was expected).
 *
 * A worker killed between the cycle's write and this one loses these refill ends for the
 * rejection count (the events are already marked notified): at worst auto-refill stops one
 * rejection later. It never asks twice because of it.
 */
import type { PanelProfile } from '../../panels/types';
import type { Settings } from '../../settings';
import { autoRefillItem } from '../../storage';
import { withLock } from '../lock';
import { applyRefillEvents, autoRefillNotices, splitAutoRefillEvents } from './auto-refill-outcomes';
import { notifyAutoRefill } from './auto-refill-notify';
import type { TrackerEvent } from './events';

/** Returns the events the regular notifications still tell. */
export async function followAutoRefills(
  events: readonly TrackerEvent[],
  context: { settings: Settings; panels: readonly PanelProfile[] },
  now: number,
  notify: typeof notifyAutoRefill = notifyAutoRefill,
): Promise<TrackerEvent[]> {
  if (!events.some((e) => e.kind === 'refill')) return [...events];
  const { auto, other, stopped } = await withLock('autoRefill', async () => {
    const state = await autoRefillItem.getValue();
    const split = splitAutoRefillEvents(events, state);
    const update = applyRefillEvents(state, events, context.settings.autoRefill.stopAfterRejections, now);
    if (update.state !== state) await autoRefillItem.setValue(update.state);
    return { ...split, stopped: update.stopped };
  });
  const notices = autoRefillNotices(auto, stopped);
  if (notices.length && context.settings.notify.autoRefill) await notify(notices, context.panels);
  return other;
}
