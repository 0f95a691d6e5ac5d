/**
 * "Cheaper elsewhere": for the chosen service, the cheapest services on the user's other
 * panels for the same platform and kind (followers, likes, views …). Pure; exact money.
 * Rates are only ranked against each other in one currency: 0.9 USD is not cheaper than
 * 40 RUB, and a panel that does not state its currency cannot be compared at all. Those are
 * listed apart, per currency, never ranked against the chosen one.
 */
import { compareMoney } from '../money';
import type { Service } from '../panel-api/types';
import { kindOfService, platformOfService } from './platform';

export interface Alternative {
  panelId: string;
  service: Service;
  /** The service's own currency, else its panel's; null when neither is stated. */
  currency: string | null;
}

export interface Comparison {
  /** In the chosen service's currency, cheapest first. */
  sameCurrency: Alternative[];
  /** In other currencies or none stated: by currency, cheapest first within each. */
  otherCurrencies: Alternative[];
}

const hay = (s: Service) => `${s.name} ${s.category}`.toLowerCase();
const currencyKey = (currency: string | null) => currency?.trim().toUpperCase() || null;

/** Two rates are comparable only in the same, stated currency. */
export function sameCurrency(a: string | null, b: string | null): boolean {
  const ka = currencyKey(a);
  return ka !== null && ka === currencyKey(b);
}

export function cheapestAlternatives(
  chosen: Service,
  chosenCurrency: string | null,
  others: readonly { panelId: string; services: readonly Service[]; currency: string | null }[],
  limit = 3,
): Comparison {
  const none: Comparison = { sameCurrency: [], otherCurrencies: [] };
  const platform = platformOfService(hay(chosen));
  const kind = kindOfService(hay(chosen));
  if (!platform || !kind) return none;
  const found: Alternative[] = [];
  for (const other of others) {
    for (const service of other.services) {
      const h = hay(service);
      if (service.type !== chosen.type || platformOfService(h)?.id !== platform.id || kindOfService(h) !== kind) continue;
      found.push({ panelId: other.panelId, service, currency: service.currency ?? other.currency });
    }
  }
  const byRate = (a: Alternative, b: Alternative) => compareMoney(a.service.rate, b.service.rate);
  const same = found.filter((a) => sameCurrency(a.currency, chosenCurrency)).sort(byRate);
  const groups = new Map<string, Alternative[]>();
  for (const a of found) {
    if (sameCurrency(a.currency, chosenCurrency)) continue;
    const key = currencyKey(a.currency) ?? '';
    groups.set(key, [...(groups.get(key) ?? []), a]);
  }
  // Named currencies alphabetically, "not stated" last; the cheapest few of each.
  const keys = [...groups.keys()].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b)));
  return { sameCurrency: same.slice(0, limit), otherCurrencies: keys.flatMap((k) => groups.get(k)!.sort(byRate).slice(0, limit)) };
}
