import { describe, expect, it } from 'vitest';
import { order } from '../../../testing/orders';
import { cancelEligibility, eligibleFor, refillEligibility } from '../eligibility';

const svc = (refill: boolean | null, cancel: boolean | null) => ({ id: '1', name: 'S', type: 'Default', category: '', rate: '1', refill, cancel });

describe('what an order allows', () => {
  it('refill: completed or partial, unless the service says no; unknown service = let the panel decide', () => {
    expect(refillEligibility(order('a', '1', { status: 'completed' })).ok).toBe(true);
    expect(refillEligibility(order('a', '1', { status: 'partial', service: null })).ok).toBe(true);
    expect(refillEligibility(order('a', '1', { status: 'in_progress' }))).toEqual({ ok: false, reason: 'Refill is only possible once an order is completed or partial.' });
    expect(refillEligibility(order('a', '1', { status: 'completed', service: svc(false, true) }))).toEqual({ ok: false, reason: 'This service does not offer refills.' });
    expect(refillEligibility(order('a', '1', { status: 'completed', missing: true })).ok).toBe(false);
  });

  it('cancel: unfinished orders on services that do not forbid it', () => {
    expect(cancelEligibility(order('a', '1', { status: 'pending', service: svc(null, null) })).ok).toBe(true);
    expect(cancelEligibility(order('a', '1', { status: 'completed' })).ok).toBe(false);
    expect(cancelEligibility(order('a', '1', { status: 'pending', service: svc(true, false) }))).toEqual({ ok: false, reason: 'This service does not allow cancelling.' });
  });

  it('a selection says why nothing in it is eligible', () => {
    const done = order('a', '1', { status: 'completed' });
    const running = order('a', '2', { status: 'in_progress' });
    expect(eligibleFor([done, running], refillEligibility, 'refill')).toEqual({ eligible: [done], reason: null });
    expect(eligibleFor([running, running], refillEligibility, 'refill').reason).toBe('None of the selected orders can be refilled: Refill is only possible once an order is completed or partial.');
    expect(eligibleFor([], refillEligibility, 'refill').reason).toBe('Select orders to be refilled.');
  });
});
