/**
 * The duplicate-link check, pure: is there already an order on this panel for this link that
 * is still running, that the panel never confirmed, or that is being sent right now? Panels
 * accept a second order on a link only once the first completed, and a second order sent
 * while the first is in flight is money spent twice. The background runs it (the one check,
 * for single and mass orders: utils/background/duplicates.ts).
 */
import { isOrderFinished } from './status';
import { linkIdentity } from './link-identity';
import type { TrackedOrder, UnconfirmedAttempt } from './types';
import { t } from '../i18n/messages';
import { formatDateTime } from '../i18n/intl-format';

export type DuplicateHit =
  | { kind: 'active'; orderId: string; statusText: string }
  | { kind: 'unconfirmed'; at: number }
  | { kind: 'in-flight'; at: number }
  /** An earlier line of the same mass order. */
  | { kind: 'batch'; lineNumber: number };

export interface Outstanding {
  orders: Iterable<Pick<TrackedOrder, 'panelId' | 'missing' | 'status' | 'link' | 'orderId' | 'statusText'>>;
  unconfirmed: readonly UnconfirmedAttempt[];
  inFlight: readonly UnconfirmedAttempt[];
}

/** For each link (null = none), the first order on `panelId` it would duplicate, or null. */
export function findDuplicates(panelId: string, links: readonly (string | null)[], outstanding: Outstanding): (DuplicateHit | null)[] {
  const wanted = new Set(links.flatMap((l) => (l ? [linkIdentity(l)] : [])));
  const hits = new Map<string, DuplicateHit>();
  const note = (link: string | null, hit: DuplicateHit) => {
    if (!link) return;
    const id = linkIdentity(link);
    if (wanted.has(id) && !hits.has(id)) hits.set(id, hit);
  };
  // In flight first: the most urgent (its answer is not even in yet).
  for (const a of outstanding.inFlight) if (a.panelId === panelId) note(a.link, { kind: 'in-flight', at: a.attemptedAt });
  for (const o of outstanding.orders) {
    if (o.panelId === panelId && !o.missing && !isOrderFinished(o.status)) note(o.link, { kind: 'active', orderId: o.orderId, statusText: o.statusText || o.status });
  }
  for (const a of outstanding.unconfirmed) if (a.panelId === panelId) note(a.link, { kind: 'unconfirmed', at: a.attemptedAt });
  return links.map((l) => (l ? (hits.get(linkIdentity(l)) ?? null) : null));
}

/** Lines of one mass order that repeat an earlier line's link (by line number). */
export function repeatedLines(lines: readonly { lineNumber: number; link: string | null }[]): Map<number, DuplicateHit> {
  const first = new Map<string, number>();
  const repeats = new Map<number, DuplicateHit>();
  for (const { lineNumber, link } of lines) {
    if (!link) continue;
    const id = linkIdentity(link);
    const earlier = first.get(id);
    if (earlier === undefined) first.set(id, lineNumber);
    else repeats.set(lineNumber, { kind: 'batch', lineNumber: earlier });
  }
  return repeats;
}

const clock = (at: number) => formatDateTime(at, 'time');

/** What to tell the user before they confirm a second order on the link (shown at once). */
export function describeDuplicate(hit: DuplicateHit): string {
  switch (hit.kind) {
    case 'active':
      return t('quickOrder_duplicateActive', hit.orderId, hit.statusText);
    case 'unconfirmed':
      return t('quickOrder_duplicateUnconfirmed', clock(hit.at));
    case 'in-flight':
      return t('quickOrder_duplicateInFlight', clock(hit.at));
    case 'batch':
      return t('quickOrder_duplicateLine', hit.lineNumber);
  }
}
