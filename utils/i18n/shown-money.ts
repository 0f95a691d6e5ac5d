/**
 * Money as PanelPilot shows it, in running text and table cells: the exact amount with the
 * reader's separators and digits (utils/i18n/intl-money.ts), then its currency code, as the panels
 * write it. The locale changes only the separators: English stays "12.50 USD" (utils/money.ts's
 * form), Russian "1 234,50 USD". Exact either way: the amount never passes through a float.
 * Shown inside `<span dir="ltr">` on right-to-left pages.
 */
import type { Money } from '../money';
import { formatLocaleAmount } from './intl-money';

/** An amount with its currency code; no code, no currency. */
export function shownMoney(value: Money, currency: string | null | undefined, maxDecimals = 7): string {
  const amount = shownAmount(value, maxDecimals);
  return currency ? `${amount} ${currency}` : amount;
}

/** An amount alone (a chart's axis, a rate before its new value), without direction marks. */
export function shownAmount(value: Money, maxDecimals = 7): string {
  return formatLocaleAmount(value, maxDecimals).replace(/[\u200e\u200f]/g, '');
}
