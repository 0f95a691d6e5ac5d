/** The order tracker's wiring: listeners registered synchronously, then reconciled state. */
import { browser } from 'wxt/browser';
import type { MessageHandlers } from '../../messaging';
import type { PanelBalanceState } from '../../panels/types';
import { own } from '../../own';
import { unlockedKeysItem, panelSecretsItem, settingsItem, trackerStateItem, balancesItem, panelsItem } from '../../storage';
import { detached, optionalFeature } from '../detached';
import { keyLockStatus } from '../key-vault';
import { withLock } from '../lock';
import { oncePerSession } from '../once-per-session';
import { POLL_ALARM, reconcilePollAlarm } from './alarms';
import { liftAuthPauses } from './backoff';
import { checkLowBalances, pollOnce, refreshBadge, watchBadge } from './poll-cycle';
import { notifyEvents, registerNotificationClicks } from './notifications';

export const trackerHandlers: Pick<MessageHandlers, 'tracker.checkNow'> = {
  'tracker.checkNow': async () => {
    const { checked, changed, errors } = await pollOnce({ force: true });
    const [state, panels, lock] = await Promise.all([trackerStateItem.getValue(), panelsItem.getValue(), keyLockStatus()]);
    // "Checked 0 orders" alone would hide why: say which panels were not asked.
    const paused = panels.filter((p) => own(state.panels, p.id)?.pausedForAuth).map((p) => p.name);
    return { checked, changed, errors, paused, locked: lock.locked };
  },
};

/** The panel's key works again (saved anew, or a balance call with it succeeded): lift its auth pause. */
export async function resumePanels(ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await withLock('tracker', async () => {
    const state = await trackerStateItem.getValue();
    const panels = liftAuthPauses(state.panels, ids);
    if (panels !== state.panels) await trackerStateItem.setValue({ ...state, panels });
  });
}

/** Panels whose balance was read successfully after their last poll error. */
export function provenPanels(next: Record<string, PanelBalanceState> | null, previous: Record<string, PanelBalanceState> | null): string[] {
  return Object.entries(next ?? {})
    .filter(([id, b]) => b.last && b.last.fetchedAt !== own(previous, id)?.last?.fetchedAt && (!b.error || b.error.at <= b.last.fetchedAt))
    .map(([id]) => id);
}

/**
 * Alarms at every start (Chrome may drop them on a restart or an update). The badge once per
 * browser session: Chrome keeps it while the browser runs, and the watches below redraw it on
 * every change; drawing it reads every active order, which a worker woken for one alarm or
 * message should not pay each time.
 */
async function startUp(): Promise<void> {
  await reconcilePollAlarm();
  await oncePerSession('badge', refreshBadge);
}

export function registerTracker(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === POLL_ALARM) detached('the scheduled order check', pollOnce());
  });
  // Chrome may drop alarms on a browser restart or an update: reconcile on both, and at every
  // worker start below (a worker woken by a message or an alarm runs that line too).
  browser.runtime.onStartup.addListener(() => detached('start-up', startUp()));
  browser.runtime.onInstalled.addListener(() => detached('start-up', startUp()));
  optionalFeature('notification clicks', registerNotificationClicks); // i18n-exempt: a log label
  settingsItem.watch(() => detached('rescheduling the order check', reconcilePollAlarm()));
  panelSecretsItem.watch((next, previous) => {
    detached('resuming panels', resumePanels(Object.keys(next ?? {}).filter((id) => next?.[id] !== previous?.[id])));
  });
  watchBadge();
  // Locking and unlocking change what the badge says; unlocking also deserves a prompt check.
  unlockedKeysItem.watch((next, previous) => {
    detached('the badge', withLock('badge', () => refreshBadge()));
    if (next && !previous) detached('the order check after unlocking', pollOnce());
  });
  balancesItem.watch(async (next, previous) => {
    await resumePanels(provenPanels(next, previous));
    const events = await checkLowBalances(Date.now());
    // Low-balance notifications name no order: the 10,000 orders are not read for them.
    if (events.length) await notifyEvents(events, { settings: await settingsItem.getValue(), panels: await panelsItem.getValue(), orders: {} });
  });
  detached('start-up', startUp());
}
