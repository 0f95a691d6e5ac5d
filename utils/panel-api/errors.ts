/**
 * Every way a panel call can fail, classified so the UI can say what to do, always with the
 * panel's own words beside it. The API key never appears in any of these texts.
 */
import type { MessageKey } from '../i18n/keys';
import { t } from '../i18n/messages';

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

/** PanelPilot's own words as a message key and its values, kept so a page can say them in its language. */
export interface Said {
  key: string;
  args?: (string | number)[];
}

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
  /**
   * Where `message`/`hint` are PanelPilot's words: their keys, so an error stored in one
   * language is shown in the reader's (tellPanelError). A panel's own text has no key: it is
   * shown as the panel wrote it. `made` fingerprints the texts they were made with: an error
   * whose hint was replaced afterwards (`{ ...error, hint }`) keeps its texts as they are.
   * Absent in errors stored before the extraction: shown as stored.
   */
  said?: { message?: Said; hint?: Said; made: string };
}

const HINT_KEYS: Record<PanelErrorKind, MessageKey> = {
  auth: 'errors_hintAuth',
  ip_blocked: 'errors_hintIpBlocked',
  api_disabled: 'errors_hintApiDisabled',
  challenge: 'errors_hintChallenge',
  funds: 'errors_hintFunds',
  validation: 'errors_hintValidation',
  duplicate_link: 'errors_hintDuplicateLink',
  not_found: 'errors_hintNotFound',
  rate_limited: 'errors_hintRateLimited',
  server: 'errors_hintServer',
  network: 'errors_hintNetwork',
  timeout: 'errors_hintTimeout',
  bad_response: 'errors_hintBadResponse',
  redirect: 'errors_hintRedirect',
  rejected: 'errors_hintRejected',
};

/** The cause in a few words, for a heading ("Not connected: …"). */
const CAUSE_KEYS: Record<PanelErrorKind, MessageKey> = {
  auth: 'errors_causeAuth',
  ip_blocked: 'errors_causeIpBlocked',
  api_disabled: 'errors_causeApiDisabled',
  challenge: 'errors_causeChallenge',
  funds: 'errors_causeFunds',
  validation: 'errors_causeValidation',
  duplicate_link: 'errors_causeDuplicateLink',
  not_found: 'errors_causeNotFound',
  rate_limited: 'errors_causeRateLimited',
  server: 'errors_causeServer',
  network: 'errors_causeNetwork',
  timeout: 'errors_causeTimeout',
  bad_response: 'errors_causeBadResponse',
  redirect: 'errors_causeRedirect',
  rejected: 'errors_causeRejected',
};

/**
 * Errors about access, not about one request: the key, the IP whitelist, the account's API
 * switch. Nothing gets better by asking again, and asking again can get the IP banned.
 */
export const ACCESS_KINDS: ReadonlySet<PanelErrorKind> = new Set(['auth', 'ip_blocked', 'api_disabled']);

export function causeFor(kind: PanelErrorKind): string {
  return t(CAUSE_KEYS[kind]);
}

export function hintFor(kind: PanelErrorKind): string {
  return t(HINT_KEYS[kind]);
}

/**
 * Panel phrases whose advice is more precise than their kind's: the words a user needs for
 * "Incorrect request" while saving a panel are not those for a refused quantity.
 */
const TEXT_HINTS: readonly [RegExp, MessageKey][] = [
  [/incorrect request|invalid request|unknown action|incorrect action/i, 'errors_hintIncorrectRequest'],
  [/not eligible for refill|refill is disabled|refill (is )?not (available|allowed)/i, 'errors_hintNoRefill'],
  [/refill task is not completed|refill (is )?(already )?(in progress|pending|requested)/i, 'errors_hintRefillRunning'],
];

function hintKeyForText(kind: PanelErrorKind, text: string): MessageKey {
  for (const [pattern, key] of TEXT_HINTS) if (pattern.test(text)) return key;
  return HINT_KEYS[kind];
}

/** The hint for a panel's own error text: a phrase-specific one where we know better, else the kind's. */
export function hintForText(kind: PanelErrorKind, text: string): string {
  return t(hintKeyForText(kind, text));
}

/** PanelPilot's words: a key and its values (the values are data: ids, addresses, the panel's text). */
export function say(key: MessageKey, ...args: (string | number)[]): Said {
  return args.length ? { key, args } : { key };
}

function tell(said: Said): string {
  return t(said.key as MessageKey, ...(said.args ?? []));
}

/** A short, stable fingerprint of the texts an error was made with (FNV-1a, 32 bits). */
function fingerprint(message: string, hint: string): string {
  let h = 0x811c9dc5;
  const s = `${message}\n${hint}`;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

type Extra = Partial<Omit<PanelError, 'kind' | 'message' | 'hint' | 'said'>> & {
  /** PanelPilot's advice instead of the kind's (a key, so it is told in the reader's language). */
  hint?: Said;
};

/**
 * An error. `message` is the panel's own text (a string, kept verbatim) or PanelPilot's words
 * (`say(key, …values)`); the hint is the kind's unless `extra.hint` names a better one.
 */
export function panelError(kind: PanelErrorKind, message: string | Said, extra: Extra = {}): PanelError {
  const { hint: hintSaid = say(HINT_KEYS[kind]), ...rest } = extra;
  const messageSaid = typeof message === 'string' ? undefined : message;
  const text = messageSaid ? tell(messageSaid) : (message as string);
  const hint = tell(hintSaid);
  return { kind, message: text, hint, ...rest, said: { ...(messageSaid && { message: messageSaid }), hint: hintSaid, made: fingerprint(text, hint) } };
}

/** The error for a panel's own text, its words kept, with the advice that fits them. */
export function panelTextError(kind: PanelErrorKind, text: string, extra: Omit<Extra, 'hint'> = {}): PanelError {
  return panelError(kind, text, { ...extra, hint: say(hintKeyForText(kind, text)) });
}

const KEY = /^errors_[A-Za-z0-9]+$/;

/**
 * The error in the reader's language: PanelPilot's words told again from their keys, the
 * panel's text as it is. Texts that were changed after the error was made, unknown keys and
 * errors stored before keys were kept are shown as stored. Same object back when nothing changes.
 */
export function tellPanelError(error: PanelError): PanelError {
  const said = error.said;
  if (!said || fingerprint(error.message, error.hint) !== said.made) return error;
  const again = (s: Said | undefined, stored: string) => {
    if (!s || !KEY.test(s.key)) return stored;
    const text = tell(s);
    return text === s.key ? stored : text;
  };
  const message = again(said.message, error.message);
  const hint = again(said.hint, error.hint);
  if (message === error.message && hint === error.hint) return error;
  return { ...error, message, hint, said: { ...said, made: fingerprint(message, hint) } };
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
