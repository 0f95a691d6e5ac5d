/**
 * What happened to auto-refill's asks, folded into its state: the panel's answer to each ask,
 * then each refill's end as the tracker saw it. Refills rejected in a row stop auto-refill on
 * that panel (with the reason to show) until the user resumes it. Pure; unchanged input gives
 * back the same state object.
 */
import type { PanelError } from '../../panel-api/errors';
import type { Result } from '../../panel-api/types';
import { HOUR_MS } from '../../orders/order-times';
import type { TrackerEvent } from './events';
import { AUTO_REFILLS_CAP, panelRefillState, type AutoRefillState, type PanelRefillState } from '../../tracker-state/auto-refill-state';
import { plural, t } from '../../i18n/messages';


export interface AskResult {
  panelId: string;
  orderKey: string;
  /** `refillId` null: the panel accepted without naming the refill, so its end cannot be followed. */
  result: Result<{ refillId: string | null }>;
  /** The panel refused the whole call, not this order: one rejection for all the orders it carried. */
  wholeCall?: boolean;
}

export interface StoppedPanel {
  panelId: string;
  reason: string;
}

export interface OutcomeUpdate {
  state: AutoRefillState;
  /** Panels stopped by this update (each once: a stopped panel is not stopped again). */
  stopped: StoppedPanel[];
}

const UNITS: [RegExp, number][] = [
  [/^(h|hr|hrs|hours?)$/, HOUR_MS],
  [/^(d|days?)$/, 24 * HOUR_MS],
  [/^(m|mins?|minutes?)$/, 60_000],
];

/**
 * A refill limit stated in a panel's answer ("You can request a refill once every 24 hours",
 * "Refill is available after 48 hours", "once a day"), in milliseconds; null when none is.
 */
export function refillLimitFromText(text: string): number | null {
  const t = text.toLowerCase();
  if (!/refill/.test(t)) return null;
  if (/once (a|per) day|one refill per day|daily/.test(t)) return 24 * HOUR_MS;
  const m = /(?:once|every|after|per|each|in|wait)\s+(?:every\s+)?(\d{1,3})\s*([a-z]+)/.exec(t);
  if (!m) return null;
  const unit = UNITS.find(([re]) => re.test(m[2]!));
  return unit ? Number(m[1]) * unit[1] : null;
}

type AskFailure = 'transient' | 'busy' | 'limit' | 'rejected';

/** Why an ask failed: only a refusal of the refill itself counts toward stopping. */
export function askFailure(error: PanelError): AskFailure {
  if (error.kind !== 'validation' && error.kind !== 'rejected') return 'transient';
  if (/refill task is not completed|already (been )?(requested|in progress|pending)|pending refill|refill in progress/i.test(error.message)) return 'busy';
  if (refillLimitFromText(error.message) !== null) return 'limit';
  return 'rejected';
}

function rejected(panel: PanelRefillState, why: string, stopAfter: number, now: number): { panel: PanelRefillState; stopped: string | null } {
  const rejectedInRow = panel.rejectedInRow + 1;
  const stop = !panel.stopped && rejectedInRow >= Math.max(1, stopAfter);
  const reason = plural('notifications_autoRefillStoppedReason', rejectedInRow, why);
  return { panel: { ...panel, rejectedInRow, lastRejection: why, stopped: stop ? { at: now, reason } : panel.stopped }, stopped: stop ? reason : null };
}

/** Folds the panel's answers to this cycle's asks into the state. */
export function applyAskResults(state: AutoRefillState, results: readonly AskResult[], stopAfter: number, now: number): OutcomeUpdate {
  if (results.length === 0) return { state, stopped: [] };
  const panels = { ...state.panels };
  const autoRefills = [...state.autoRefills];
  const stopped: StoppedPanel[] = [];
  const refusedCalls = new Set<string>();
  let changed = false;
  for (const { panelId, orderKey, result, wholeCall } of results) {
    const panel = Object.hasOwn(panels, panelId) ? panels[panelId]! : panelRefillState(state, panelId);
    if (result.ok) {
      // Without an id the refill is never polled, so no end of it will ever be matched.
      if (result.value.refillId !== null) {
        autoRefills.push(`${orderKey}|${result.value.refillId}`);
        changed = true;
      }
      continue;
    }
    const failure = askFailure(result.error);
    if (failure === 'limit') {
      const limitMs = refillLimitFromText(result.error.message)!;
      if (limitMs > (panel.limitMs ?? 0)) {
        panels[panelId] = { ...panel, limitMs };
        changed = true;
      }
    } else if (failure === 'rejected') {
      // A refused call is one answer, however many orders it carried (else one call stops the panel).
      if (wholeCall && refusedCalls.has(panelId)) continue;
      if (wholeCall) refusedCalls.add(panelId);
      const next = rejected(panel, result.error.message, stopAfter, now);
      panels[panelId] = next.panel;
      if (next.stopped) stopped.push({ panelId, reason: next.stopped });
      changed = true;
    }
  }
  if (!changed) return { state, stopped };
  return { state: { ...state, panels, autoRefills: autoRefills.slice(-AUTO_REFILLS_CAP) }, stopped };
}

