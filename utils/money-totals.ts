/**
 * Totals of amounts that may be in different currencies: a panel can bill a service in its own
 * currency beside the balance's. Amounts are only ever added within one currency.
 */
import { addMoney, type Money } from './money';
import { shownMoney } from './i18n/shown-money';

export interface CurrencyTotal {
  currency: string | null;
  total: Money;
}

/** One total per currency, in the order each currency first appears. */
export function sumPerCurrency(items: Iterable<{ amount: Money; currency: string | null }>): CurrencyTotal[] {
  const totals = new Map<string | null, Money>();
  for (const { amount, currency } of items) totals.set(currency, addMoney(totals.get(currency) ?? '0', amount));
  return [...totals].map(([currency, total]) => ({ currency, total }));
}

/** "12.50 USD + 3.00 EUR"; nothing to add up is zero in `fallbackCurrency`. */
export function formatPerCurrency(totals: readonly CurrencyTotal[], fallbackCurrency: string | null): string {
  if (totals.length === 0) return shownMoney('0', fallbackCurrency);
  return totals.map((t) => shownMoney(t.total, t.currency)).join(' + ');
}
