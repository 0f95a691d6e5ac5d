/**
 * Every way a panel call can fail, classified so the UI can say what to do, always with the
 * panel's own words beside it. The API key never appears in any of these texts.
 */

export const PANEL_ERROR_KINDS = [
  'auth', // wrong or disabled API key
  'ip_blocked', // the panel only takes API calls from whitelisted IP addresses, and this one is not listed
  'api_disabled', // API access is off for this account ("API is Disable for this user or User Not Found!")
  'challenge', // a browser check (Cloudflare "Just a moment…", DDoS-Guard, Sucuri) answered instead of the API
  'funds', // not enough balance
  'validation', // the panel refused the request's values (quantity, link, service …)
  'duplicate_link', // an active order exists for this link
  'not_found', // unknown order / refill id
  'rate_limited', // 429 or "too many requests"; retryAfterMs when the panel says
  'server', // 5xx, or the panel's own failure
  'network', // unreachable, connection reset, DNS, blocked by a missing host permission
  'timeout', // no answer in time
  'bad_response', // not the API: an HTML page, truncated or malformed JSON, wrong shape
  'redirect', // the API URL redirects; the key is not sent after it
  'rejected', // a panel error text we cannot classify (shown verbatim)
] as const;
export type PanelErrorKind = (typeof PANEL_ERROR_KINDS)[number];

export interface PanelError {
  kind: PanelErrorKind;
  /** The panel's own words when it gave any, else a plain description of what happened. */
  message: string;
  /** What the user can do about it. */
  hint: string;
  httpStatus?: number;
  retryAfterMs?: number;
  /**
   * For `add` only: the request may have reached the panel (timeout, dropped connection,
   * 5xx), so an order may exist. Never retried automatically.
   */
  ambiguous?: boolean;
}

const HINTS: Record<PanelErrorKind, string> = {
  auth: 'Check the API key: copy it again from the panel’s API page (Account → API) and save the panel.',
  ip_blocked:
    'The panel only accepts API calls from IP addresses on its whitelist. Add this computer’s public IP address on the panel’s API page (or ask its support to), then save the panel again.',
  api_disabled:
    'API access is switched off for this account, or the key belongs to no account. Turn the API on in the panel’s account settings or ask the panel’s support, then save the panel again.',
  challenge:
    'The panel’s website is behind a browser check that an extension cannot pass. Ask the panel’s support to let the API URL through the check (most panels do), or try again later.',
  funds: 'Add funds on the panel’s website, or lower the quantity.',
  validation: 'Correct the highlighted value and try again; refresh the service list if the service changed.',
  duplicate_link: 'Wait until the active order for this link completes, or use a different link.',
  not_found: 'The panel does not know this id: check it on the panel’s website.',
  rate_limited: 'The panel is limiting requests: wait a minute, then try again. (Status checks wait and retry by themselves; orders are never resent.)',
  server: 'The panel had a problem. Try again in a few minutes.',
  network: 'The panel could not be reached. Check your connection and the API URL.',
  timeout: 'The panel did not answer in time. Try again in a few minutes.',
  bad_response: 'This address did not answer like an API v2 panel. Check the API URL (it usually ends in /api/v2).',
  redirect:
    'The API URL redirects elsewhere (often http → https, or to a www. address). Enter the address it redirects to as the API URL (the key is never sent to a redirect).',
  rejected: 'The panel refused the request; its message is shown above.',
};

/** The cause in a few words, for a heading ("Not connected: …"). */
const CAUSES: Record<PanelErrorKind, string> = {
  auth: 'the panel refused the API key',
  ip_blocked: 'this computer’s IP address is not on the panel’s whitelist',
  api_disabled: 'API access is off for this account',
  challenge: 'a browser check stands in front of the panel’s API',
  funds: 'not enough funds',
  validation: 'the panel did not accept the request',
  duplicate_link: 'an order for this link is still active',
  not_found: 'the panel does not know this id',
  rate_limited: 'the panel is limiting requests',
  server: 'the panel has a problem of its own',
  network: 'the panel could not be reached',
  timeout: 'the panel did not answer in time',
  bad_response: 'this address does not answer like a panel API',
  redirect: 'the API URL redirects elsewhere',
  rejected: 'the panel refused the request',
};

