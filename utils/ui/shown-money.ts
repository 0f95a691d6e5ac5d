/**
 * Money as PanelPilot shows it in the reader's language: English keeps the form the product
 * always had ("12.50 USD", utils/money.ts); every other language gets its own separators and
 * currency place (utils/ui/intl-money.ts: "12,50 USD" in Russian). Exact either way: the
 * amount never passes through a float.
 */
import { formatAmount, formatMoney, type Money } from '../money';
import { activeLocale } from '../i18n/messages';
import { formatLocaleAmount, formatLocaleMoney } from './intl-money';

const english = () => activeLocale() === 'en';

/** An amount with its currency code; no code, no currency. */
export function shownMoney(value: Money, currency: string | null | undefined, maxDecimals = 7): string {
  return english() ? formatMoney(value, currency, maxDecimals) : formatLocaleMoney(value, currency, maxDecimals);
}

/** An amount alone (a chart's axis, a rate before its new value). */
export function shownAmount(value: Money, maxDecimals = 7): string {
  return english() ? formatAmount(value, maxDecimals) : formatLocaleAmount(value, maxDecimals);
}
