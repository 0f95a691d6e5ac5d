import { describe, expect, it } from 'vitest';
import { D, service, tracked } from '../../../orders/__tests__/timeline';
import type { TrackedOrder } from '../../../orders/types';
import { planReminders, reminderText } from '../refill-reminders';

const R30 = service('Instagram Followers [R30]');
const on = { remindBeforeClose: true, remindDaysBefore: 3 };
const byKey = (...orders: TrackedOrder[]) => Object.fromEntries(orders.map((o) => [o.key, o]));
const refilled = { refills: [{ refillId: 'r', requestedAt: D, status: 'completed' as const, statusText: 'Completed', lastCheckedAt: null, missing: false }] };

describe('window-closing reminders', () => {
  const orders = byKey(
    tracked('p', '1', { doneAt: 0 }, { service: R30 }),
    tracked('p', '2', { doneAt: D }, { service: R30 }),
    tracked('p', '3', { doneAt: 0 }, { service: R30, ...refilled }),
    tracked('p', '4', { doneAt: 0 }, { service: service('Views [R∞]') }),
    tracked('q', '5', { doneAt: 0 }, { service: R30 }),
  );

  it('are opt-in', () => {
    const reminded: string[] = [];
    expect(planReminders(orders, { ...on, remindBeforeClose: false }, reminded, 28 * D)).toEqual({ groups: [], reminded });
  });

  it('name orders closing within the days chosen that never had a refill, grouped per panel, once per order', () => {
    const first = planReminders(orders, on, [], 27 * D + 1);
    expect(first.groups).toEqual([
      { panelId: 'p', orderKeys: ['p:1'], firstUntil: 30 * D },
      { panelId: 'q', orderKeys: ['q:5'], firstUntil: 30 * D },
    ]);
    const later = planReminders(orders, on, first.reminded, 28 * D + 1);
    expect(later.groups).toEqual([{ panelId: 'p', orderKeys: ['p:2'], firstUntil: 31 * D }]);
    const none = planReminders(orders, on, later.reminded, 29 * D);
    expect(none.groups).toEqual([]);
    expect(none.reminded).toBe(later.reminded);
    expect(planReminders(orders, on, [], 31 * D).groups).toEqual([]);
  });

  it('reads as a calm nudge', () => {
    const text = reminderText({ panelId: 'p', orderKeys: ['p:1', 'p:2'], firstUntil: 30 * D }, 'Panel A', () => '30 Jan');
    expect(text.title).toBe('Panel A: 2 refill windows close soon');
    expect(text.message).toContain('the first window ends 30 Jan');
  });
});
