/**
 * Exact money in the reader's language. The amount stays a decimal string end to end: the
 * language only changes the symbols around its digits — group and decimal separators, group
 * sizes (hi: 12,34,567.50), the digits themselves where a language writes its own (ar-EG:
 * ١٢٣٫٥٠), the minus sign and where the currency code goes (en "USD 12.50", ru "12,50 USD").
 * Those symbols are learned once per language from Intl.NumberFormat(...).formatToParts on a
 * sample number; the amount itself never passes through a float.
 */
import { formatAmount, type Money } from '../money';
import { activeTag } from './messages';

interface NumberSymbols {
  digits: string[];
  group: string;
  decimal: string;
  /** Size of the group next to the decimal point, and of the ones before it (hi: 3, then 2). */
  primary: number;
  secondary: number;
  /** Digits needed before the first separator for grouping to apply (es: 2, so "1234" stays whole). */
  minGrouping: number;
  /** `#` is the number, `¤` the currency code: "¤\u00a0#", "-#". */
  plain: { positive: string; negative: string };
  currency: { positive: string; negative: string };
}

const NUMERIC = new Set(['integer', 'group', 'decimal', 'fraction']);

/** A format's pattern around its number: each run of numeric parts becomes one `#`. */
function pattern(parts: Intl.NumberFormatPart[]): string {
  let out = '';
  for (const p of parts) {
    if (NUMERIC.has(p.type)) out += out.endsWith('#') ? '' : '#';
    else out += p.type === 'currency' ? '¤' : p.value;
  }
  return out;
}

const cache = new Map<string, NumberSymbols>();

export function numberSymbols(tag: string): NumberSymbols {
  let s = cache.get(tag);
  if (s) return s;
  const nf = new Intl.NumberFormat(tag, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const sample = nf.formatToParts(1234567890.5);
  const groups = sample.filter((p) => p.type === 'integer').map((p) => p.value.length);
  const bare = new Intl.NumberFormat(tag, { useGrouping: false, maximumFractionDigits: 0 });
  const money = new Intl.NumberFormat(tag, { style: 'currency', currency: 'USD', currencyDisplay: 'code' });
  s = {
    digits: Array.from({ length: 10 }, (_, d) => bare.format(d)),
    group: sample.find((p) => p.type === 'group')?.value ?? '',
    decimal: sample.find((p) => p.type === 'decimal')?.value ?? '.',
    primary: groups.at(-1) ?? 3,
    secondary: groups.length > 2 ? groups.at(-2)! : (groups.at(-1) ?? 3),
    minGrouping: nf.formatToParts(1234).some((p) => p.type === 'group') ? 1 : 2,
    plain: { positive: pattern(nf.formatToParts(1)), negative: pattern(nf.formatToParts(-1)) },
    currency: { positive: pattern(money.formatToParts(1)), negative: pattern(money.formatToParts(-1)) },
  };
  cache.set(tag, s);
  return s;
}

/** "1234567" → "1,234,567" (or "12,34,567", "1.234.567"…) in the language's digits. */
function groupDigits(int: string, s: NumberSymbols): string {
  const local = (digits: string) => [...digits].map((d) => s.digits[Number(d)]).join('');
  if (!s.group || int.length - s.primary < s.minGrouping) return local(int);
  const groups = [int.slice(-s.primary)];
  let rest = int.slice(0, -s.primary);
  while (rest.length > s.secondary) {
    groups.unshift(rest.slice(-s.secondary));
    rest = rest.slice(0, -s.secondary);
  }
  if (rest) groups.unshift(rest);
  return groups.map(local).join(s.group);
}

function localize(value: Money, maxDecimals: number, currency: string | null, tag: string): string {
  const s = numberSymbols(tag);
  // The exact rounding and decimals of utils/money.ts, then only its symbols replaced.
  const canonical = formatAmount(value, maxDecimals).replace(/,/g, '');
  const negative = canonical.startsWith('-');
  const [int = '0', frac] = (negative ? canonical.slice(1) : canonical).split('.');
  const body = groupDigits(int, s) + (frac === undefined ? '' : s.decimal + [...frac].map((d) => s.digits[Number(d)]).join(''));
  const patterns = currency ? s.currency : s.plain;
  return (negative ? patterns.negative : patterns.positive).replace('#', body).replace('¤', currency ?? '');
}

/** An exact amount for people: at least 2 decimals, at most `maxDecimals` (7: a rate). */
export function formatLocaleAmount(value: Money, maxDecimals = 7, tag = activeTag()): string {
  return localize(value, maxDecimals, null, tag);
}

/** An exact amount with its currency code where the language puts it; no code, no currency. */
export function formatLocaleMoney(value: Money, currency: string | null | undefined, maxDecimals = 7, tag = activeTag()): string {
  return localize(value, maxDecimals, currency || null, tag);
}
