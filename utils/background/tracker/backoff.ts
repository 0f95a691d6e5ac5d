/**
 * Per-panel backoff after failed cycles. It grows from half a poll interval (so the first
 * retry is simply the next cycle, however often the user polls), doubling up to 30 min.
 */
import { ACCESS_KINDS, type PanelError } from '../../panel-api/errors';
import { own } from '../../own';
import type { PanelPollState } from '../../tracker-state/types';

/** The default first wait: half the default 2-minute poll interval. */
export const BACKOFF_BASE_MS = 60_000;
export const BACKOFF_CAP_MS = 30 * 60_000;
/** A panel's Retry-After is honoured past the cap, up to this (a bigger value is nonsense). */
export const RETRY_AFTER_MAX_MS = 24 * 3600_000;

export const freshPollState = (): PanelPollState => ({
  failures: 0,
  nextAttemptAt: null,
  lastError: null,
  pausedForAuth: false,
  lastSuccessAt: null,
});

/** The first wait for a poll interval: half of it, so the next cycle retries. */
export const backoffBaseFor = (pollIntervalSec: number): number => Math.max(500, (pollIntervalSec * 1000) / 2);

export function backoffDelay(failures: number, error: PanelError, baseMs = BACKOFF_BASE_MS): number {
  const exponential = Math.min(BACKOFF_CAP_MS, baseMs * 2 ** Math.max(0, failures - 1));
  if (error.retryAfterMs === undefined) return exponential;
  // The panel's own Retry-After is a floor we never go under, even past the cap.
  return Math.max(Math.min(error.retryAfterMs, RETRY_AFTER_MAX_MS), exponential / 4);
}

export function afterFailure(state: PanelPollState, error: PanelError, now: number, baseMs = BACKOFF_BASE_MS): PanelPollState {
  const failures = state.failures + 1;
  return {
    ...state,
    failures,
    nextAttemptAt: now + backoffDelay(failures, error, baseMs),
    lastError: { error, at: now },
    // Access errors (key, IP whitelist, API switched off) pause until the user acts: see ACCESS_KINDS.
    pausedForAuth: state.pausedForAuth || ACCESS_KINDS.has(error.kind),
  };
}

/** Unchanged when the panel was already healthy: a quiet cycle writes nothing to storage. */
export function afterSuccess(state: PanelPollState, now: number): PanelPollState {
  if (state.failures === 0 && state.lastError === null && !state.pausedForAuth && state.nextAttemptAt === null && state.lastSuccessAt !== null) {
    return state;
  }
  return { ...state, failures: 0, nextAttemptAt: null, lastError: null, pausedForAuth: false, lastSuccessAt: now };
}

/** Until when the panel itself asked us to wait (429 with Retry-After), or null. */
function retryAfterUntil(state: PanelPollState): number | null {
  const retryAfter = state.lastError?.error.retryAfterMs;
  return retryAfter === undefined || !state.lastError ? null : state.lastError.at + Math.min(retryAfter, RETRY_AFTER_MAX_MS);
}

/**
 * Whether a panel should be polled now. `force` ("Check now") skips our own backoff, but
 * neither an auth pause nor the wait the panel asked for with Retry-After.
 */
export function isDue(state: PanelPollState | undefined, now: number, force = false): boolean {
  if (!state) return true;
  if (state.pausedForAuth) return false;
  const panelAsked = retryAfterUntil(state);
  if (panelAsked !== null && panelAsked > now) return false;
  return force || state.nextAttemptAt === null || state.nextAttemptAt <= now;
}

/**
 * Lifts the auth pause of the given panels (saved with a new key, or a balance call with the
 * key just worked again). The same object when nothing was paused: no storage write.
 */
export function liftAuthPauses(panels: Record<string, PanelPollState>, ids: readonly string[]): Record<string, PanelPollState> {
  const paused = new Set(ids.filter((id) => own(panels, id)?.pausedForAuth));
  if (paused.size === 0) return panels;
  return Object.fromEntries(Object.entries(panels).map(([id, s]) => [id, paused.has(id) ? { ...s, pausedForAuth: false, nextAttemptAt: null, failures: 0 } : s]));
}
