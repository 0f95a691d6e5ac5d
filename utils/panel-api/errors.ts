/**
 * Every way a panel call can fail, classified so the UI can say what to do, always with the
 * panel's own words beside it. The API key never appears in any of these texts.
 */

export const PANEL_ERROR_KINDS = [
  'auth', // wrong or disabled API key
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
  funds: 'Add funds on the panel’s website, or lower the quantity.',
  validation: 'Correct the highlighted value and try again; refresh the service list if the service changed.',
  duplicate_link: 'Wait until the active order for this link completes, or use a different link.',
  not_found: 'The panel does not know this id: check it on the panel’s website.',
  rate_limited: 'The panel is limiting requests: wait a minute, then try again. (Status checks wait and retry by themselves; orders are never resent.)',
  server: 'The panel had a problem. Try again in a few minutes.',
  network: 'The panel could not be reached. Check your connection and the API URL.',
  timeout: 'The panel did not answer in time. Try again in a few minutes.',
  bad_response: 'This address did not answer like an API v2 panel. Check the API URL (it usually ends in /api/v2).',
  redirect: 'The API URL redirects elsewhere. Enter the final API URL (the key is never sent to a redirect).',
  rejected: 'The panel refused the request; its message is shown above.',
};

export function hintFor(kind: PanelErrorKind): string {
  return HINTS[kind];
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
  if (/api[\s_-]*key|invalid key|incorrect key|wrong key|unauthori[sz]ed|access denied|key is (invalid|disabled)/.test(t)) return 'auth';
  if (/fund|insufficient|balance/.test(t)) return 'funds';
  if (/active order|link_duplicate|duplicate|already (have|has) an? (active )?order/.test(t)) return 'duplicate_link';
  if (/too many|rate.?limit|slow down|try again later/.test(t)) return 'rate_limited';
  if (/incorrect order|order (id )?not found|refill not found|not found|no such order|incorrect_order/.test(t)) return 'not_found';
  if (/quantity|min(imum|imal)?_?quantity|max(imum)?_?quantity|link|service|dripfeed|drip-feed|refill|cancel|not completed|incorrect request|invalid|incorrect|required|missing|disabled|not allowed|comments|username/.test(t)) return 'validation';
  if (/server|internal|database|maintenance|exception|fatal/.test(t)) return 'server';
  return 'rejected';
}
