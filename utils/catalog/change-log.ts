/**
 * The "Catalog changes" list: what each refresh found for watched services, newest first,
 * kept to a cap, and how each change reads ("Rate 0.90 → 1.125 USD (+25.0%)"). Pure; an
 * empty diff gives back the same log, so nothing is written.
 */
import { formatAmount, formatMoney } from '../money';
import type { CatalogDiff, ServiceChange, UnwatchedCounts } from './catalog-diff';

export interface CatalogChangeEntry {
  at: number;
  panelId: string;
  serviceId: string;
  name: string;
  changes: ServiceChange[];
}

export interface CatalogRefreshSummary {
  at: number;
  panelId: string;
  unwatched: UnwatchedCounts;
}

export interface CatalogChangeLog {
  entries: CatalogChangeEntry[];
  /** The last refresh per panel that changed anything: "and 140 other services changed". */
  refreshes: CatalogRefreshSummary[];
}

export const EMPTY_CHANGE_LOG: CatalogChangeLog = { entries: [], refreshes: [] };
export const CHANGE_LOG_CAP = 500;

const quiet = (u: UnwatchedCounts) => u.rateUp + u.rateDown + u.terms + u.removed + u.back === 0;

export function appendChanges(log: CatalogChangeLog, panelId: string, diff: Pick<CatalogDiff, 'watched' | 'unwatched'>, at: number): CatalogChangeLog {
  if (diff.watched.length === 0 && quiet(diff.unwatched)) return log;
  const entries = diff.watched.map((d) => ({ at, panelId, serviceId: d.serviceId, name: d.name, changes: d.changes }));
  return {
    entries: [...entries, ...log.entries].slice(0, CHANGE_LOG_CAP),
    refreshes: [{ at, panelId, unwatched: diff.unwatched }, ...log.refreshes.filter((r) => r.panelId !== panelId)],
  };
}

/** One change list as text, its fields in a fixed order (a stored entry and a new diff compare equal). */
const changesKey = (changes: readonly ServiceChange[]) => JSON.stringify(changes.map((c) => Object.entries(c).sort(([a], [b]) => (a < b ? -1 : 1))));

/**
 * The watched diffs that are not already their service's newest entry: a refresh run again
 * after the worker was killed between listing the changes and storing the new catalog
 * diffs the same two catalogs, and lists (and tells) nothing twice. A real change cannot
 * repeat without another one between (1.00 → 1.20 again needs 1.20 → 1.00 first).
 */
export function unlogged<T extends { serviceId: string; changes: ServiceChange[] }>(log: CatalogChangeLog, panelId: string, watched: readonly T[]): T[] {
  const newest = new Map<string, string>();
  for (const e of log.entries) if (e.panelId === panelId && !newest.has(e.serviceId)) newest.set(e.serviceId, changesKey(e.changes));
  return watched.filter((d) => newest.get(d.serviceId) !== changesKey(d.changes));
}

const yesNo = (v: boolean | null) => (v === null ? 'not stated' : v ? 'yes' : 'no');
const limit = (n: number) => (n >= Number.MAX_SAFE_INTEGER ? 'no limit' : n.toLocaleString('en-US'));

/** One change as a line of text; `currency` is the panel's. */
export function describeChange(change: ServiceChange, currency: string | null): string {
  switch (change.kind) {
    case 'rate': {
      const pct = change.percent === null ? '' : ` (${change.percent.startsWith('-') ? '' : '+'}${change.percent}%)`;
      return `Rate ${formatAmount(change.from)} → ${formatMoney(change.to, change.currency ?? currency)}${pct}`;
    }
    case 'min':
      return `Minimum ${limit(change.from)} → ${limit(change.to)}`;
    case 'max':
      return `Maximum ${limit(change.from)} → ${limit(change.to)}`;
    case 'type':
      return `Type ${change.from} → ${change.to}`;
    case 'refill':
      return `Refill button ${yesNo(change.from)} → ${yesNo(change.to)}`;
    case 'guarantee':
      return `Guarantee ${change.from} → ${change.to}`;
    case 'removed':
      return 'Removed from the panel';
    case 'back':
      return 'Back on the panel';
  }
}

/** "140 other services changed (…)" or '' — services nobody ordered are counted, not listed. */
export function describeUnwatched(u: UnwatchedCounts): string {
  const parts = [
    u.rateUp && `${u.rateUp} price ${u.rateUp === 1 ? 'rise' : 'rises'}`,
    u.rateDown && `${u.rateDown} price ${u.rateDown === 1 ? 'drop' : 'drops'}`,
    u.terms && `${u.terms} with new terms`,
    u.removed && `${u.removed} removed`,
    u.back && `${u.back} back`,
    u.added && `${u.added} new`,
  ].filter(Boolean);
  return parts.length ? `Among services you never used: ${parts.join(', ')}.` : '';
}
