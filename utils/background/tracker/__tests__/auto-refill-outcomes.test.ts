import { describe, expect, it } from 'vitest';
import { panelError } from '../../../panel-api/errors';
import type { TrackerEvent } from '../events';
import { EMPTY_AUTO_REFILL_STATE, type AutoRefillState } from '../../../tracker-state/auto-refill-state';
import {
  applyAskResults,
  applyRefillEvents,
  askFailure,
  autoRefillNotices,
  autoRefillNoticeText,
  refillLimitFromText,
  resumePanel,
  splitAutoRefillEvents,
  type AskResult,
} from '../auto-refill-outcomes';

const H = 3_600_000;
const accepted = (orderKey: string, refillId: string, panelId = 'p'): AskResult => ({ panelId, orderKey, result: { ok: true, value: { refillId } } });
const refused = (orderKey: string, message: string, kind: 'validation' | 'rejected' | 'timeout' | 'not_found' = 'validation', panelId = 'p'): AskResult => ({
  panelId,
  orderKey,
  result: { ok: false, error: panelError(kind, message) },
});
const refillEvent = (orderKey: string, refillId: string, status: 'completed' | 'rejected' | 'failed', panelId = 'p'): TrackerEvent => ({
  kind: 'refill',
  id: `${orderKey}:refill:${refillId}:${status}`,
  panelId,
  orderKey,
  refillId,
  status,
});

describe('the panel’s answers to auto-refill asks', () => {
  it('an accepted ask is remembered as auto-refill’s own; no answer at all changes nothing', () => {
    const update = applyAskResults(EMPTY_AUTO_REFILL_STATE, [accepted('p:1', '501')], 3, 10);
    expect(update.state.autoRefills).toEqual(['p:1|501']);
    expect(applyAskResults(EMPTY_AUTO_REFILL_STATE, [], 3, 10).state).toBe(EMPTY_AUTO_REFILL_STATE);
  });

  it('an ask accepted without a refill id is not remembered (its end can never be matched) and counts as no rejection', () => {
    const update = applyAskResults(EMPTY_AUTO_REFILL_STATE, [{ panelId: 'p', orderKey: 'p:1', result: { ok: true, value: { refillId: null } } }], 1, 10);
    expect(update.state).toBe(EMPTY_AUTO_REFILL_STATE);
    expect(update.stopped).toEqual([]);
  });

  it('stops a panel after N refusals in a row, once, with the reason; a resume starts the count over', () => {
    let state: AutoRefillState = EMPTY_AUTO_REFILL_STATE;
    const first = applyAskResults(state, [refused('p:1', 'Refill is disabled for this service'), refused('p:2', 'Refill is disabled for this service')], 3, 10);
    expect(first.stopped).toEqual([]);
    expect(first.state.panels.p!.rejectedInRow).toBe(2);
    const third = applyAskResults(first.state, [refused('p:3', 'Refill is disabled for this service'), refused('p:4', 'Refill is disabled for this service')], 3, 20);
    expect(third.stopped).toEqual([{ panelId: 'p', reason: expect.stringContaining('rejected 3 refills in a row (last: “Refill is disabled for this service”)') }]);
    state = third.state;
    expect(state.panels.p!.stopped).toEqual({ at: 20, reason: third.stopped[0]!.reason });
    expect(state.panels.p!.rejectedInRow).toBe(4);
    state = resumePanel(state, 'p');
    expect(state.panels.p).toMatchObject({ stopped: null, rejectedInRow: 0 });
    expect(resumePanel(state, 'p')).toBe(state);
  });

  it('only a refusal of the refill counts: network trouble, an unknown order and a refill still running do not', () => {
    const results = [
      refused('p:1', 'The panel did not answer in time.', 'timeout'),
      refused('p:2', 'Incorrect order ID', 'not_found'),
      refused('p:3', 'The refill task is not completed for this order'),
    ];
    const update = applyAskResults(EMPTY_AUTO_REFILL_STATE, results, 1, 10);
    expect(update.state).toBe(EMPTY_AUTO_REFILL_STATE);
    expect(update.stopped).toEqual([]);
  });

  it('learns the panel’s own limit from its answer, and keeps the longest', () => {
    const update = applyAskResults(EMPTY_AUTO_REFILL_STATE, [refused('p:1', 'You can request a refill once every 48 hours')], 1, 10);
    expect(update.state.panels.p!.limitMs).toBe(48 * H);
    expect(update.state.panels.p!.rejectedInRow).toBe(0);
    expect(applyAskResults(update.state, [refused('p:1', 'Refill is available after 24 hours')], 1, 10).state).toBe(update.state);
  });

  it.each([
    ['You can request a refill once every 24 hours', 24 * H],
    ['Refill is available after 72 hours from completion', 72 * H],
    ['Refill allowed once a day', 24 * H],
    ['Please wait 30 minutes before the next refill', 0.5 * H],
    ['Refill is disabled for this service', null],
    ['Try again in 5 minutes', null],
  ])('refill limit in “%s”', (text, ms) => {
    expect(refillLimitFromText(text)).toBe(ms);
  });

  it('classifies ask failures', () => {
    expect(askFailure(panelError('rate_limited', 'Too many requests'))).toBe('transient');
    expect(askFailure(panelError('validation', 'Refill is disabled for this service'))).toBe('rejected');
    expect(askFailure(panelError('rejected', 'Refill period is over'))).toBe('rejected');
    expect(askFailure(panelError('validation', 'Refill already requested'))).toBe('busy');
  });
});

