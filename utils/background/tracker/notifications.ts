/**
 * Tracker events → desktop notifications, grouped per panel and kind. The click target is
 * encoded in the notification id itself, so a click still works after the worker restarted.
 */
import { browser } from 'wxt/browser';
import { formatMoney } from '../../money';
import { causeFor, hintFor } from '../../panel-api/errors';
import { own } from '../../own';
import type { TrackedOrder } from '../../orders/types';
import type { PanelProfile } from '../../panels/types';
import type { Settings } from '../../settings';
import { formatInt, shortLink } from '../../format';
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

const VERB: Record<string, string> = {
  'order:completed': 'completed',
  'order:partial': 'partially delivered',
  'order:canceled': 'canceled',
  'order:refunded': 'refunded',
  'order:failed': 'failed',
  'order:expired': 'expired (subscription)',
  'refill:completed': 'refill completed',
  'refill:rejected': 'refill rejected',
  'refill:failed': 'refill failed',
};

export interface NotificationText {
  title: string;
  message: string;
  /** Extension page to open on click. */
  target: string;
}

function orderTitle(order: TrackedOrder | undefined): string {
  return order ? `${order.service?.name ?? 'Order'} · ${shortLink(order.link, 40)}` : 'An order PanelPilot no longer tracks';
}

/** The panel's order id, from the stored order or else from its key (`panelId:orderId`). */
function orderIdOf(key: string, panelId: string, orders: Record<string, TrackedOrder>): string {
  return own(orders, key)?.orderId ?? (key.startsWith(`${panelId}:`) ? key.slice(panelId.length + 1) : key);
}

/** The text of one grouped notification. Pure: tested without a browser. */
export function describeGroup(group: EventGroup, panels: readonly PanelProfile[], orders: Record<string, TrackedOrder>): NotificationText {
  const panelName = panels.find((p) => p.id === group.panelId)?.name ?? 'a panel';
  const first = group.events[0]!;
  if (first.kind === 'auth') {
    // The panel's words, what it means, and what to do; checks resume once the panel is saved again.
    const kind = first.errorKind ?? 'auth';
    const title = kind === 'auth' ? `${panelName}: API key rejected` : `${panelName}: ${causeFor(kind)}`;
    const todo = kind === 'auth' ? 'open Settings and save the panel with a valid key.' : hintFor(kind);
    return { title, message: `${first.message}. Status checks are paused: ${todo}`, target: optionsPagePath() };
  }
  if (first.kind === 'low_balance') {
    return {
      title: `${panelName}: low balance`,
      message: `Balance ${formatMoney(first.balance, first.currency)} is under your warning level of ${formatMoney(first.threshold, first.currency)}. Add funds on the panel.`,
      target: '/popup.html',
    };
  }
  const keys = group.events.map((e) => (e.kind === 'order' || e.kind === 'refill' ? e.orderKey : ''));
  const verb = own(VERB, group.groupKey) ?? group.groupKey;
  if (group.events.length === 1) {
    const order = own(orders, keys[0]!);
    const id = orderIdOf(keys[0]!, group.panelId, orders);
    let detail = orderTitle(order);
    if (first.kind === 'order' && first.status === 'partial' && first.delivered !== null && first.quantity !== null) {
      detail = `${formatInt(first.delivered)} of ${formatInt(first.quantity)} delivered — ${detail}`;
    }
    return { title: `Order ${id} ${verb}`, message: `${detail} (${panelName})`, target: ordersPagePath({ order: keys[0]! }) };
  }
  // Partial deliveries say what arrived for each order: that is what the user acts on.
  const ids = group.events.map((e, i) => {
    const id = orderIdOf(keys[i]!, group.panelId, orders);
    return e.kind === 'order' && e.status === 'partial' && e.delivered !== null && e.quantity !== null ? `${id} (${formatInt(e.delivered)} of ${formatInt(e.quantity)})` : id;
  });
  const shown = ids.slice(0, 6).join(', ') + (ids.length > 6 ? ` and ${ids.length - 6} more` : '');
  const noun = first.kind === 'refill' ? 'orders: ' : 'orders ';
  return {
    title: `${group.events.length} ${noun}${verb} on ${panelName}`,
    message: `Orders ${shown}.`,
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
