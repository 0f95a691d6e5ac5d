/**
 * The poll alarm, reconciled at every worker start and whenever settings change (Bitwarden's
 * pattern: the desired alarm is derived from stored settings and compared with what the
 * browser holds). Alarms survive worker eviction and, in Chrome, browser restarts.
 */
import { browser } from 'wxt/browser';
import { settingsItem } from '../../storage';

export const POLL_ALARM = 'panelpilot-poll';

export async function reconcilePollAlarm(): Promise<void> {
  const settings = await settingsItem.getValue();
  const periodInMinutes = Math.max(1 / 60, settings.pollIntervalSec / 60);
  const existing = await browser.alarms.get(POLL_ALARM);
  if (existing && Math.abs((existing.periodInMinutes ?? 0) - periodInMinutes) < 1e-9) return;
  await browser.alarms.create(POLL_ALARM, { periodInMinutes, delayInMinutes: periodInMinutes });
}