describe('refill ends as the tracker saw them', () => {
  it('rejected and failed refills count toward stopping; a completed one resets the count', () => {
    const two = applyRefillEvents(EMPTY_AUTO_REFILL_STATE, [refillEvent('p:1', '1', 'rejected'), refillEvent('p:2', '2', 'failed')], 3, 5);
    expect(two.state.panels.p!.rejectedInRow).toBe(2);
    const reset = applyRefillEvents(two.state, [refillEvent('p:3', '3', 'completed')], 3, 6);
    expect(reset.state.panels.p).toMatchObject({ rejectedInRow: 0, lastRejection: null });
    expect(applyRefillEvents(reset.state, [refillEvent('p:3', '3', 'completed')], 3, 7).state).toBe(reset.state);
    const stop = applyRefillEvents(two.state, [refillEvent('p:4', '4', 'rejected')], 3, 8);
    expect(stop.stopped).toHaveLength(1);
    expect(stop.state.panels.p!.stopped?.reason).toContain('refill 4 rejected');
  });

  it('auto-refill’s own outcomes are split off; only rejections and stops are notified, grouped per panel', () => {
    const state: AutoRefillState = { ...EMPTY_AUTO_REFILL_STATE, autoRefills: ['p:1|1', 'p:2|2', 'q:3|3'] };
    const events = [refillEvent('p:1', '1', 'rejected'), refillEvent('p:2', '2', 'failed'), refillEvent('q:3', '3', 'completed', 'q'), refillEvent('p:9', '9', 'completed')];
    const { auto, other } = splitAutoRefillEvents(events, state);
    expect(auto.map((e) => e.refillId)).toEqual(['1', '2', '3']);
    expect(other.map((e) => e.kind === 'refill' && e.refillId)).toEqual(['9']);
    const notices = autoRefillNotices(auto, [{ panelId: 'p', reason: 'Auto-refill stopped: …' }]);
    expect(notices).toEqual([
      { kind: 'rejected', panelId: 'p', orderKeys: ['p:1', 'p:2'] },
      { kind: 'stopped', panelId: 'p', reason: 'Auto-refill stopped: …' },
    ]);
    expect(autoRefillNoticeText(notices[0]!, 'Panel A').title).toBe('Panel A: 2 auto-refills were rejected');
    expect(autoRefillNoticeText(notices[1]!, 'Panel A')).toEqual({ title: 'Panel A: auto-refill stopped', message: 'Auto-refill stopped: …' });
  });
});
