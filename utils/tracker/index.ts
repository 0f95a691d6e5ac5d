/** The order tracker's wiring: listeners registered synchronously, then reconciled state. */
import { browser } from 'wxt/browser';
import type { MessageHandlers } from '../messaging';
import { ordersItem, panelSecretsItem, settingsItem, trackerStateItem, unconfirmedItem, balancesItem, panelsItem } from '../storage';
import { withLock } from '../background/lock';
import { POLL_ALARM, reconcilePollAlarm } from './alarms';
import { checkLowBalances, pollOnce, refreshBadge } from './poll-cycle';
import { notifyEvents, registerNotificationClicks } from './notifications';

export const trackerHandlers: Pick<MessageHandlers, 'tracker.checkNow'> = {
  'tracker.checkNow': async () => {
    const { checked, changed, errors } = await pollOnce({ force: true });
    return { checked, changed, errors };
  },
};

/** A panel saved with a (new) key gets another chance: lift its auth pause. */
async function resumePanels(changedIds: string[]): Promise<void> {
  await withLock('tracker', async () => {
    const state = await trackerStateItem.getValue();
    const paused = changedIds.filter((id) => state.panels[id]?.pausedForAuth);
    if (paused.length === 0) return;
    const panels = { ...state.panels };
    for (const id of paused) panels[id] = { ...panels[id]!, pausedForAuth: false, nextAttemptAt: null, failures: 0 };
    await trackerStateItem.setValue({ ...state, panels });
  });
}

export function registerTracker(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === POLL_ALARM) void pollOnce();
  });
  registerNotificationClicks();
  settingsItem.watch(() => void reconcilePollAlarm());
  panelSecretsItem.watch((next, previous) => {
    const changed = Object.keys(next ?? {}).filter((id) => next?.[id] !== previous?.[id]);
    void resumePanels(changed).then(refreshBadge);
  });
  ordersItem.watch(() => void refreshBadge());
  unconfirmedItem.watch(() => void refreshBadge());
  balancesItem.watch(async () => {
    const events = await checkLowBalances(Date.now());
    if (events.length) await notifyEvents(events, { settings: await settingsItem.getValue(), panels: await panelsItem.getValue(), orders: await ordersItem.getValue() });
  });
  void reconcilePollAlarm().then(refreshBadge);
}
