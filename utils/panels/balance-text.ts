/**
 * A balance as people read it. Known figure and currency: "1,234.56 RUB". No currency from
 * the panel: the figure and "currency not stated" (never a silent USD). A figure the panel
 * wrote ambiguously ("12,500"): the panel's own text, marked, never a guess.
 */
import { formatAmount, formatMoney } from '../money';
import type { BalanceSnapshot } from './types';

export const CURRENCY_NOT_STATED = 'currency not stated';
export const AS_THE_PANEL_WROTE_IT = 'as the panel wrote it: the format is ambiguous';

export interface BalanceWords {
  /** The amount to show, with its currency when known. */
  amount: string;
  /** Said beside it when something is unknown; null when nothing is. */
  note: string | null;
}

/** Shorter notes where room is short (the popup's panel switcher); the full one goes in a title. */
const SHORT_NOTE: ReadonlyMap<string, string> = new Map([
  [CURRENCY_NOT_STATED, 'no currency'],
  [AS_THE_PANEL_WROTE_IT, 'as written'],
]);

export function balanceWords(balance: Pick<BalanceSnapshot, 'balance' | 'currency' | 'text'>, short = false): BalanceWords & { fullNote: string | null } {
  const words =
    balance.balance === null
      ? { amount: balance.text?.trim() || '?', note: AS_THE_PANEL_WROTE_IT }
      : !balance.currency
        ? { amount: formatAmount(balance.balance), note: CURRENCY_NOT_STATED }
        : { amount: formatMoney(balance.balance, balance.currency), note: null };
  return { ...words, note: short && words.note ? (SHORT_NOTE.get(words.note) ?? words.note) : words.note, fullNote: words.note };
}

/** One line, for places without room for a note element (a `<select>` option). */
export function balanceLine(balance: Pick<BalanceSnapshot, 'balance' | 'currency' | 'text'>): string {
  const { amount, note } = balanceWords(balance);
  return note ? `${amount} (${note})` : amount;
}
