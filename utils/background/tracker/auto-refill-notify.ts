/**
 * Auto-refill's notifications: rejected auto refills (one per panel), a panel where it
 * stopped, and the opt-in "refill windows close soon". Same id scheme as the tracker's
 * (notifications.ts: `pp|<page>|<kind>|<time>`), so a click opens the page after a restart too.
 */
import { browser } from 'wxt/browser';
import type { PanelProfile } from '../../panels/types';
import { t } from '../../i18n/messages';
import { formatDateTime } from '../../i18n/intl-format';
import { languageReady } from '../../i18n/worker-language';
import { autoRefillNoticeText, type AutoRefillNotice } from './auto-refill-outcomes';
import { reminderText, type ReminderGroup } from './refill-reminders';
import { MAX_TARGET_LENGTH } from './notifications';

const ICON = '/icon/128.png';

/** The orders page showing these orders; the whole page when the list is too long for an id. */
export function ordersTarget(keys: readonly string[]): string {
  const target = `/orders.html?keys=${encodeURIComponent(keys.join(','))}`;
  return target.length <= MAX_TARGET_LENGTH ? target : '/orders.html';
}

async function show(kind: string, target: string, text: { title: string; message: string }): Promise<void> {
  try {
    await browser.notifications.create(`pp|${target}|${kind}|${Date.now()}`, { type: 'basic', iconUrl: ICON, title: text.title, message: text.message, priority: 1 });
  } catch (error) {
    console.warn('PanelPilot: notification failed', error instanceof Error ? error.message : error);
  }
}


const nameOf = (panels: readonly PanelProfile[], id: string) => panels.find((p) => p.id === id)?.name ?? t('notifications_somePanelStart');

export async function notifyAutoRefill(notices: readonly AutoRefillNotice[], panels: readonly PanelProfile[]): Promise<void> {
  if (notices.length) await languageReady();
  for (const notice of notices) {
    const target = notice.kind === 'stopped' ? '/options.html#auto-refill' : ordersTarget(notice.orderKeys);
    // The panel in the id: two panels told in the same millisecond must not share one notification.
    await show(`auto-refill:${notice.kind}:${notice.panelId}`, target, autoRefillNoticeText(notice, nameOf(panels, notice.panelId)));
  }
}

export async function notifyReminders(groups: readonly ReminderGroup[], panels: readonly PanelProfile[]): Promise<void> {
  if (groups.length) await languageReady();
  for (const group of groups) await show(`refill:window:${group.panelId}`, ordersTarget(group.orderKeys), reminderText(group, nameOf(panels, group.panelId), (at) => formatDateTime(at)));
}
