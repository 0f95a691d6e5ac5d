/**
 * A service's record for reading and ranking: the compact hint of the picker and Compare
 * panels ("usually done in 3 h · 4% partial · 12 orders") and the "Best record" order.
 */
import { formatDuration } from '../duration';
import type { ServiceRecord } from './service-record';
import { plural, t } from '../i18n/messages';
import { formatPercent } from '../i18n/intl-format';

export function recordHint(record: ServiceRecord): string {
  const parts: string[] = [];
  if (record.medianCompleteMs !== null) parts.push(t('quickOrder_recordUsuallyDone', formatDuration(record.medianCompleteMs)));
  if (record.partialRate !== null) parts.push(t('quickOrder_recordPartial', formatPercent(record.partialRate)));
  if (record.cancelRate) parts.push(t('quickOrder_recordCanceled', formatPercent(record.cancelRate)));
  parts.push(plural('common_orders', record.orders));
  return parts.join(' · ');
}

/**
 * How surely this service delivers in full: the lower bound of the 95% Wilson interval of
 * completed ÷ finished, so 48 of 50 ranks above 1 of 1. 0 without finished orders.
 */
export function deliveryScore(record: Pick<ServiceRecord, 'completed' | 'finished'>): number {
  const n = record.finished;
  if (n === 0) return 0;
  const z = 1.96;
  const p = record.completed / n;
  const centre = p + (z * z) / (2 * n);
  const spread = z * Math.sqrt((p * (1 - p) + (z * z) / (4 * n)) / n);
  return (centre - spread) / (1 + (z * z) / n);
}

/** "Best record" first: surest delivery, then fastest, then the most experience; no record last. */
export function compareByRecord(a: ServiceRecord | null | undefined, b: ServiceRecord | null | undefined): number {
  const aKnown = a && a.finished > 0 ? a : null;
  const bKnown = b && b.finished > 0 ? b : null;
  if (!aKnown || !bKnown) return aKnown ? -1 : bKnown ? 1 : 0;
  const score = deliveryScore(bKnown) - deliveryScore(aKnown);
  if (score !== 0) return score;
  const aTime = aKnown.medianCompleteMs ?? Infinity;
  const bTime = bKnown.medianCompleteMs ?? Infinity;
  if (aTime !== bTime) return aTime < bTime ? -1 : 1;
  return bKnown.finished - aKnown.finished;
}
