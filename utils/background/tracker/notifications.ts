/**
 * Tracker events → desktop notifications, grouped per panel and kind. The click target is
 * encoded in the notification id itself, so a click still works after the worker restarted.
 */
import { browser } from 'wxt/browser';
import type { MessageKey, PluralKey } from '../../i18n/keys';
import { plural, t } from '../../i18n/messages';
import { languageReady } from '../../i18n/worker-language';
import { shownMoney } from '../../i18n/shown-money';
import { causeFor, hintFor } from '../../panel-api/errors';
import { own } from '../../own';
import type { TrackedOrder } from '../../orders/types';
import type { PanelProfile } from '../../panels/types';
import type { Settings } from '../../settings';
import { shortLink } from '../../format';
import { extensionUrl } from '../../extension-url';
import { optionsPagePath, ordersPagePath } from '../../page-urls';
import { notificationListsItem } from '../../storage';
import { groupEvents, settingFor, type EventGroup, type TrackerEvent } from './events';

export const PREFIX = 'pp|';
/** Notification ids above ~500 characters are dropped without an error (Chromium 156). */
export const MAX_TARGET_LENGTH = 300;
/** How many long lists are kept for clicks (older notifications then open the plain page). */
const LISTS_KEPT = 50;
export const ICON = '/icon/128.png';

/** Per group kind: the title for one order and the plural one for several (whole sentences, so each language words them). */
const TITLES: ReadonlyMap<string, { one: MessageKey; several: PluralKey }> = new Map([
  ['order:completed', { one: 'notifications_orderCompleted', several: 'notifications_ordersCompleted' }],
  ['order:partial', { one: 'notifications_orderPartial', several: 'notifications_ordersPartial' }],
  ['order:canceled', { one: 'notifications_orderCanceled', several: 'notifications_ordersCanceled' }],
  ['order:refunded', { one: 'notifications_orderRefunded', several: 'notifications_ordersRefunded' }],
  ['order:failed', { one: 'notifications_orderFailed', several: 'notifications_ordersFailed' }],
  ['order:expired', { one: 'notifications_orderExpired', several: 'notifications_ordersExpired' }],
  ['refill:completed', { one: 'notifications_refillCompleted', several: 'notifications_refillsCompleted' }],
  ['refill:rejected', { one: 'notifications_refillRejected', several: 'notifications_refillsRejected' }],
  ['refill:failed', { one: 'notifications_refillFailed', several: 'notifications_refillsFailed' }],
]);

export interface NotificationText {
  title: string;
  message: string;
  /** Extension page to open on click. */
  target: string;
}

function orderTitle(order: TrackedOrder | undefined): string {
  if (!order) return t('notifications_untrackedOrder');
  const link = shortLink(order.link, 40);
  return order.service?.name ? t('notifications_serviceAndLink', order.service.name, link) : t('notifications_orderAndLink', link);
}

/** The panel's order id, from the stored order or else from its key (`panelId:orderId`). */
function orderIdOf(key: string, panelId: string, orders: Record<string, TrackedOrder>): string {
  return own(orders, key)?.orderId ?? (key.startsWith(`${panelId}:`) ? key.slice(panelId.length + 1) : key);
}

/** The text of one grouped notification, in the worker's language (languageReady). Pure: tested without a browser. */
export function describeGroup(group: EventGroup, panels: readonly PanelProfile[], orders: Record<string, TrackedOrder>): NotificationText {
  const panelName = panels.find((p) => p.id === group.panelId)?.name ?? t('notifications_somePanel');
  const first = group.events[0]!;
  if (first.kind === 'auth') {
    // The panel's words, what it means, and what to do; checks resume once the panel is saved again.
    const kind = first.errorKind ?? 'auth';
    if (kind === 'auth') return { title: t('notifications_keyRejected', panelName), message: t('notifications_pausedSaveKey', first.message), target: optionsPagePath() };
    return { title: t('notifications_panelCause', panelName, causeFor(kind)), message: t('notifications_paused', first.message, hintFor(kind)), target: optionsPagePath() };
  }
  if (first.kind === 'low_balance') {
    return {
      title: t('notifications_lowBalanceTitle', panelName),
      message: t('notifications_lowBalance', shownMoney(first.balance, first.currency), shownMoney(first.threshold, first.currency)),
      target: '/popup.html',
    };
  }
  const keys = group.events.map((e) => (e.kind === 'order' || e.kind === 'refill' ? e.orderKey : ''));
  const titles = TITLES.get(group.groupKey);
  const n = group.events.length;
  if (n === 1) {
    const order = own(orders, keys[0]!);
    const id = orderIdOf(keys[0]!, group.panelId, orders);
    let detail = orderTitle(order);
    if (first.kind === 'order' && first.status === 'partial' && first.delivered !== null && first.quantity !== null) {
      detail = t('notifications_partialDetail', first.delivered, first.quantity, detail);
    }
    const title = titles ? t(titles.one, id) : t('notifications_orderOther', id, group.groupKey);
    return { title, message: t('notifications_detailOnPanel', detail, panelName), target: ordersPagePath({ order: keys[0]! }) };
  }
  // Partial deliveries say what arrived for each order: that is what the user acts on.
  const ids = group.events.map((e, i) => {
    const id = orderIdOf(keys[i]!, group.panelId, orders);
    return e.kind === 'order' && e.status === 'partial' && e.delivered !== null && e.quantity !== null ? t('notifications_partialId', id, e.delivered, e.quantity) : id;
  });
  const listed = ids.slice(0, 6).join(', '); // i18n-exempt: a separator between order ids
  const shown = ids.length > 6 ? plural('notifications_idsAndMore', ids.length - 6, listed) : listed;
  return {
    title: titles ? plural(titles.several, n, panelName) : plural('notifications_ordersOther', n, panelName, group.groupKey),
    message: t('notifications_orderList', shown),
    target: ordersPagePath({ keys }),
  };
}

