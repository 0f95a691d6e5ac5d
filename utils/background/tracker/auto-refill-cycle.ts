/**
 * The poll cycle's auto-refill step: refill ends tell how each panel honours refills
 * (rejections in a row stop auto-refill there), auto-refill's own refills leave the regular
 * refill notifications and are notified here only when worth reading (rejected, stopped; a
 * completed one is what was expected). Its state goes into the cycle's one storage write,
 * with the orders and the notified ids: a killed worker loses none of these refill ends.
 */
import type { PanelProfile } from '../../panels/types';
import type { Settings } from '../../settings';
import { autoRefillItem } from '../../storage';
import { withLock } from '../lock';
import { applyRefillEvents, autoRefillNotices, splitAutoRefillEvents, type AutoRefillNotice } from './auto-refill-outcomes';
import type { AutoRefillState } from '../../tracker-state/auto-refill-state';
import { notifyAutoRefill } from './auto-refill-notify';
import type { TrackerEvent } from './events';

/** What auto-refill makes of a cycle's events: the rest to tell, its notices, its next state. */
export interface AutoRefillStep {
  other: TrackerEvent[];
  notices: AutoRefillNotice[];
  /** The state to store (the same object when nothing changed). */
  state: AutoRefillState;
  before: AutoRefillState;
}

/**
 * Reads auto-refill's state (only when a refill ended) and applies the events. Call it under
 * the 'autoRefill' lock; the poll cycle stores `state` in its one write.
 */
export async function autoRefillStep(events: readonly TrackerEvent[], settings: Settings, now: number): Promise<AutoRefillStep | null> {
  if (!events.some((e) => e.kind === 'refill')) return null;
  const before = await autoRefillItem.getValue();
  const split = splitAutoRefillEvents(events, before);
  const update = applyRefillEvents(before, events, settings.autoRefill.stopAfterRejections, now);
  return { other: split.other, notices: autoRefillNotices(split.auto, update.stopped), state: update.state, before };
}

/** Tells auto-refill's notices (after the step's state is stored). */
export async function tellAutoRefill(step: AutoRefillStep | null, context: { settings: Settings; panels: readonly PanelProfile[] }, notify: typeof notifyAutoRefill = notifyAutoRefill): Promise<void> {
  if (step?.notices.length && context.settings.notify.autoRefill) await notify(step.notices, context.panels);
}

/** The step with its own write, for callers outside the poll cycle. Returns the events the regular notifications still tell. */
export async function followAutoRefills(
  events: readonly TrackerEvent[],
  context: { settings: Settings; panels: readonly PanelProfile[] },
  now: number,
  notify: typeof notifyAutoRefill = notifyAutoRefill,
): Promise<TrackerEvent[]> {
  const step = await withLock('autoRefill', async () => {
    const result = await autoRefillStep(events, context.settings, now);
    if (result && result.state !== result.before) await autoRefillItem.setValue(result.state);
    return result;
  });
  await tellAutoRefill(step, context, notify);
  return step ? step.other : [...events];
}
