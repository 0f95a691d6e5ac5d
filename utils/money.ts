/**
 * Exact decimal money. Panels send rates with up to 7 decimals and balances with 5; binary
 * floats would show 0.30000000000000004 to a user moving real money, so every amount is kept
 * as a canonical decimal string and all arithmetic goes through big.js.
 */
import Big from 'big.js';
import { plainDecimal } from './amount-text';

/** A canonical decimal string such as "0.9", "100.84292" or "-3". Never a float. */
export type Money = string;

// Division (rate × quantity / 1000) and unit prices need more places than the 20 default.
Big.DP = 12;
Big.RM = Big.roundHalfUp;
// Plain decimals always: a 7-decimal rate of 0.0000001 must read "0.0000001", not "1e-7", in
// storage, the UI and exported files.
Big.NE = -21;
Big.PE = 21;


/**
 * No real balance, rate or charge reaches a quadrillion; beyond it a value is junk (1e308,
 * "1e999999999"), and formatting it would build a string of a billion digits.
 */
const MAX_MONEY = new Big('1e15');

/**
 * Places kept: rates have up to 7 decimals, a charge (rate × quantity / 1000) up to 10, and
 * division keeps 12 (Big.DP). Digits past the 12th are float noise ("0.30000000000000004")
 * or junk, never money: rounded off, so a 40-digit amount cannot reach storage.
 */
export const MONEY_DECIMALS = 12;

/**
 * THE form every amount is kept in — what parseMoney returns, and what storage and backups
 * accept (utils/schema/fields.ts): a plain decimal, no exponent, no trailing zeros, no "-0",
 * under 10^15, at most 12 places. A regex, not big.js: 10,000 stored orders hold 30,000
 * amounts, read before the popup's and the orders page's first paint.
 */
export const MONEY_TEXT = /^(?:0|-?(?:[1-9]\d{0,14}(?:\.\d{0,11}[1-9])?|0\.\d{0,11}[1-9]))$/;

export const isMoneyText = (value: unknown): value is Money => typeof value === 'string' && MONEY_TEXT.test(value);

/** An amount in the one stored form, or null when it is beyond ±1e15 (see MAX_MONEY). */
export function toMoney(amount: Big): Money | null {
  const rounded = amount.round(MONEY_DECIMALS, Big.roundHalfUp);
  if (!rounded.abs().lt(MAX_MONEY)) return null;
  return rounded.eq(0) ? '0' : rounded.toString();
}

/**
 * Reads a money value from a panel answer: a string ("0.90", " 1,234.5 "), or a JSON number.
 * A JSON number is read through its shortest decimal form, which is exactly what the panel
 * wrote for every value with ≤ 15 significant digits. Returns null when it is not a number
 * (or is beyond ±1e15, see MAX_MONEY); otherwise always a MONEY_TEXT string.
 */
export function parseMoney(value: unknown): Money | null {
  if (isMoneyText(value)) return value;
  let amount: Big;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return null;
    amount = new Big(value);
  } else if (typeof value === 'string') {
    // Grouped forms only where unambiguous ("1,234.5", "1 234,56"); a lone "12,500" may be a
    // decimal comma (12.5), so it is not guessed: unknown (amount-text.ts).
    const text = plainDecimal(value);
    // An exponent beyond ±99 is junk, and big.js would spend its time on it.
    if (text === null || /e[+-]?\d{3}/i.test(text)) return null;
    amount = new Big(text.replace(/^\+/, ''));
  } else return null;
  return toMoney(amount);
}

export function big(value: Money): Big {
  return new Big(value);
}

export function addMoney(a: Money, b: Money): Money {
  return new Big(a).plus(b).toString();
}

export function subMoney(a: Money, b: Money): Money {
  return new Big(a).minus(b).toString();
}

export function compareMoney(a: Money, b: Money): -1 | 0 | 1 {
  return new Big(a).cmp(b) as -1 | 0 | 1;
}

export function sumMoney(values: Iterable<Money>): Money {
  let total = new Big(0);
  for (const v of values) total = total.plus(v);
  return total.toString();
}

/** rate is per 1000 units: charge = rate × quantity / 1000, exact. */
export function chargeFor(ratePer1000: Money, quantity: number): Money {
  return new Big(ratePer1000).times(quantity).div(1000).toString();
}

/**
 * Text for people: at least 2 decimals, at most `maxDecimals` (7 by default, the panels'
 * precision), rounded half-up on the decimal value itself, thousands separated.
 */
export function formatAmount(value: Money, maxDecimals = 7): string {
  const rounded = new Big(value).round(maxDecimals, Big.roundHalfUp);
  let fixed = rounded.toFixed(maxDecimals);
  if (fixed.includes('.')) {
    fixed = fixed.replace(/0+$/, '');
    const decimals = fixed.length - fixed.indexOf('.') - 1;
    if (decimals < 2) fixed += '0'.repeat(2 - decimals);
  }
  const negative = fixed.startsWith('-');
  const [int = '0', frac] = (negative ? fixed.slice(1) : fixed).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative && !/^[0.,]+$/.test(grouped + (frac ?? '')) ? '-' : ''}${grouped}${frac !== undefined ? `.${frac}` : ''}`;
}

/** "12.50 USD". The currency code is always shown: panels bill in USD, EUR, INR, RUB … */
export function formatMoney(value: Money, currency: string | null | undefined, maxDecimals = 7): string {
  const amount = formatAmount(value, maxDecimals);
  return currency ? `${amount} ${currency}` : amount;
}
