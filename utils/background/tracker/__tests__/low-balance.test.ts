import { describe, expect, it } from 'vitest';
import type { PanelProfile } from '../../../panels/types';
import { lowBalanceCheck } from '../low-balance';
import { emptyState } from '../../../../testing/orders';

describe('low balance', () => {
  const panel = (threshold: string | null): PanelProfile => ({ id: 'p', name: 'Demo', apiUrl: 'https://p/api/v2', isDefault: true, lowBalanceThreshold: threshold, createdAt: 0 });
  const balances = (balance: string) => ({ p: { last: { balance, currency: 'USD', fetchedAt: 1 }, error: null } });

  it('warns once per drop under the threshold and re-arms when the balance recovers', () => {
    const first = lowBalanceCheck([panel('10')], balances('9.9999999'), emptyState(), 1);
    expect(first.events).toEqual([expect.objectContaining({ kind: 'low_balance', balance: '9.9999999', threshold: '10' })]);
    const again = lowBalanceCheck([panel('10')], balances('5'), first.state, 2);
    expect(again.events).toEqual([]);
    expect(again.state).toBe(first.state);
    const recovered = lowBalanceCheck([panel('10')], balances('10'), again.state, 3);
    expect(recovered.events).toEqual([]);
    expect(lowBalanceCheck([panel('10')], balances('1'), recovered.state, 4).events).toHaveLength(1);
  });

  it('no threshold or no balance yet: nothing', () => {
    const state = emptyState();
    expect(lowBalanceCheck([panel(null)], balances('0'), state, 1)).toEqual({ state, events: [] });
    expect(lowBalanceCheck([panel('10')], {}, state, 1)).toEqual({ state, events: [] });
  });
});
