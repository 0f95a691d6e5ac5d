/**
 * Status history stays small: a panel that reports "In progress (n%)" on every poll made
 * 5,000 entries in a week. Same status with only a number moving is one entry; the whole
 * list is capped, keeping the first (placed or imported) and the latest changes.
 */
import { describe, expect, it } from 'vitest';
import { HISTORY_CAP } from '../../../orders/schema';
import type { TrackedOrder } from '../../../orders/types';
import { checkOrders } from '../../../storage-check';
import { applyCycle } from '../core';
import { batch, emptyState, order, statusInfo } from '../../../../testing/orders';

/** The status of a word, as the panel client reads it ("In progress (45%)" is still in progress). */
const statusOf = (word: string) => (/^in progress/i.test(word) ? 'in_progress' : /^partial/i.test(word) ? 'partial' : /^completed/i.test(word) ? 'completed' : 'pending');

function poll(words: string[]) {
  let orders: Record<string, TrackedOrder> = { 'p:1': order('p', '1', { history: [{ at: 0, status: 'pending', statusText: 'Placed' }] }) };
  words.forEach((word, i) => {
    orders = applyCycle(orders, [{ panelId: 'p', statuses: batch({ '1': { ok: true, value: { ...statusInfo(word, 100, '0.9'), status: statusOf(word) } } }), refills: null }], emptyState(), i + 1).orders;
  });
  return orders;
}

describe('status history', () => {
  it('5,000 answers of "In progress (n%)" are one entry, with the latest text and the time the status began', () => {
    const orders = poll(Array.from({ length: 5000 }, (_, i) => `In progress (${i % 100}%)`));
    expect(orders['p:1']!.history).toEqual([
      { at: 0, status: 'pending', statusText: 'Placed' },
      { at: 1, status: 'in_progress', statusText: 'In progress (99%)' },
    ]);
    expect(checkOrders(orders)).toEqual({ value: orders, lost: false });
  });

  it('real changes are kept; past the cap, the first entry and the latest ones', () => {
    const words = Array.from({ length: 200 }, (_, i) => (i % 2 ? 'In progress' : 'Pending'));
    const history = poll(words)['p:1']!.history;
    expect(history).toHaveLength(HISTORY_CAP);
    expect(history[0]).toEqual({ at: 0, status: 'pending', statusText: 'Placed' });
    expect(history.at(-1)).toEqual({ at: 200, status: 'in_progress', statusText: 'In progress' });
    expect(poll(['In progress (5%)', 'Partial (5%)', 'Completed'])['p:1']!.history.map((h) => h.statusText)).toEqual(['Placed', 'In progress (5%)', 'Partial (5%)', 'Completed']);
  });
});
