/** Low-balance warnings: once per drop under the panel's threshold, re-armed when it recovers. */
import { compareMoney } from '../../money';
import { own } from '../../own';
import type { PanelBalanceState, PanelProfile } from '../../panels/types';
import type { TrackerEvent } from './events';
import type { TrackerState } from '../../tracker-state/types';

export function lowBalanceCheck(
  panels: readonly PanelProfile[],
  balances: Record<string, PanelBalanceState>,
  state: TrackerState,
  now: number,
): { state: TrackerState; events: TrackerEvent[] } {
  const events: TrackerEvent[] = [];
  let flags = state.lowBalanceNotified;
  for (const panel of panels) {
    const last = own(balances, panel.id)?.last;
    // A balance the panel wrote ambiguously is unknown: neither low nor recovered.
    if (!last || last.balance === null || panel.lowBalanceThreshold === null) continue;
    const low = compareMoney(last.balance, panel.lowBalanceThreshold) < 0;
    const flagged = own(flags, panel.id) === true;
    if (low === flagged) continue;
    flags = { ...flags, [panel.id]: low };
    if (low) {
      events.push({ kind: 'low_balance', id: `low:${panel.id}:${now}`, panelId: panel.id, balance: last.balance, currency: last.currency, threshold: panel.lowBalanceThreshold });
    }
  }
  return flags === state.lowBalanceNotified ? { state, events } : { state: { ...state, lowBalanceNotified: flags }, events };
}
