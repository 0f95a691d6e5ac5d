/**
 * The order of Compare panels' rows: the cheapest few (per currency, as compare.ts ranks
 * them), or "Best record" — the user's own record with each service first (record-text.ts),
 * the rate breaking ties; services never ordered come after, cheapest first. Each row carries
 * its "Your record" hint.
 */
import type { Alternative, Comparison } from '@/utils/catalog/compare';
import { compareByRecord, recordHint } from '@/utils/orders/record-text';
import { recordKey, type ServiceRecord } from '@/utils/orders/service-record';

export type CompareSort = 'cheapest' | 'record';

export type RankedAlternative = Alternative & { hint: string | null };

export interface RankedComparison {
  sameCurrency: RankedAlternative[];
  otherCurrencies: RankedAlternative[];
}

const SHOWN = 3;

export function byRecord(comparison: Comparison, sort: CompareSort, records: ReadonlyMap<string, ServiceRecord> | null, limit = SHOWN): RankedComparison {
  const recordOf = (a: Alternative) => records?.get(recordKey(a.panelId, a.service.id)) ?? null;
  const ranked = (list: Alternative[]): RankedAlternative[] => {
    // Array.prototype.sort is stable: equal records keep compare.ts's cheapest-first order.
    const ordered = sort === 'record' ? [...list].sort((a, b) => compareByRecord(recordOf(a), recordOf(b))) : list;
    return ordered.map((a) => {
      const record = recordOf(a);
      return { ...a, hint: record && record.finished > 0 ? recordHint(record) : null };
    });
  };
  const same = ranked(comparison.sameCurrency).slice(0, limit);
  if (sort === 'record') return { sameCurrency: same, otherCurrencies: ranked(comparison.otherCurrencies).slice(0, limit) };
  // Cheapest: the few cheapest of each other currency, currencies kept in compare.ts's order.
  const perCurrency = new Map<string, number>();
  const others = ranked(comparison.otherCurrencies).filter((a) => {
    const key = a.currency?.trim().toUpperCase() ?? '';
    const n = perCurrency.get(key) ?? 0;
    perCurrency.set(key, n + 1);
    return n < limit;
  });
  return { sameCurrency: same, otherCurrencies: others };
}
