/** Auto-refill's bookkeeping (`local:autoRefill`), defined once (see utils/schema/fields.ts). */
import { TEXT_CAP, listOf, nullable, object, recordOf, text, time, count } from '../schema/fields';
import { readStored, type Checked } from '../schema/read';
import { AUTO_REFILLS_CAP } from './auto-refill-outcomes';
import { EMPTY_AUTO_REFILL_STATE, type AutoRefillState, type PanelRefillState } from './auto-refill';

const STOPPED = object<NonNullable<PanelRefillState['stopped']>>({ at: time, reason: text(TEXT_CAP.message) });

export const PANEL_REFILL_STATE = object<PanelRefillState>({
  asks: listOf(time),
  rejectedInRow: count,
  lastRejection: nullable(text(TEXT_CAP.message)),
  stopped: nullable(STOPPED),
  limitMs: nullable(time),
});

export const AUTO_REFILL_STATE = object<AutoRefillState>({
  lastAsk: recordOf(time),
  autoRefills: listOf(text(TEXT_CAP.link), { cap: (list) => (list.length > AUTO_REFILLS_CAP ? list.slice(-AUTO_REFILLS_CAP) : list) }),
  panels: recordOf(PANEL_REFILL_STATE),
  reminded: listOf(text(TEXT_CAP.link)),
});

export const checkAutoRefillState = (raw: unknown): Checked<AutoRefillState> => readStored(AUTO_REFILL_STATE, raw, EMPTY_AUTO_REFILL_STATE);
