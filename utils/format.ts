/**
 * Formatting for people, in the reader's language (Intl), for the worker and the domain as
 * well as the pages (which also have utils/ui/intl-format.ts). Money lives in utils/money.ts.
 */
import { activeTag } from './i18n/messages';

const formats = new Map<string, Intl.NumberFormat | Intl.RelativeTimeFormat>();
function cached<T extends Intl.NumberFormat | Intl.RelativeTimeFormat>(key: string, make: () => T): T {
  let f = formats.get(key) as T | undefined;
  if (!f) formats.set(key, (f = make()));
  return f;
}

/** "now", "3 min. ago", "2 hr. ago", "5 days ago" (· "3 мин. назад"): coarse, never in the future (clocks differ). */
export function timeAgo(at: number, now: number = Date.now(), tag = activeTag()): string {
  const s = Math.max(0, Math.round((now - at) / 1000));
  const rtf = (numeric: 'auto' | 'always') => cached(`ago ${numeric} ${tag}`, () => new Intl.RelativeTimeFormat(tag, { numeric, style: 'short' }));
  if (s < 45) return rtf('auto').format(0, 'second');
  const m = Math.round(s / 60);
  if (m < 60) return rtf('always').format(-m, 'minute');
  const h = Math.round(m / 60);
  if (h < 48) return rtf('always').format(-h, 'hour');
  return rtf('always').format(-Math.round(h / 24), 'day');
}

/** "instagram.com/p/Cx1…" — host without www plus the start of the path. */
export function shortLink(url: string | null, max = 36): string {
  if (!url) return '—';
  let text = url;
  try {
    const u = new URL(url);
    text = u.host.replace(/^www\./, '') + (u.pathname === '/' ? '' : u.pathname) + u.search;
  } catch {
    // Not a URL (usernames for subscriptions): shown as typed.
  }
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** 12,345 · 12 345 · 12.345 · 12,34,567 (hi) — "—" for no number. */
export function formatInt(n: number | null | undefined, tag = activeTag()): string {
  return n === null || n === undefined || !Number.isFinite(n) ? '—' : cached(`int ${tag}`, () => new Intl.NumberFormat(tag, { maximumFractionDigits: 0 })).format(n);
}

export function formatDateTime(at: number | null | undefined): string {
  if (!at) return '—';
  const d = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
