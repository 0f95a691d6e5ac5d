/** Per-panel backoff after failed cycles: exponential from 1 min, capped at 30 min. */
import type { PanelError } from '../panel-api/errors';
import type { PanelPollState } from './types';

export const BACKOFF_BASE_MS = 60_000;
export const BACKOFF_CAP_MS = 30 * 60_000;

export const freshPollState = (): PanelPollState => ({
  failures: 0,
  nextAttemptAt: null,
  lastError: null,
  pausedForAuth: false,
  lastSuccessAt: null,
});

export function backoffDelay(failures: number, error: PanelError): number {
  const exponential = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, failures - 1));
  // A panel's own Retry-After wins when it asks for longer (and is honoured up to the cap).
  return error.retryAfterMs !== undefined ? Math.min(BACKOFF_CAP_MS, Math.max(error.retryAfterMs, exponential / 4)) : exponential;
}

export function afterFailure(state: PanelPollState, error: PanelError, now: number): PanelPollState {
  const failures = state.failures + 1;
  return {
    ...state,
    failures,
    nextAttemptAt: now + backoffDelay(failures, error),
    lastError: { error, at: now },
    pausedForAuth: state.pausedForAuth || error.kind === 'auth',
  };
}

/** Unchanged when the panel was already healthy: a quiet cycle writes nothing to storage. */
export function afterSuccess(state: PanelPollState, now: number): PanelPollState {
  if (state.failures === 0 && state.lastError === null && !state.pausedForAuth && state.nextAttemptAt === null && state.lastSuccessAt !== null) {
    return state;
  }
  return { ...state, failures: 0, nextAttemptAt: null, lastError: null, pausedForAuth: false, lastSuccessAt: now };
}

/** Whether a panel should be polled now (`force`: "Check now" skips waits, not auth pauses). */
export function isDue(state: PanelPollState | undefined, now: number, force = false): boolean {
  if (!state) return true;
  if (state.pausedForAuth) return false;
  return force || state.nextAttemptAt === null || state.nextAttemptAt <= now;
}
