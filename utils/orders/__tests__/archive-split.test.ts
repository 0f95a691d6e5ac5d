/** The rule that keeps `local:orders` small (utils/orders/archive-split.ts). */
import { describe, expect, it } from 'vitest';
import { order } from '../../../testing/orders';
import type { TrackedOrder } from '../types';
import { archiveChunkId, isArchivable, mergeOrderParts, planArchiveMove } from '../archive-split';

const DAY = 24 * 3_600_000;
const byKey = (list: TrackedOrder[]) => Object.fromEntries(list.map((o) => [o.key, o]));
const finished = (n: number, from = 0) => Array.from({ length: n }, (_, i) => order('p', `f${from + i}`, { status: 'completed', createdAt: (from + i) * 60_000 }));

describe('which orders move to the archive', () => {
  it('moves nothing until more than twice the kept number are finished', () => {
    expect(planArchiveMove(byKey(finished(10)), 5, 10)).toBeNull();
    expect(planArchiveMove(byKey(finished(11)), 5, 10)).not.toBeNull();
    expect(planArchiveMove(byKey([...finished(10), order('p', 'running', { status: 'in_progress' })]), 5, 10)).toBeNull();
  });

  it('keeps every running order and the newest finished ones; every archived order is older than every kept finished one', () => {
    const running = [order('p', 'old-running', { status: 'in_progress', createdAt: -DAY }), order('p', 'new-running', { status: 'pending', createdAt: 10 * DAY })];
    const plan = planArchiveMove(byKey([...finished(11), ...running]), 5, 10)!;
    expect(Object.keys(plan.kept).sort()).toEqual(['p:f10', 'p:f6', 'p:f7', 'p:f8', 'p:f9', 'p:new-running', 'p:old-running'].sort());
    const moved = [...plan.chunks.values()].flat();
    expect(moved.map((o) => o.key).sort()).toEqual(['p:f0', 'p:f1', 'p:f2', 'p:f3', 'p:f4', 'p:f5']);
    const oldestKept = Math.min(...Object.values(plan.kept).filter(isArchivable).map((o) => o.createdAt));
    expect(moved.every((o) => o.createdAt < oldestKept)).toBe(true);
  });

  it('keeps a finished order whose refill the tracker still follows', () => {
    const refilling = order('p', 'refilling', { status: 'completed', createdAt: -DAY, refills: [{ refillId: '9', requestedAt: 0, status: 'pending', statusText: 'Pending', lastCheckedAt: null, missing: false }] });
    expect(isArchivable(refilling)).toBe(false);
    const plan = planArchiveMove(byKey([...finished(11), refilling]), 5, 10)!;
    expect(plan.kept['p:refilling']).toBe(refilling);
  });

  it('puts each order in the chunk of its week, whatever batch it moves in', () => {
    expect(archiveChunkId(Date.UTC(2026, 7, 27, 12))).toBe(archiveChunkId(Date.UTC(2026, 7, 28, 23)));
    expect(archiveChunkId(Date.UTC(2026, 7, 27))).not.toBe(archiveChunkId(Date.UTC(2026, 8, 5)));
    expect(archiveChunkId(Number.NaN)).toBe('1970-01-01');
    const list = finished(30).map((o, i) => ({ ...o, createdAt: Date.UTC(2026, 0, 1) + i * DAY }));
    const plan = planArchiveMove(byKey(list), 5, 10)!;
    for (const [id, chunk] of plan.chunks) expect(chunk.every((o) => archiveChunkId(o.createdAt) === id)).toBe(true);
    expect(plan.chunks.size).toBe(4);
  });
});

describe('every order, read from both places', () => {
  it('counts an order in both once, the copy in local:orders winning', () => {
    const archived = order('p', '1', { status: 'completed', statusText: 'Completed (archived copy)' });
    const kept = { ...archived, statusText: 'Completed' };
    const all = mergeOrderParts({ [kept.key]: kept }, [{ [archived.key]: archived, 'p:2': order('p', '2') }]);
    expect(Object.keys(all).sort()).toEqual(['p:1', 'p:2']);
    expect(all['p:1']!.statusText).toBe('Completed');
  });
});
