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

export function balanceWords(balance: Pick<BalanceSnapshot, 'balance' | 'currency' | 'text'>): BalanceWords {
  if (balance.balance === null) return { amount: balance.text?.trim() || '?', note: AS_THE_PANEL_WROTE_IT };
  if (!balance.currency) return { amount: formatAmount(balance.balance), note: CURRENCY_NOT_STATED };
  return { amount: formatMoney(balance.balance, balance.currency), note: null };
}

/** One line, for places without room for a note element (a `<select>` option). */
export function balanceLine(balance: Pick<BalanceSnapshot, 'balance' | 'currency' | 'text'>): string {
  const { amount, note } = balanceWords(balance);
  return note ? `${amount} (${note})` : amount;
}
