/** The tracker's bookkeeping, defined once (see utils/schema/fields.ts). */
import { ERROR_AT } from '../panels/schema';
import { TEXT_CAP, bool, count, listOf, nullable, object, recordOf, text, time } from '../schema/fields';
import { readStored, type Checked } from '../schema/read';
import type { PanelPollState, TrackerState } from './types';

export const POLL_STATE = object<PanelPollState>({
  failures: count,
  nextAttemptAt: nullable(time),
  lastError: nullable(ERROR_AT),
  pausedForAuth: bool(false),
  lastSuccessAt: nullable(time),
});

export const TRACKER_STATE = object<TrackerState>({
  panels: recordOf(POLL_STATE),
  notified: listOf(text(TEXT_CAP.link)),
  lowBalanceNotified: recordOf(bool(false)),
  lastCycleAt: nullable(time),
});

export const EMPTY_TRACKER_STATE: TrackerState = { panels: {}, notified: [], lowBalanceNotified: {}, lastCycleAt: null };

export const checkTrackerState = (raw: unknown): Checked<TrackerState> => readStored(TRACKER_STATE, raw, EMPTY_TRACKER_STATE);
