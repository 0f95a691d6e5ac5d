/**
 * The "Catalog changes" list: what each refresh found for watched services, newest first,
 * kept to a cap, and how each change reads ("Rate 0.90 → 1.125 USD (+25.0%)"). Pure; an
 * empty diff gives back the same log, so nothing is written.
 */
import { formatInteger } from '../i18n/intl-format';
import { activeTag, plural, t } from '../i18n/messages';
import type { Money } from '../money';
import { shownAmount, shownMoney } from '../i18n/shown-money';
import type { CatalogDiff, ServiceChange, UnwatchedCounts } from './catalog-diff';
import { guaranteeCodeLabel } from './guarantee';

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

const yesNo = (v: boolean | null) => (v === null ? t('catalog_notStated') : v ? t('catalog_yes') : t('catalog_no'));
const limit = (n: number) => (n >= Number.MAX_SAFE_INTEGER ? t('catalog_noLimit') : formatInteger(n));

/** How amounts are written: by default with the reader's separators (utils/i18n/shown-money.ts), in the pages and the worker alike. */
export interface MoneyFormat {
  amount: (value: Money) => string;
  money: (value: Money, currency: string | null) => string;
}
const PLAIN_MONEY: MoneyFormat = { amount: (v) => shownAmount(v), money: (v, c) => shownMoney(v, c) };

const percents = new Map<string, Intl.NumberFormat>();
/** "+25.0%" · "+25,0 %" · "−3.0%": the stored signed percentage ("25.0", "-3.0"), one decimal, signed. */
function signedPercent(percent: string, tag = activeTag()): string {
  let f = percents.get(tag);
  if (!f) percents.set(tag, (f = new Intl.NumberFormat(tag, { style: 'percent', signDisplay: 'always', minimumFractionDigits: 1, maximumFractionDigits: 1 })));
  return f.format(Number(percent) / 100); // a ratio shown, never money
}

/** One change as a line of text in the reader's language; `currency` is the panel's. */
export function describeChange(change: ServiceChange, currency: string | null, format: MoneyFormat = PLAIN_MONEY): string {
  switch (change.kind) {
    case 'rate': {
      const from = format.amount(change.from);
      const to = format.money(change.to, change.currency ?? currency);
      return change.percent === null ? t('catalog_changeRate', from, to) : t('catalog_changeRatePercent', from, to, signedPercent(change.percent));
    }
    case 'min':
      return t('catalog_changeMin', limit(change.from), limit(change.to));
    case 'max':
      return t('catalog_changeMax', limit(change.from), limit(change.to));
    case 'type':
      return t('catalog_changeType', change.from, change.to);
    case 'refill':
      return t('catalog_changeRefillButton', yesNo(change.from), yesNo(change.to));
    case 'guarantee':
      return t('catalog_changeGuarantee', guaranteeCodeLabel(change.from), guaranteeCodeLabel(change.to));
    case 'removed':
      return t('catalog_changeRemoved');
    case 'back':
      return t('catalog_changeBack');
  }
}

/** "Among services you never used: 3 price rises, 2 new." or '' — services nobody ordered are counted, not listed. */
export function describeUnwatched(u: UnwatchedCounts): string {
  const parts = [
    u.rateUp && plural('catalog_countRise', u.rateUp),
    u.rateDown && plural('catalog_countDrop', u.rateDown),
    u.terms && plural('catalog_countTerms', u.terms),
    u.removed && plural('catalog_countRemoved', u.removed),
    u.back && plural('catalog_countBack', u.back),
    u.added && plural('catalog_countNew', u.added),
  ].filter((p): p is string => Boolean(p));
  return parts.length ? t('catalog_unwatched', parts.join(t('common_listSeparator'))) : '';
}
