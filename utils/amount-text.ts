/**
 * Amounts as panels write them: "1,234.56", "1 234,56", "1.234,56", "12,50", sometimes with a
 * currency sign or code beside them ("$1,234.56", "1 234,56 ₽", "EUR 12.50"). A grouping is
 * read only where it cannot be mistaken: "12,500" may be twelve and a half or twelve thousand
 * five hundred, so it is not read at all (the caller shows the panel's own text instead).
 */

const PLAIN = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
/** 1,234.5 or 1,234,567: a comma before every group of three, and a decimal point or two groups. */
const COMMA_GROUPED = /^[+-]?\d{1,3}((,\d{3}){2,}(\.\d+)?|,\d{3}\.\d+)$/;
/** 1 234,56 · 1 234.56 · 1'234.56 · 1 234 (space, no-break spaces, apostrophe): the decimal mark is whatever follows. */
const SPACE_GROUPED = /^[+-]?\d{1,3}([ \u00A0\u202F\u2009']\d{3})+([.,]\d+)?$/;
/** 1.234,56 (both marks: the dots group) or 1.234.567 (dots twice: they group). */
const DOT_GROUPED = /^[+-]?\d{1,3}((\.\d{3})+,\d+|(\.\d{3}){2,})$/;
/** 12,5 or 12,50: one or two digits after a comma cannot be a group of three, so it is a decimal comma. */
const DECIMAL_COMMA = /^[+-]?\d+,\d{1,2}$/;

/** The amount as a plain decimal ("1234.56"), or null when it is not one or its grouping is ambiguous. */
export function plainDecimal(text: string): string | null {
  const t = text.trim();
  if (PLAIN.test(t)) return t;
  if (COMMA_GROUPED.test(t)) return t.replace(/,/g, '');
  if (SPACE_GROUPED.test(t)) return t.replace(/[ \u00A0\u202F\u2009']/g, '').replace(',', '.');
  if (DOT_GROUPED.test(t)) return t.replace(/\./g, '').replace(',', '.');
  if (DECIMAL_COMMA.test(t)) return t.replace(',', '.');
  return null;
}

/** A plain template, not String.raw: its non-ASCII signs must reach the build as \u escapes (see utils/catalog/guarantee.ts). */
const SIGN = `US\\$|R\\$|Rp|руб\\.?|[$€£₽₹¥₺₴₦₱₩฿₫₸₼₾]`;
const WITH_CURRENCY = new RegExp(String.raw`^(?:(${SIGN}|[A-Z]{3})\s*)?([^]*?)(?:\s*(${SIGN}|[A-Z]{3}))?$`, 'u');

/**
 * "$1,234.56" → { number: "1,234.56", currency: "$" }. The sign or code is kept as the panel
 * wrote it: "$" is not turned into USD (Canadian, Australian and other dollars use it too).
 */
export function splitCurrency(text: string): { number: string; currency: string | null } {
  const match = WITH_CURRENCY.exec(text.trim());
  const currency = match?.[1] ?? match?.[3] ?? null;
  return { number: (match?.[2] ?? text).trim(), currency };
}
