import type { PanelError } from '../panel-api/errors';

export interface PanelPollState {
  /** Consecutive failed cycles; drives exponential backoff. */
  failures: number;
  /** Do not poll this panel before this time (backoff or Retry-After). */
  nextAttemptAt: number | null;
  lastError: { error: PanelError; at: number } | null;
  /** Set on an auth error: polling stops until the panel is saved again. */
  pausedForAuth: boolean;
  lastSuccessAt: number | null;
}

export interface TrackerState {
  panels: Record<string, PanelPollState>;
  /** Ids of events already notified (capped ring), so a restart never notifies twice. */
  notified: string[];
  /** panelId → true while the balance stays under the threshold (notify once per drop). */
  lowBalanceNotified: Record<string, boolean>;
  lastCycleAt: number | null;
}
