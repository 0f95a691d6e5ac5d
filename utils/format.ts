/**
 * Text shapes that do not depend on the language. Numbers, dates and money in the reader's
 * language: utils/i18n/intl-format.ts and utils/i18n/shown-money.ts.
 */

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

