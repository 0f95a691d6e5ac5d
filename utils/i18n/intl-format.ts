/**
 * Numbers, dates, relative times and lists in the reader's language, through Intl. Every
 * function takes the BCP 47 tag (`pt-BR`), the active language's by default. Money: see
 * utils/i18n/intl-money.ts (exact, never a float).
 */
import { activeTag } from './messages';

const formats = new Map<string, unknown>();
function cached<T>(key: string, make: () => T): T {
  let f = formats.get(key) as T | undefined;
  if (!f) formats.set(key, (f = make()));
  return f;
}

/** 12,345 · 12 345 · 12.345 · 12,345 (hi) — "—" for no number. */
export function formatInteger(n: number | null | undefined, tag = activeTag()): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return '—';
  return cached(`int ${tag}`, () => new Intl.NumberFormat(tag, { maximumFractionDigits: 0 })).format(n);
}

/** 42% — `ratio` is 0.42. */
export function formatPercent(ratio: number, tag = activeTag()): string {
  return cached(`pct ${tag}`, () => new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 0 })).format(ratio);
}

export type DateStyle = 'date' | 'time' | 'dateTime';
const DATE_OPTIONS: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  date: { dateStyle: 'medium' },
  time: { timeStyle: 'short' },
  dateTime: { dateStyle: 'medium', timeStyle: 'short' },
};

/** "Jan 5, 2026, 2:07 PM" · "5 янв. 2026 г., 14:07" — "—" for no time. */
export function formatDateTime(at: number | null | undefined, style: DateStyle = 'dateTime', tag = activeTag()): string {
  if (!at) return '—';
  return cached(`date ${style} ${tag}`, () => new Intl.DateTimeFormat(tag, DATE_OPTIONS[style])).format(at);
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 30],
  ['month', 12],
  ['year', Infinity],
];

/**
 * "now", "3 min. ago", "in 2 hr." (short style): the largest unit that fits, rounded. Under 45
 * seconds is "now"; a time in the future reads "in …".
 */
export function formatRelativeTime(at: number, now: number = Date.now(), tag = activeTag(), style: Intl.RelativeTimeFormatStyle = 'short'): string {
  const seconds = (at - now) / 1000;
  // 'auto' only for "now": it would also turn 30 hours ago into "yesterday".
  if (Math.abs(seconds) < 45) return cached(`now ${style} ${tag}`, () => new Intl.RelativeTimeFormat(tag, { numeric: 'auto', style })).format(0, 'second');
  const rtf = cached(`rel ${style} ${tag}`, () => new Intl.RelativeTimeFormat(tag, { numeric: 'always', style }));
  let value = seconds;
  for (const [unit, size] of UNITS) {
    if (Math.abs(value) < size) return rtf.format(Math.round(value), unit);
    value /= size;
  }
  return rtf.format(Math.round(value), 'year');
}

/** "A, B and C" · "A, B и C" · "A وB وC" (`or`: "A, B or C"). */
export function formatList(items: readonly string[], type: 'conjunction' | 'disjunction' = 'conjunction', tag = activeTag()): string {
  return cached(`list ${type} ${tag}`, () => new Intl.ListFormat(tag, { type, style: 'long' })).format(items);
}
