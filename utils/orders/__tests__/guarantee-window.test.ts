import { describe, expect, it } from 'vitest';
import { guaranteeWindow, isWindowClosingSoon, isWindowOpen, matchesRefillWindow } from '../guarantee-window';
import { orderTimes } from '../order-times';
import { D, H, service, tracked } from './timeline';

const R30 = service('Instagram Followers [R30] [1H - 1K/Day]');

describe('order times from the status history', () => {
  it('placed, started and delivered as the tracker saw them', () => {
    const o = tracked('p', '1', { placedAt: 1000, startedAt: 1000 + H, doneAt: 1000 + 5 * H });
    expect(orderTimes(o)).toEqual({ placedAt: 1000, startedAt: 1000 + H, finishedAt: 1000 + 5 * H, deliveredAt: 1000 + 5 * H });
  });
  it('an order imported already completed has no known completion time, and no placement time', () => {
    const o = tracked('p', '1', {}, { source: 'import', history: [{ at: 9 * D, status: 'completed', statusText: 'Imported: Completed' }] });
    expect(orderTimes(o)).toEqual({ placedAt: null, startedAt: null, finishedAt: null, deliveredAt: null });
  });
  it('a jump from pending straight to completed has no known start', () => {
    expect(orderTimes(tracked('p', '1', { startedAt: null })).startedAt).toBeNull();
  });
  it('a canceled order finished but delivered nothing', () => {
    const times = orderTimes(tracked('p', '1', { status: 'canceled', doneAt: 2 * H }));
    expect(times.finishedAt).toBe(2 * H);
    expect(times.deliveredAt).toBeNull();
  });
});

describe('the guarantee window of an order', () => {
  it('30 days from completion; open before its end, closing in its last 3 days', () => {
    const o = tracked('p', '1', { doneAt: 10 * D }, { service: R30 });
    const w = guaranteeWindow(o);
    expect(w).toEqual({ kind: 'dated', from: 10 * D, until: 40 * D, days: 30, auto: false });
    expect(isWindowOpen(w, 10 * D)).toBe(true);
    expect(isWindowOpen(w, 40 * D - 1)).toBe(true);
    expect(isWindowOpen(w, 40 * D)).toBe(false);
    expect(isWindowClosingSoon(w, 36 * D)).toBe(false);
    expect(isWindowClosingSoon(w, 37 * D)).toBe(true);
    expect(matchesRefillWindow(o, 'open', 20 * D)).toBe(true);
    expect(matchesRefillWindow(o, 'closing', 20 * D)).toBe(false);
    expect(matchesRefillWindow(o, 'closing', 38 * D)).toBe(true);
    expect(matchesRefillWindow(o, 'open', 41 * D)).toBe(false);
  });
  it('a partial order is covered too; lifetime has no end and never "closes"', () => {
    const o = tracked('p', '1', { status: 'partial', doneAt: D }, { service: service('Youtube Views [10M] [R∞]') });
    const w = guaranteeWindow(o);
    expect(w).toEqual({ kind: 'lifetime', from: D, auto: false });
    expect(isWindowOpen(w, 5000 * D)).toBe(true);
    expect(matchesRefillWindow(o, 'closing', 5000 * D)).toBe(false);
  });
  it.each([
    ['no guarantee', tracked('p', '1', {}, { service: service('Likes [NO REFILL]') }), 'This service has no refill guarantee.'],
    ['days not stated', tracked('p', '1', {}, { service: service('Likes ♻') }), 'The service offers refills but does not say for how long.'],
    ['not completed yet', tracked('p', '1', { doneAt: null }, { service: R30 }), 'The guarantee starts when the order is completed.'],
    ['canceled', tracked('p', '1', { status: 'canceled' }, { service: R30 }), 'The guarantee starts when the order is completed.'],
    [
      'completed before tracking',
      tracked('p', '1', {}, { service: R30, source: 'import', history: [{ at: 0, status: 'completed', statusText: 'Imported: Completed' }] }),
      'It completed before PanelPilot tracked it, so the guarantee’s start is unknown.',
    ],
  ])('no window: %s', (_, o, reason) => {
    expect(guaranteeWindow(o)).toEqual({ kind: 'none', reason });
    expect(matchesRefillWindow(o, 'open', 1)).toBe(false);
  });
  it('an order the panel does not know matches no refill filter', () => {
    expect(matchesRefillWindow(tracked('p', '1', {}, { service: R30, missing: true }), 'open', 6 * H)).toBe(false);
  });
});
