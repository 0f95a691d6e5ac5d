import { describe, expect, it } from 'vitest';
import { panelError } from '../../../panel-api/errors';
import type { UnconfirmedAttempt } from '../../../orders/types';
import { afterFailure, freshPollState } from '../backoff';
import { BADGE_NORMAL, BADGE_WARNING, badgeView } from '../badge';
import { emptyState, order } from '../../../../testing/orders';

const orders = Object.fromEntries(
  [
    order('a', '1'),
    order('a', '2', { status: 'unknown', statusText: 'Verifying' }),
    order('b', '3', { status: 'in_progress', statusText: 'In progress' }),
    order('a', '4', { status: 'completed', statusText: 'Completed' }),
    order('a', '5', { missing: true }),
  ].map((o) => [o.key, o]),
);
const panels = [{ id: 'a' }, { id: 'b' }];
const attempt: UnconfirmedAttempt = { id: 'u', panelId: 'a', serviceId: '1', serviceName: 'x', link: null, quantity: 1, estimatedCharge: null, attemptedAt: 0, reason: 'timeout', runs: null, interval: null, source: 'quick-order', service: null };

describe('the badge', () => {
  it('counts active orders (not finished, not missing) in the normal colour', () => {
    expect(badgeView(orders, [], emptyState(), panels)).toEqual({ text: '3', color: BADGE_NORMAL, title: 'PanelPilot — 3 active orders' });
  });

  it('warns while the passphrase lock is closed, because nothing is checked', () => {
    expect(badgeView(orders, [], emptyState(), panels, true)).toEqual({ text: '3', color: BADGE_WARNING, title: 'PanelPilot — 3 active orders, locked: unlock to check orders' });
    expect(badgeView({}, [], emptyState(), panels, true)).toMatchObject({ text: '!', color: BADGE_WARNING });
  });

  it('is empty with nothing active and nothing wrong', () => {
    expect(badgeView({}, [], emptyState(), panels)).toMatchObject({ text: '', color: BADGE_NORMAL });
  });

  it('warns while a panel is failing or paused for its key', () => {
    const failing = { ...emptyState(), panels: { b: afterFailure(freshPollState(), panelError('server', 'HTTP 500'), 0) } };
    expect(badgeView(orders, [], failing, panels)).toMatchObject({ text: '3', color: BADGE_WARNING, title: 'PanelPilot — 3 active orders, 1 panel not answering' });
    const paused = { ...emptyState(), panels: { a: afterFailure(freshPollState(), panelError('auth', 'Invalid API key'), 0) } };
    expect(badgeView({}, [], paused, panels)).toMatchObject({ text: '!', color: BADGE_WARNING });
  });

  it('warns while unconfirmed orders wait for the user', () => {
    expect(badgeView(orders, [attempt], emptyState(), panels)).toMatchObject({ color: BADGE_WARNING, title: 'PanelPilot — 3 active orders, 1 unconfirmed order to check' });
  });

  it('a removed panel’s old errors do not keep the warning on', () => {
    const gone = { ...emptyState(), panels: { removed: afterFailure(freshPollState(), panelError('server', 'HTTP 500'), 0) } };
    expect(badgeView(orders, [], gone, panels).color).toBe(BADGE_NORMAL);
  });
});
