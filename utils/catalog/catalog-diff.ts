/**
 * What changed between two fetches of one panel's catalog, for the services the user watches
 * (ordered in the last 90 days, or pinned): rate up/down with its percentage, min/max, type,
 * refill flag, stated guarantee, removed, back again. Services nobody watches are counted,
 * not listed. Pure; money exact.
 *
 * "Back again" needs memory: `removed` carries every service seen gone (as it was last seen)
 * from one diff to the next, so a service that returns is recognised, and its last known
 * terms are what it is compared with.
 */
import Big from 'big.js';
import { big, compareMoney, type Money } from '../money';
import type { Service } from '../panel-api/types';
import { plural, t } from '../i18n/messages';
import type { PluralKey } from '../i18n/keys';
import { guaranteeCode, parseGuarantee } from './guarantee';

export type ServiceChange =
  | {
      kind: 'rate';
      direction: 'up' | 'down';
      from: Money;
      to: Money;
      /** Signed, one decimal ("12.5", "-3.0"); null when the old rate was 0. */
      percent: string | null;
      /** The service's own currency when the panel states one (a service can be billed apart from the balance); absent: the panel's. */
      currency?: string;
    }
  | { kind: 'min' | 'max'; from: number; to: number }
  | { kind: 'type'; from: string; to: string }
  | { kind: 'refill'; from: boolean | null; to: boolean | null }
  /** Guarantee codes (guaranteeCode: "days:30", "none"…), put in words when shown; an entry stored before codes holds English words. */
  | { kind: 'guarantee'; from: string; to: string }
  | { kind: 'removed' }
  | { kind: 'back' };

export interface ServiceDiff {
  serviceId: string;
  /** The name now (or as last seen, for a removed service). */
  name: string;
  changes: ServiceChange[];
}

export interface UnwatchedCounts {
  rateUp: number;
  rateDown: number;
  /** min, max, type, refill flag or guarantee. */
  terms: number;
  removed: number;
  back: number;
  added: number;
}

export interface RemovedService {
  service: Service;
  /** When PanelPilot first found it gone. */
  at: number;
}

export interface CatalogDiff {
  watched: ServiceDiff[];
  unwatched: UnwatchedCounts;
  /** The removed set to keep for the next diff (service id → as last seen). */
  removed: Record<string, RemovedService>;
}

/** A service gone for this long is forgotten: it no longer counts as "back" if it returns. */
export const REMOVED_KEPT_MS = 180 * 24 * 3_600_000;

/** (to − from) ÷ from × 100, exact, one decimal, signed; null when from is 0. */
export function ratePercent(from: Money, to: Money): string | null {
  const base = big(from);
  if (base.eq(0)) return null;
  return big(to).minus(base).div(base).times(100).round(1, Big.roundHalfUp).toFixed(1);
}

/** The changes of one service's terms (not removal). */
export function termChanges(before: Service, after: Service): ServiceChange[] {
  const changes: ServiceChange[] = [];
  // Rates are canonical decimal strings (money.ts): equal text is equal money, no big.js needed.
  const rate = after.rate === before.rate ? 0 : compareMoney(after.rate, before.rate);
  if (rate !== 0) {
    const change: ServiceChange = { kind: 'rate', direction: rate > 0 ? 'up' : 'down', from: before.rate, to: after.rate, percent: ratePercent(before.rate, after.rate) };
    changes.push(after.currency ? { ...change, currency: after.currency } : change);
  }
  if (after.min !== before.min) changes.push({ kind: 'min', from: before.min, to: after.min });
  if (after.max !== before.max) changes.push({ kind: 'max', from: before.max, to: after.max });
  if (after.type !== before.type) changes.push({ kind: 'type', from: before.type, to: after.type });
  if (after.refill !== before.refill) changes.push({ kind: 'refill', from: before.refill, to: after.refill });
  if (after.name !== before.name || after.description !== before.description || after.category !== before.category) {
    const from = guaranteeCode(parseGuarantee(before));
    const to = guaranteeCode(parseGuarantee(after));
    if (from !== to) changes.push({ kind: 'guarantee', from, to });
  }
  return changes;
}