/** A notification ready to be shown: its id carries the click target. */
export interface PlannedNotification {
  id: string;
  title: string;
  message: string;
}

export interface NotificationPlan {
  notes: PlannedNotification[];
  /** The lists of order keys behind long targets, when this plan added one (to be stored before showing). */
  lists: Record<string, string[]> | null;
}

/** Keys of a group's orders, kept under a short token when the target is too long for an id. */
function shortTarget(target: string, group: EventGroup, lists: Record<string, string[]>): { target: string; lists: Record<string, string[]> } {
  if (target.length <= MAX_TARGET_LENGTH) return { target, lists };
  const keys = group.events.flatMap((e) => (e.kind === 'order' || e.kind === 'refill' ? [e.orderKey] : []));
  const token = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
  const kept = Object.entries(lists).slice(-(LISTS_KEPT - 1));
  return { target: ordersPagePath({ list: token }), lists: { ...Object.fromEntries(kept), [token]: keys } };
}

/**
 * The notifications `events` make, planned without storing or showing anything: the poll
 * cycle stores the new lists in its one write, then shows them. `readLists` is called only
 * when a target is too long for an id.
 */
export async function planNotifications(
  events: readonly TrackerEvent[],
  context: { settings: Settings; panels: readonly PanelProfile[]; orders: Record<string, TrackedOrder> },
  readLists: () => Promise<Record<string, string[]>>,
): Promise<NotificationPlan> {
  await languageReady();
  const wanted = events.filter((e) => {
    const setting = settingFor(e);
    return setting === null || context.settings.notify[setting];
  });
  const notes: PlannedNotification[] = [];
  let lists: Record<string, string[]> | null = null;
  for (const group of groupEvents(wanted)) {
    const text = describeGroup(group, context.panels, context.orders);
    let target = text.target;
    if (target.length > MAX_TARGET_LENGTH) ({ target, lists } = shortTarget(target, group, lists ?? (await readLists())));
    notes.push({ id: `${PREFIX}${target}|${group.groupKey}|${Date.now()}`, title: text.title, message: text.message });
  }
  return { notes, lists };
}

export async function showNotifications(notes: readonly PlannedNotification[]): Promise<void> {
  for (const note of notes) {
    try {
      await browser.notifications.create(note.id, { type: 'basic', iconUrl: ICON, title: note.title, message: note.message, priority: 1 });
    } catch (error) {
      console.warn('PanelPilot: notification failed', error instanceof Error ? error.message : error);
    }
  }
}

/** Plans, stores the lists (if any) and shows: for notifications outside the poll cycle's write. */
export async function notifyEvents(
  events: readonly TrackerEvent[],
  context: { settings: Settings; panels: readonly PanelProfile[]; orders: Record<string, TrackedOrder> },
): Promise<void> {
  const plan = await planNotifications(events, context, () => notificationListsItem.getValue());
  if (plan.lists) await notificationListsItem.setValue(plan.lists);
  await showNotifications(plan.notes);
}

/** Registered synchronously at worker start. */
export function registerNotificationClicks(): void {
  browser.notifications.onClicked.addListener((id) => {
    if (!id.startsWith(PREFIX)) return;
    const target = id.slice(PREFIX.length).split('|')[0] ?? ordersPagePath();
    void browser.tabs.create({ url: extensionUrl(target) });
    void browser.notifications.clear(id);
  });
}