type RefillEvent = Extract<TrackerEvent, { kind: 'refill' }>;
const isRefillEvent = (e: TrackerEvent): e is RefillEvent => e.kind === 'refill';

/** Every finished refill (asked by auto-refill or by the user) tells how the panel honours refills. */
export function applyRefillEvents(state: AutoRefillState, events: readonly TrackerEvent[], stopAfter: number, now: number): OutcomeUpdate {
  const refills = events.filter(isRefillEvent);
  if (refills.length === 0) return { state, stopped: [] };
  const panels = { ...state.panels };
  const stopped: StoppedPanel[] = [];
  for (const event of refills) {
    const panel = Object.hasOwn(panels, event.panelId) ? panels[event.panelId]! : panelRefillState(state, event.panelId);
    if (event.status === 'completed') {
      if (panel.rejectedInRow !== 0 || panel.lastRejection !== null) panels[event.panelId] = { ...panel, rejectedInRow: 0, lastRejection: null };
      continue;
    }
    const next = rejected(panel, event.status === 'rejected' ? t('notifications_refillEndedRejected', event.refillId) : t('notifications_refillEndedFailed', event.refillId), stopAfter, now);
    panels[event.panelId] = next.panel;
    if (next.stopped) stopped.push({ panelId: event.panelId, reason: next.stopped });
  }
  const changed = Object.keys(panels).some((id) => panels[id] !== state.panels[id]);
  return { state: changed ? { ...state, panels } : state, stopped };
}

/** The user turned auto-refill on again for a stopped panel: the count starts over. */
export function resumePanel(state: AutoRefillState, panelId: string): AutoRefillState {
  const panel = panelRefillState(state, panelId);
  if (!panel.stopped && panel.rejectedInRow === 0) return state;
  return { ...state, panels: { ...state.panels, [panelId]: { ...panel, stopped: null, rejectedInRow: 0, lastRejection: null } } };
}

/**
 * Splits the tracker's events: auto-refill's own refills are notified here (only what is
 * worth reading), every other event as before.
 */
export function splitAutoRefillEvents(events: readonly TrackerEvent[], state: AutoRefillState): { auto: RefillEvent[]; other: TrackerEvent[] } {
  const mine = new Set(state.autoRefills);
  const auto: RefillEvent[] = [];
  const other: TrackerEvent[] = [];
  for (const event of events) {
    if (isRefillEvent(event) && mine.has(`${event.orderKey}|${event.refillId}`)) auto.push(event);
    else other.push(event);
  }
  return { auto, other };
}

export type AutoRefillNotice =
  | { kind: 'rejected'; panelId: string; orderKeys: string[] }
  | { kind: 'stopped'; panelId: string; reason: string };

/**
 * Worth reading: auto refills the panel rejected or failed (one notice per panel), and a
 * panel where auto-refill stopped. A completed auto refill is what was expected: it shows on
 * the orders page and is not notified.
 */
export function autoRefillNotices(autoEvents: readonly RefillEvent[], stopped: readonly StoppedPanel[]): AutoRefillNotice[] {
  const byPanel = new Map<string, string[]>();
  for (const event of autoEvents) {
    if (event.status === 'completed') continue;
    byPanel.set(event.panelId, [...(byPanel.get(event.panelId) ?? []), event.orderKey]);
  }
  const notices: AutoRefillNotice[] = [...byPanel].map(([panelId, orderKeys]) => ({ kind: 'rejected', panelId, orderKeys: [...new Set(orderKeys)] }));
  for (const s of stopped) notices.push({ kind: 'stopped', panelId: s.panelId, reason: s.reason });
  return notices;
}

export function autoRefillNoticeText(notice: AutoRefillNotice, panelName: string): { title: string; message: string } {
  if (notice.kind === 'stopped') return { title: t('notifications_autoRefillStopped', panelName), message: notice.reason };
  return {
    title: plural('notifications_autoRefillsRejected', notice.orderKeys.length, panelName),
    message: t('notifications_autoRefillsRejectedAdvice'),
  };
}
