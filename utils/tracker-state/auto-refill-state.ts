/**
 * Auto-refill's bookkeeping (`local:autoRefill`): its shape, its empty value and its schema,
 * defined once (see utils/schema/fields.ts). Beside the tracker's state, below the worker:
 * storage declares it, pages show it, only the worker's auto-refill run writes it.
 */
import { TEXT_CAP, listOf, nullable, object, recordOf, text, time, count } from '../schema/fields';
import { readStored, type Checked } from '../schema/read';

/** How many auto-asked refills are remembered (their ends are told apart from the user's). */
export const AUTO_REFILLS_CAP = 2000;

export interface PanelRefillState {
  /** When each auto ask of the last 24 hours was made (the daily cap counts these). */
  asks: number[];
  /** Refills rejected (or failed) in a row, asks the panel refused included; a completed refill resets it. */
  rejectedInRow: number;
  lastRejection: string | null;
  /** Set when rejections reached the limit: nothing is asked until the user resumes. */
  stopped: { at: number; reason: string } | null;
  /** The panel's own minimum time between refills, when one of its answers stated it. */
  limitMs: number | null;
}

export interface AutoRefillState {
  /** order key → when auto-refill last asked for it. */
  lastAsk: Record<string, number>;
  /** `${orderKey}|${refillId}` of the refills auto-refill asked for (newest last, capped). */
  autoRefills: string[];
  panels: Record<string, PanelRefillState>;
  /** Order keys already reminded that their window closes (once per order). */
  reminded: string[];
}

export const EMPTY_AUTO_REFILL_STATE: AutoRefillState = { lastAsk: {}, autoRefills: [], panels: {}, reminded: [] };
export const FRESH_PANEL_REFILL_STATE: PanelRefillState = { asks: [], rejectedInRow: 0, lastRejection: null, stopped: null, limitMs: null };

export const panelRefillState = (state: AutoRefillState, panelId: string): PanelRefillState =>
  Object.hasOwn(state.panels, panelId) ? state.panels[panelId]! : FRESH_PANEL_REFILL_STATE;

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
