/**
 * A balance as people read it. Known figure and currency: "1,234.56 RUB". No currency from
 * the panel: the figure and "currency not stated" (never a silent USD). A figure the panel
 * wrote ambiguously ("12,500"): the panel's own text, marked, never a guess.
 */
import { t } from '../i18n/messages';
import { shownMoney } from '../i18n/shown-money';
import type { BalanceSnapshot } from './types';

/** "currency not stated", in the reader's language. */
export const currencyNotStated = (): string => t('errors_currencyNotStated');

/**
 * The same words, said once when the module loads (the browser's language): kept for the
 * pages that show it as a constant; new code calls currencyNotStated().
 */
export const CURRENCY_NOT_STATED = currencyNotStated();

export interface BalanceWords {
  /** The amount to show, with its currency when known. */
  amount: string;
  /** Said beside it when something is unknown; null when nothing is. */
  note: string | null;
}


export function balanceWords(balance: Pick<BalanceSnapshot, 'balance' | 'currency' | 'text'>, short = false): BalanceWords & { fullNote: string | null } {
  // Shorter notes where room is short (the popup's panel switcher); the full one goes in a title.
  if (balance.balance === null) {
    const fullNote = t('errors_balanceAsWritten');
    return { amount: balance.text?.trim() || '?', note: short ? t('errors_balanceAsWrittenShort') : fullNote, fullNote };
  }
  if (!balance.currency) {
    const fullNote = currencyNotStated();
    return { amount: shownMoney(balance.balance, null), note: short ? t('errors_currencyNotStatedShort') : fullNote, fullNote };
  }
  return { amount: shownMoney(balance.balance, balance.currency), note: null, fullNote: null };
}

/** One line, for places without room for a note element (a `<select>` option). */
export function balanceLine(balance: Pick<BalanceSnapshot, 'balance' | 'currency' | 'text'>): string {
  const { amount, note } = balanceWords(balance);
  return note ? `${amount} (${note})` : amount;
}