function count(counts: UnwatchedCounts, changes: readonly ServiceChange[]): void {
  for (const change of changes) {
    if (change.kind === 'rate') counts[change.direction === 'up' ? 'rateUp' : 'rateDown'] += 1;
    else if (change.kind === 'removed') counts.removed += 1;
    else if (change.kind === 'back') counts.back += 1;
  }
  if (changes.some((c) => c.kind !== 'rate' && c.kind !== 'removed' && c.kind !== 'back')) counts.terms += 1;
}

export function diffCatalogs(
  before: readonly Service[],
  after: readonly Service[],
  watched: ReadonlySet<string>,
  previouslyRemoved: Readonly<Record<string, RemovedService>>,
  now: number,
): CatalogDiff {
  // The first catalog of a panel has nothing to differ from. An empty list where services were
  // is a panel down or misconfigured, not one that removed everything: "N removed" now and
  // "N back" at the next refresh would be two false alarms.
  if (before.length === 0 || after.length === 0) return { watched: [], unwatched: { rateUp: 0, rateDown: 0, terms: 0, removed: 0, back: 0, added: 0 }, removed: { ...previouslyRemoved } };
  const beforeById = new Map(before.map((s) => [s.id, s]));
  const afterIds = new Set(after.map((s) => s.id));
  const removed = new Map<string, RemovedService>();
  for (const [id, entry] of Object.entries(previouslyRemoved)) if (!afterIds.has(id) && now - entry.at < REMOVED_KEPT_MS) removed.set(id, entry);
  const diffs: ServiceDiff[] = [];
  const unwatched: UnwatchedCounts = { rateUp: 0, rateDown: 0, terms: 0, removed: 0, back: 0, added: 0 };
  const report = (service: Service, changes: ServiceChange[]) => {
    if (changes.length === 0) return;
    if (watched.has(service.id)) diffs.push({ serviceId: service.id, name: service.name, changes });
    else count(unwatched, changes);
  };

  for (const service of after) {
    const previous = beforeById.get(service.id);
    if (previous) report(service, termChanges(previous, service));
    else if (Object.hasOwn(previouslyRemoved, service.id)) report(service, [{ kind: 'back' }, ...termChanges(previouslyRemoved[service.id]!.service, service)]);
    else unwatched.added += 1;
  }
  for (const service of before) {
    if (afterIds.has(service.id)) continue;
    removed.set(service.id, { service, at: now });
    report(service, [{ kind: 'removed' }]);
  }
  return { watched: diffs, unwatched, removed: Object.fromEntries(removed) };
}

const SUMMARY: [count: PluralKey, test: (c: ServiceChange) => boolean][] = [
  ['catalog_countRise', (c) => c.kind === 'rate' && c.direction === 'up'],
  ['catalog_countDrop', (c) => c.kind === 'rate' && c.direction === 'down'],
  ['catalog_countRemoved', (c) => c.kind === 'removed'],
  ['catalog_countBack', (c) => c.kind === 'back'],
  ['catalog_countLimits', (c) => c.kind === 'min' || c.kind === 'max'],
  ['catalog_countTypes', (c) => c.kind === 'type'],
  ['catalog_countRefillTerms', (c) => c.kind === 'refill' || c.kind === 'guarantee'],
];

/** "2 price rises, 1 removed" (services, not changes) for a notification; '' when nothing watched changed. */
export function summarizeWatched(diffs: readonly ServiceDiff[]): string {
  return SUMMARY.map(([key, test]) => [key, diffs.filter((d) => d.changes.some(test)).length] as const)
    .filter(([, n]) => n > 0)
    .map(([key, n]) => plural(key, n))
    .join(t('common_listSeparator'));
}
