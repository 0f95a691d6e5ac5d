/**
 * "Your refill window closes soon" (opt-in): once per order, for completed orders whose dated
 * guarantee ends within the chosen days and that never had a refill. Pure; nothing to remind
 * gives back the same `reminded` list, so nothing is written.
 */
import type { Guarantee } from '../../catalog/guarantee';
import { plural } from '../../i18n/messages';
import type { AutoRefillSettings } from '../../orders/auto-refill-settings';
import { guaranteeOfOrder, guaranteeWindow, isWindowClosingSoon } from '../../orders/guarantee-window';
import { DAY_MS } from '../../orders/order-times';
import type { TrackedOrder } from '../../orders/types';

export interface ReminderGroup {
  panelId: string;
  orderKeys: string[];
  /** The earliest end among them. */
  firstUntil: number;
}

export interface ReminderPlan {
  groups: ReminderGroup[];
  reminded: string[];
}

export function planReminders(
  orders: Record<string, TrackedOrder>,
  settings: Pick<AutoRefillSettings, 'remindBeforeClose' | 'remindDaysBefore'>,
  reminded: string[],
  now: number,
  guaranteeOf: (order: TrackedOrder) => Guarantee = guaranteeOfOrder,
): ReminderPlan {
  if (!settings.remindBeforeClose) return { groups: [], reminded };
  const already = new Set(reminded);
  const withinMs = Math.max(0, settings.remindDaysBefore) * DAY_MS;
  const groups = new Map<string, ReminderGroup>();
  for (const order of Object.values(orders)) {
    if (order.missing || order.refills.length > 0 || already.has(order.key)) continue;
    const window = guaranteeWindow(order, guaranteeOf(order));
    if (window.kind !== 'dated' || !isWindowClosingSoon(window, now, withinMs)) continue;
    const group = groups.get(order.panelId) ?? { panelId: order.panelId, orderKeys: [], firstUntil: window.until };
    group.orderKeys.push(order.key);
    group.firstUntil = Math.min(group.firstUntil, window.until);
    groups.set(order.panelId, group);
  }
  if (groups.size === 0) return { groups: [], reminded };
  const added = [...groups.values()].flatMap((g) => g.orderKeys);
  // Keys of orders no longer tracked are dropped while the list is written anyway.
  return { groups: [...groups.values()], reminded: [...reminded.filter((k) => Object.hasOwn(orders, k)), ...added] };
}

export function reminderText(group: ReminderGroup, panelName: string, formatDate: (at: number) => string): { title: string; message: string } {
  const n = group.orderKeys.length;
  return {
    title: plural('notifications_refillWindowsClose', n, panelName),
    message: plural('notifications_refillWindowsNever', n, formatDate(group.firstUntil)),
  };
}
