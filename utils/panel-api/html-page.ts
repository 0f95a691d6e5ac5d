/**
 * An HTML page where the API's JSON belongs, named for what it is: a browser check, a login
 * page, a 404 page, a PHP crash, a maintenance page. Each says the cause and what to do, so
 * setting a panel up never ends at "HTML came back".
 */
import { panelError, type PanelError } from './errors';

export function looksLikeHtml(body: string, contentType: string | null): boolean {
  return /text\/html/i.test(contentType ?? '') || /^\s*</.test(body);
}

export function htmlTitle(body: string): string | null {
  const match = /<title[^>]*>([^<]{1,120})<\/title>/i.exec(body);
  return match?.[1]?.replace(/\s+/g, ' ').trim() || null;
}

const CHALLENGE_TITLE = /^(just a moment|attention required|checking your browser|please wait|one more step|ddos-guard|access denied \| sucuri|security check|verifying you are human)/i;
const CHALLENGE_BODY = /cf-browser-verification|challenge-platform|cf_chl_|cf-challenge|__cf_chl|ddos-guard|sucuri_cloudproxy|checking if the site connection is secure|enable javascript and cookies to continue/i;
const PHP_CRASH = /<b>\s*(fatal error|parse error)\s*<\/b>\s*:?([^<]{0,160})|(?:^|\n)\s*(?:PHP )?(fatal error|parse error):([^\n]{0,160})/i;
const LOGIN = /type\s*=\s*["']?password|<title[^>]*>[^<]*\b(log ?in|sign ?in|signin|login|authori[sz]ation)\b/i;
const MAINTENANCE = /maintenance|temporarily unavailable|under construction|be right back/i;

const quoted = (title: string | null) => (title ? ` (“${title}”)` : '');

/** The error for an HTML page answered with `httpStatus`; `ambiguous` for an `add` that may have been carried out. */
export function htmlPageError(body: string, httpStatus: number, ambiguous = false): PanelError {
  const title = htmlTitle(body);
  const extra = { httpStatus: httpStatus === 200 ? undefined : httpStatus, ambiguous: ambiguous || undefined };
  if ((title && CHALLENGE_TITLE.test(title)) || CHALLENGE_BODY.test(body)) {
    return panelError('challenge', `A browser check${quoted(title)} answered instead of the panel’s API: the panel’s site is protected by Cloudflare or a similar service, which an extension cannot pass.`, extra);
  }
  const crash = PHP_CRASH.exec(body);
  if (crash) {
    const what = (crash[1] ?? crash[3] ?? 'Fatal error').replace(/\s+/g, ' ').trim();
    const detail = (crash[2] ?? crash[4] ?? '').replace(/<[^>]*>/g, '').replace(/\s+/g, ' ').trim();
    return panelError('server', `The panel’s API script crashed (PHP “${what}”${detail ? `: ${detail}` : ''}).`, {
      ...extra,
      hint: 'The panel has a problem of its own. Try again later; if it lasts, tell the panel’s support what is shown above.',
    });
  }
  if (httpStatus === 404 || (title && /\b404\b|not found/i.test(title))) {
    return panelError('bad_response', `Nothing answers at this address: the panel’s server says “404 Not Found”${title && !/404|not found/i.test(title) ? ` (“${title}”)` : ''}.`, {
      ...extra,
      hint: 'The API URL’s path is wrong. Copy the API URL from the panel’s API page: most panels use /api/v2, SmartPanel-based ones /api/v1, some /api or /api/v3.',
    });
  }
  if (LOGIN.test(body)) {
    return panelError('bad_response', `A login page${quoted(title)} came back instead of the API’s answer: this address is the panel’s website, not its API URL.`, {
      ...extra,
      hint: 'Copy the API URL from the panel’s API page (Account → API); it usually ends in /api/v2. The API key, not a password, is what PanelPilot needs.',
    });
  }
  if (httpStatus >= 500 || (title && MAINTENANCE.test(title))) {
    return panelError('server', `The panel’s site answered with an error page${quoted(title)}${httpStatus >= 500 ? ` (HTTP ${httpStatus})` : ''}.`, extra);
  }
  return panelError('bad_response', `A web page${quoted(title)} came back instead of the API’s JSON: this address is not a panel API URL.`, {
    ...extra,
    hint: 'Copy the API URL from the panel’s API page (Account → API); it usually ends in /api/v2.',
  });
}
