/**
 * When two links are the same post, profile or video for the duplicate-link check: the
 * address a user pastes differs from the one a context-menu click gives by the scheme,
 * "www.", a trailing slash or a share link's tracking parameters, and panels refuse (or
 * double-deliver) a second order on the same target all the same.
 */

/** Query parameters that say who shared a link or where it was clicked, never what it is. */
const TRACKING = new Set([
  'igshid', 'igsh', 'fbclid', 'gclid', 'dclid', 'msclkid', 'mibextid', 'si', 'ref', 'ref_src', 'ref_url', 'mc_cid', 'mc_eid',
  // TikTok and X share links.
  'is_from_webapp', 'sender_device', 'is_copy_url', '_r', '_t', 's', 't',
]);
/** `feature=share` (YouTube) and its kin say how the link was shared. */
const SHARE_FEATURE = /^(share|shared|youtu\.be|emb_title|emb_logo)$/i;

function isTracking(name: string, value: string): boolean {
  const key = name.toLowerCase();
  return key.startsWith('utm_') || TRACKING.has(key) || (key === 'feature' && SHARE_FEATURE.test(value));
}

/**
 * The comparison form of a link: host without "www." or "m.", path without trailing slashes,
 * the remaining query sorted; the scheme and fragment left out. Text that is not a web
 * address (a username) is compared trimmed and case-insensitively.
 */
export function linkIdentity(link: string): string {
  const text = link.trim();
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    return text.toLowerCase();
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !url.hostname.includes('.')) return text.toLowerCase();
  let host = url.hostname.toLowerCase().replace(/^(www|m|mobile)\./, '');
  let path = url.pathname.replace(/\/+$/, '');
  const params = [...url.searchParams].filter(([name, value]) => !isTracking(name, value));
  // youtu.be/ID is youtube.com/watch?v=ID.
  if (host === 'youtu.be' && path.length > 1) {
    params.push(['v', path.slice(1)]);
    host = 'youtube.com';
    path = '/watch';
  }
  params.sort(([a, x], [b, y]) => (a === b ? (x < y ? -1 : 1) : a < b ? -1 : 1));
  const query = params.map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`).join('&');
  return `${host}${path}${query ? `?${query}` : ''}`;
}
