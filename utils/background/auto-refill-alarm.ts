/**
 * Auto-refill's own alarm, `panelpilot-auto-refill`, and its messages. Like the poll alarm it
 * is reconciled at every worker start (Chrome may drop alarms on a restart or an update) and
 * after every run; its listener is registered synchronously. Hourly: asks are at most daily,
 * so an hour late is nothing, and an hourly wake-up costs nothing. The e2e build runs it every
 * minute (tests also fire it at once by creating it with `when`).
 */
import { browser } from 'wxt/browser';
import type { MessageHandlers } from '../messaging';
import { withChoice } from '../orders/auto-refill-knobs';
import { autoRefillChoicesItem, autoRefillItem } from '../storage';
import { resumePanel } from './tracker/auto-refill-outcomes';
import { autoRefillOnce } from './auto-refill-run';
import { reconcileAlarm, registerPeriodicJob } from './periodic-alarm';
import { withLock } from './lock';

export const AUTO_REFILL_ALARM = 'panelpilot-auto-refill';
export const AUTO_REFILL_PERIOD_MIN = import.meta.env.MODE === 'e2e' ? 1 : 60;

export const reconcileAutoRefillAlarm = (): Promise<void> => reconcileAlarm(AUTO_REFILL_ALARM, AUTO_REFILL_PERIOD_MIN);

async function runAndReschedule(): Promise<void> {
  try {
    await autoRefillOnce();
  } finally {
    await reconcileAutoRefillAlarm();
  }
}

/** Registered synchronously at worker start. */
export function registerAutoRefill(): void {
  registerPeriodicJob({ name: AUTO_REFILL_ALARM, periodMinutes: AUTO_REFILL_PERIOD_MIN, what: 'auto-refill', run: runAndReschedule });
}

const SCOPES: ReadonlySet<string> = new Set(['panels', 'services', 'orders']);

export const autoRefillHandlers: Pick<MessageHandlers, 'autoRefill.choose' | 'autoRefill.resume'> = {
  'autoRefill.choose': ({ scope, id, on }) =>
    withLock('autoRefillChoices', async () => {
      if (!SCOPES.has(scope) || typeof id !== 'string' || (on !== null && typeof on !== 'boolean')) return { ok: true as const };
      const choices = await autoRefillChoicesItem.getValue();
      const next = withChoice(choices, scope, id, on);
      if (next !== choices) await autoRefillChoicesItem.setValue(next);
      return { ok: true as const };
    }),
  'autoRefill.resume': ({ panelId }) =>
    withLock('autoRefill', async () => {
      const state = await autoRefillItem.getValue();
      const next = resumePanel(state, panelId);
      if (next !== state) await autoRefillItem.setValue(next);
      return { ok: true as const };
    }),
};
