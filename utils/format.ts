/**
 * Formatting for people, in the reader's language (Intl), for the worker and the domain as
 * well as the pages (which also have utils/i18n/intl-format.ts). Money lives in utils/money.ts.
 */
import { activeTag } from './i18n/messages';

const integers = new Map<string, Intl.NumberFormat>();

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
  if (n === null || n === undefined || !Number.isFinite(n)) return '—';
  let f = integers.get(tag);
  if (!f) integers.set(tag, (f = new Intl.NumberFormat(tag, { maximumFractionDigits: 0 })));
  return f.format(n);
}

export function formatDateTime(at: number | null | undefined): string {
  if (!at) return '—';
  const d = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