/**
 * Errors about access, not about one request: the key, the IP whitelist, the account's API
 * switch. Nothing gets better by asking again, and asking again can get the IP banned.
 */
export const ACCESS_KINDS: ReadonlySet<PanelErrorKind> = new Set(['auth', 'ip_blocked', 'api_disabled']);

export function causeFor(kind: PanelErrorKind): string {
  return CAUSES[kind];
}

export function hintFor(kind: PanelErrorKind): string {
  return HINTS[kind];
}

/**
 * Panel phrases whose advice is more precise than their kind's: the words a user needs for
 * "Incorrect request" while saving a panel are not those for a refused quantity.
 */
const TEXT_HINTS: readonly [RegExp, string][] = [
  [
    /incorrect request|invalid request|unknown action|incorrect action/i,
    'The panel did not understand the request. When saving a panel this usually means the API URL’s path is wrong: copy the URL from the panel’s API page (/api/v2, /api/v1, /api …). When ordering, a field this service needs is missing: refresh the service list and try again.',
  ],
  [
    /not eligible for refill|refill is disabled|refill (is )?not (available|allowed)/i,
    'This order cannot be refilled on this panel (the service has no refill, or its refill period is over).',
  ],
  [
    /refill task is not completed|refill (is )?(already )?(in progress|pending|requested)/i,
    'An earlier refill of this order is still running on the panel: wait until it finishes, then ask again.',
  ],
];

/** The hint for a panel's own error text: a phrase-specific one where we know better, else the kind's. */
export function hintForText(kind: PanelErrorKind, text: string): string {
  for (const [pattern, hint] of TEXT_HINTS) if (pattern.test(text)) return hint;
  return hintFor(kind);
}

export function panelError(kind: PanelErrorKind, message: string, extra: Partial<PanelError> = {}): PanelError {
  return { kind, message, hint: hintFor(kind), ...extra };
}

/**
 * Classifies a panel's error text (English phrases and leaked translation keys such as
 * `neworder.error.not_enough_funds`). Order matters: "Incorrect API key" is auth, not a
 * generic "incorrect" validation error.
 */
export function classifyErrorText(text: string): PanelErrorKind {
  const t = text.toLowerCase();
  // Before auth: "Access denied: IP not allowed" is about the address, not the key.
  if (/\bip\b.{0,40}(not (allowed|whitelisted|authori[sz]ed|permitted)|whitelist|white list|blocked|denied|forbidden)|(whitelist|white list|denied|blocked|forbidden|not allowed).{0,40}\bip\b|ip[_-]not[_-]allowed/.test(t)) return 'ip_blocked';
  if (/api (is |access (is )?)?(disabled?|not (enabled|active))|api_disabled|user not found/.test(t)) return 'api_disabled';
  if (/api[\s_-]*key|invalid key|incorrect key|wrong key|unauthori[sz]ed|access denied|key is (invalid|disabled)/.test(t)) return 'auth';
  if (/fund|insufficient|balance/.test(t)) return 'funds';
  if (/active order|link_duplicate|duplicate|already (have|has) an? (active )?order/.test(t)) return 'duplicate_link';
  if (/too many|rate.?limit|slow down|try again later/.test(t)) return 'rate_limited';
  if (/incorrect order|order (id )?not found|refill not found|not found|no such order|incorrect_order/.test(t)) return 'not_found';
  if (/quantity|min(imum|imal)?_?quantity|max(imum)?_?quantity|link|service|dripfeed|drip-feed|refill|cancel|not completed|incorrect request|invalid|incorrect|required|missing|disabled|not allowed|comments|username/.test(t)) return 'validation';
  if (/server|internal|database|maintenance|exception|fatal/.test(t)) return 'server';
  return 'rejected';
}
