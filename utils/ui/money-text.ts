/**
 * Money in running text and table cells: the exact amount with the reader's separators
 * (utils/ui/intl-money.ts), then its currency code, as the panels write it ("12.50 USD",
 * "1 234,50 USD"). The locale changes only the separators: English stays "12.50 USD", what
 * resellers see on their panels. Shown inside `<span dir="ltr">` on right-to-left pages.
 */
import type { Money } from '../money';
import { formatLocaleAmount } from './intl-money';

export function moneyText(value: Money, currency: string | null | undefined, maxDecimals = 7): string {
  const amount = formatLocaleAmount(value, maxDecimals).replace(/[\u200e\u200f]/g, '');
  return currency ? `${amount} ${currency}` : amount;
}
